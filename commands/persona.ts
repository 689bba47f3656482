import { z } from 'zod';
import { personaFields } from '../src/company/persona-options.ts';
import { motivesText, personaBlocks } from '../src/company/persona-view.ts';
import {
  type Persona,
  parseMotives,
  personasCollection,
  personasOf,
  requirePersona,
} from '../src/company/personas.ts';
import { defineCommand, defineSubcommand } from '../src/core/command.ts';
import { UserError } from '../src/core/errors.ts';
import { opt } from '../src/core/options.ts';
import { fromOption, pageOf } from '../src/core/paging.ts';
import { reply, table, text } from '../src/core/reply.ts';
import { normalizeKey } from '../src/core/values.ts';
import { nextId } from '../src/domain/lookup.ts';

const ref = (fr: string, en: string) =>
  opt.text({ required: true, positional: true, frName: 'nom', maxLength: 80, description: { fr, en } });

type Fields = {
  segment?: string | undefined;
  type?: Persona['customerType'] | undefined;
  needs?: string | undefined;
  motives?: string | undefined;
  objections?: string | undefined;
  channels?: string | undefined;
};

/** The typed fields onto a persona; motives are checked word by word. */
function applyFields(p: Persona, f: Fields): Persona {
  let motives = p.motives;
  if (f.motives !== undefined) {
    const parsed = parseMotives(f.motives);
    if (!parsed.ok) throw new UserError('persona_motive_unknown', { word: parsed.word }, 'motives');
    motives = parsed.motives;
  }
  return {
    ...p,
    ...(f.segment !== undefined && { segment: f.segment }),
    ...(f.type !== undefined && { customerType: f.type }),
    ...(f.needs !== undefined && { needs: f.needs }),
    ...(f.objections !== undefined && { objections: f.objections }),
    ...(f.channels !== undefined && { channels: f.channels }),
    motives,
  };
}

const add = defineSubcommand({
  name: 'add',
  frName: 'ajouter',
  aliases: ['nouveau', 'new', 'creer'],
  description: { fr: 'Décrire un persona (client type)', en: 'Describe a persona (typical customer)' },
  examples: [
    '/persona add "Plumber" segment:"Building trades" needs:"Reliable supplies" motives:"security, money"',
    '/persona ajouter "Artisan plombier" clientèle:pro motivations:"sécurité, argent"',
  ],
  options: z.object({
    name: ref('Nom du persona (« Artisan plombier »)', 'Persona name (“Plumber”)'),
    ...personaFields,
  }),
  handler(args, ctx) {
    const all = personasOf(ctx);
    const clash = all.all().find((p) => normalizeKey(p.name) === normalizeKey(args.name));
    if (clash) throw new UserError('persona_exists', { name: clash.name, id: clash.id }, 'name');
    const { name, ...rest } = args;
    const persona = applyFields(
      {
        id: nextId(all, 'PE'),
        name,
        customerType: 'b2b',
        motives: [],
        createdAt: ctx.now.toISOString(),
        createdBy: ctx.member.id,
      },
      rest,
    );
    ctx.tx.collection(personasCollection).put(persona);
    return reply({
      tone: 'success',
      title: ctx.t('persona.added', { name: persona.name, id: persona.id }),
      blocks: personaBlocks(ctx, persona),
      reference: persona.id,
      data: { persona },
    });
  },
});

const edit = defineSubcommand({
  name: 'edit',
  frName: 'modifier',
  aliases: ['maj', 'update'],
  description: { fr: 'Modifier un persona', en: 'Edit a persona' },
  examples: [
    '/persona edit PE-1 objections:"Too expensive"',
    '/persona modifier "Artisan plombier" canaux:"salon, visite"',
  ],
  options: z.object({
    name: ref('Persona (nom ou id PE-1)', 'Persona (name or id PE-1)'),
    new_name: opt.text({
      frName: 'nouveau_nom',
      maxLength: 80,
      description: { fr: 'Nouveau nom', en: 'New name' },
    }),
    ...personaFields,
  }),
  handler(args, ctx) {
    const persona = requirePersona(ctx, args.name, 'name');
    const { name: _ref, new_name, ...rest } = args;
    if (new_name === undefined && Object.values(rest).every((v) => v === undefined))
      throw new UserError('nothing_to_change', {}, 'segment');
    if (new_name !== undefined) {
      const clash = personasOf(ctx)
        .all()
        .find((p) => p.id !== persona.id && normalizeKey(p.name) === normalizeKey(new_name));
      if (clash) throw new UserError('persona_exists', { name: clash.name, id: clash.id }, 'new_name');
    }
    const next: Persona = {
      ...applyFields(persona, rest),
      ...(new_name !== undefined && { name: new_name }),
      updatedAt: ctx.now.toISOString(),
    };
    ctx.tx.collection(personasCollection).put(next);
    return reply({
      tone: 'success',
      title: ctx.t('persona.updated', { name: next.name, id: next.id }),
      blocks: personaBlocks(ctx, next),
      reference: next.id,
      data: { persona: next },
    });
  },
});

const show = defineSubcommand({
  name: 'show',
  frName: 'voir',
  aliases: ['fiche', 'afficher'],
  description: { fr: 'La fiche d’un persona', en: 'A persona’s card' },
  examples: ['/persona show PE-1', '/persona voir "Artisan plombier"'],
  options: z.object({ name: ref('Persona (nom ou id PE-1)', 'Persona (name or id PE-1)') }),
  handler(args, ctx) {
    const persona = requirePersona(ctx, args.name, 'name');
    return reply({
      title: `${persona.name} (${persona.id})`,
      blocks: personaBlocks(ctx, persona),
      data: { persona },
    });
  },
});

const list = defineSubcommand({
  name: 'list',
  frName: 'liste',
  aliases: ['lister', 'tous'],
  description: { fr: 'Les personas de l’équipe', en: 'The team’s personas' },
  examples: ['/persona list', '/persona liste'],
  options: z.object({ from: fromOption() }),
  handler(args, ctx) {
    const { t } = ctx;
    const all = personasOf(ctx).all();
    const { shown, caption, page, pastEnd } = pageOf(
      ctx,
      { command: 'persona', subcommand: 'list' },
      args,
      all,
      50,
    );
    return reply({
      title: t('persona.list_title', { count: all.length }),
      blocks:
        shown.length === 0
          ? [text(pastEnd ?? t('persona.list_none'))]
          : [
              table(
                [
                  { label: 'Id' },
                  { label: t('persona.col.name') },
                  { label: t('persona.col.type') },
                  { label: t('persona.col.segment') },
                  { label: t('persona.col.motives') },
                ],
                shown.map((p) => [
                  p.id,
                  p.name,
                  p.customerType.toUpperCase(),
                  p.segment ?? '',
                  motivesText(ctx, p),
                ]),
                caption,
                page,
              ),
            ],
      data: { personas: all },
    });
  },
});

export default defineCommand({
  name: 'persona',
  aliases: ['personas', 'cible'],
  description: {
    fr: 'Les personas : clients types, besoins, motivations SONCAS, freins',
    en: 'Personas: typical customers, needs, SONCAS motives, objections',
  },
  subcommands: [add, list, show, edit],
});
