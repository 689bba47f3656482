import { z } from 'zod';
import type { CommandContext } from '../src/core/command.ts';
import { defineCommand, defineSubcommand } from '../src/core/command.ts';
import { UserError } from '../src/core/errors.ts';
import { opt } from '../src/core/options.ts';
import { fromOption, pageOf } from '../src/core/paging.ts';
import { chart, reply, table, text } from '../src/core/reply.ts';
import { nextId, requireByRef } from '../src/domain/lookup.ts';
import { requireContact, requireOwnerOrManager } from '../src/network/access.ts';
import { type NetworkContact, networkCollection } from '../src/network/entities.ts';
import { contactFields, MEANS_LABELS, scopeOption, typeOption } from '../src/network/options.ts';
import { contactBlocks, contactsIn, networkMapSpec, strengthText, typeLabel } from '../src/network/view.ts';
import { guardConfirmOption, guardField } from '../src/privacy/guard-note.ts';
import objectivesSubcommand from './network/objectives.ts';

const nameOption = (fr: string, en: string) =>
  opt.text({ required: true, positional: true, frName: 'nom', maxLength: 80, description: { fr, en } });

type Fields = {
  organisation?: string | undefined;
  strength?: number | undefined;
  means?: NetworkContact['means'] | undefined;
  how_met?: string | undefined;
  purpose?: string | undefined;
  last_exchange?: string | undefined;
  prospect?: string | undefined;
  confirm?: boolean | undefined;
};

/** The typed fields onto a contact: free texts through the guard, the prospect resolved. */
function applyFields(ctx: CommandContext, c: NetworkContact, f: Fields): NetworkContact {
  guardField(ctx, 'how_met', f.how_met, f.confirm);
  guardField(ctx, 'purpose', f.purpose, f.confirm);
  const prospect =
    f.prospect === undefined
      ? undefined
      : requireByRef(ctx.tx.prospects, f.prospect, 'prospect_not_found', 'prospect');
  return {
    ...c,
    ...(f.organisation !== undefined && { organisation: f.organisation }),
    ...(f.strength !== undefined && { strength: f.strength }),
    ...(f.means !== undefined && { means: f.means }),
    ...(f.how_met !== undefined && { howMet: f.how_met }),
    ...(f.purpose !== undefined && { purpose: f.purpose }),
    ...(f.last_exchange !== undefined && { lastExchange: f.last_exchange }),
    ...(prospect && { prospectId: prospect.id }),
  };
}

const add = defineSubcommand({
  name: 'add',
  frName: 'ajouter',
  aliases: ['nouveau', 'new'],
  description: {
    fr: 'Ajouter un contact à mon réseau professionnel',
    en: 'Add a contact to my professional network',
  },
  examples: [
    '/network add "Paul Girard" type:transversal organisation:"CCI Lyon" strength:3 means:business_club',
    '/réseau ajouter "Paul Girard" type:transversal organisation:"CCI Lyon" force:3 moyen:"club d’affaires"',
  ],
  options: z.object({
    name: nameOption('Nom du contact', 'Contact’s name'),
    type: typeOption(true),
    ...contactFields,
    confirm: guardConfirmOption(),
  }),
  handler(args, ctx) {
    const { name, type, ...rest } = args;
    const contacts = ctx.tx.collection(networkCollection);
    const contact = applyFields(
      ctx,
      {
        id: nextId(contacts, 'N'),
        name,
        type,
        strength: 2,
        ownerId: ctx.member.id,
        createdAt: ctx.now.toISOString(),
      },
      rest,
    );
    contacts.put(contact);
    return reply({
      tone: 'success',
      title: ctx.t('network.added', { name: contact.name, id: contact.id }),
      blocks: contactBlocks(ctx, contact),
      reference: contact.id,
      followUps: [{ label: ctx.t('network.followup_map'), command: '/network map' }],
      data: { contact },
    });
  },
});

const edit = defineSubcommand({
  name: 'edit',
  frName: 'modifier',
  aliases: ['maj', 'update'],
  description: { fr: 'Modifier un contact du réseau', en: 'Edit a network contact' },
  examples: [
    '/network edit N-1 last_exchange:today strength:3',
    '/réseau modifier "Paul Girard" dernier_échange:hier',
  ],
  options: z.object({
    name: nameOption('Contact (nom ou id N-3)', 'Contact (name or id N-3)'),
    type: typeOption(false),
    new_name: opt.text({
      frName: 'nouveau_nom',
      maxLength: 80,
      description: { fr: 'Nouveau nom', en: 'New name' },
    }),
    ...contactFields,
    confirm: guardConfirmOption(),
  }),
  handler(args, ctx) {
    const contact = requireContact(ctx, args.name, 'name');
    requireOwnerOrManager(ctx, contact);
    const { name: _ref, type, new_name, confirm: _c, ...rest } = args;
    if (type === undefined && new_name === undefined && Object.values(rest).every((v) => v === undefined))
      throw new UserError('nothing_to_change', {}, 'strength');
    const next: NetworkContact = {
      ...applyFields(ctx, contact, args),
      ...(type !== undefined && { type }),
      ...(new_name !== undefined && { name: new_name }),
      updatedAt: ctx.now.toISOString(),
    };
    ctx.tx.collection(networkCollection).put(next);
    return reply({
      tone: 'success',
      title: ctx.t('network.updated', { name: next.name, id: next.id }),
      blocks: contactBlocks(ctx, next),
      reference: next.id,
      data: { contact: next },
    });
  },
});

const show = defineSubcommand({
  name: 'show',
  frName: 'voir',
  aliases: ['fiche', 'afficher'],
  description: { fr: 'La fiche d’un contact du réseau', en: 'A network contact’s card' },
  examples: ['/network show N-1', '/réseau voir "Paul Girard"'],
  options: z.object({ name: nameOption('Contact (nom ou id N-3)', 'Contact (name or id N-3)') }),
  handler(args, ctx) {
    const contact = requireContact(ctx, args.name, 'name');
    return reply({
      title: `${contact.name} (${contact.id})`,
      blocks: contactBlocks(ctx, contact),
      data: { contact },
    });
  },
});

const remove = defineSubcommand({
  name: 'remove',
  frName: 'retirer',
  aliases: ['supprimer', 'delete'],
  description: { fr: 'Retirer un contact du réseau', en: 'Remove a network contact' },
  examples: ['/network remove N-1', '/réseau retirer "Paul Girard"'],
  options: z.object({ name: nameOption('Contact (nom ou id N-3)', 'Contact (name or id N-3)') }),
  handler(args, ctx) {
    const contact = requireContact(ctx, args.name, 'name');
    requireOwnerOrManager(ctx, contact);
    ctx.tx.collection(networkCollection).remove(contact.id);
    return reply({
      tone: 'success',
      title: ctx.t('network.removed', { name: contact.name, id: contact.id }),
      blocks: [],
      data: { removed: contact.id },
    });
  },
});

const list = defineSubcommand({
  name: 'list',
  frName: 'liste',
  aliases: ['lister', 'tous'],
  description: {
    fr: 'Mon réseau (ou celui de l’équipe), par type',
    en: 'My network (or the team’s), by type',
  },
  examples: ['/network list', '/réseau liste portée:équipe'],
  options: z.object({ scope: scopeOption(), type: typeOption(false), from: fromOption() }),
  handler(args, ctx) {
    const { t, fmt, locale } = ctx;
    const all = contactsIn(ctx, args.scope ?? 'mine').filter(
      (r) => !args.type || r.contact.type === args.type,
    );
    const {
      shown: rows,
      caption,
      page,
      pastEnd,
    } = pageOf(ctx, { command: 'network', subcommand: 'list' }, args, all, 50);
    return reply({
      title: t('network.list_title', { count: all.length }),
      blocks:
        rows.length === 0
          ? [text(pastEnd ?? t('network.list_none'))]
          : [
              table(
                [
                  { label: 'Id' },
                  { label: t('network.col.name') },
                  { label: t('network.field.type') },
                  { label: t('network.field.strength') },
                  { label: t('network.field.organisation') },
                  { label: t('network.field.means') },
                  { label: t('network.col.last') },
                ],
                rows.map(({ contact: c, label, masked }) => [
                  c.id,
                  label,
                  typeLabel(ctx, c),
                  strengthText(ctx, c.strength),
                  masked ? '' : (c.organisation ?? ''),
                  masked || !c.means ? '' : MEANS_LABELS[locale][c.means],
                  masked || !c.lastExchange ? '' : fmt.date(c.lastExchange),
                ]),
                caption,
                page,
              ),
            ],
      followUps: [{ label: t('network.followup_map'), command: '/network map' }],
      data: {
        contacts: all.map(({ contact, masked }) =>
          masked ? { id: contact.id, type: contact.type, strength: contact.strength, masked: true } : contact,
        ),
      },
    });
  },
});

const map = defineSubcommand({
  name: 'map',
  frName: 'carte',
  aliases: ['cartographie', 'carto'],
  slow: true,
  description: {
    fr: 'Cartographie du réseau : par type, plus proche quand le lien est fort',
    en: 'Network map: by type, closer when the link is strong',
  },
  examples: ['/network map', '/réseau carte portée:équipe'],
  options: z.object({ scope: scopeOption() }),
  handler(args, ctx) {
    const scope = args.scope ?? 'mine';
    const rows = contactsIn(ctx, scope);
    if (rows.length === 0)
      return reply({
        title: ctx.t('network.map_title', { name: ctx.member.displayName }),
        blocks: [text(ctx.t('network.list_none'))],
        data: { contacts: 0 },
      });
    const centre = scope === 'team' ? ctx.team.name : ctx.member.displayName;
    const spec = networkMapSpec(ctx, rows, centre);
    return reply({
      title: ctx.t('network.map_title', { name: centre }),
      blocks: [chart(spec)],
      data: {
        contacts: rows.length,
        by_type: Object.fromEntries(
          ['personal', 'vertical', 'horizontal', 'transversal'].map((type) => [
            type,
            rows.filter((r) => r.contact.type === type).length,
          ]),
        ),
      },
    });
  },
});

export default defineCommand({
  name: 'network',
  frName: 'réseau',
  aliases: ['reseau', 'networking'],
  description: {
    fr: 'Mon réseau professionnel : contacts, objectifs, cartographie',
    en: 'My professional network: contacts, objectives, map',
  },
  subcommands: [add, list, show, edit, remove, map, objectivesSubcommand],
});
