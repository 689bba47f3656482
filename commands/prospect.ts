import { z } from 'zod';
import { consentField } from '../src/consent/consent-view.ts';
import type { CommandContext } from '../src/core/command.ts';
import { defineCommand, defineSubcommand } from '../src/core/command.ts';
import { UserError } from '../src/core/errors.ts';
import { opt } from '../src/core/options.ts';
import { listPage, pageCaption } from '../src/core/paging.ts';
import { type Field, fields, reply, table, text } from '../src/core/reply.ts';
import { normalizeKey } from '../src/core/values.ts';
import type { Prospect } from '../src/domain/entities.ts';
import { findByRef, requireByRef } from '../src/domain/lookup.ts';
import { PRIORITY_LABELS } from '../src/domain/operation-labels.ts';
import { guardConfirmOption, guardField } from '../src/privacy/guard-note.ts';
import { contactable, refuseOpposedIdentifiers } from '../src/privacy/opposition.ts';
import { reimportWarning } from '../src/privacy/reimport.ts';
import { applyProspectFields, lastContacts } from '../src/prospects/apply.ts';
import {
  askIfDuplicate,
  existingProspectCommand,
  newProspectOption,
} from '../src/prospects/duplicate-check.ts';
import { prospectFields } from '../src/prospects/fields.ts';
import { nextProspectId, resolveProspectRef } from '../src/prospects/merged.ts';
import { newProspect } from '../src/prospects/new-prospect.ts';
import { listOptions, sortByScore } from '../src/qualification/prospect-list.ts';
import { canCallSubcommand } from './prospect/can-call.ts';
import { consentSubcommand } from './prospect/consent.ts';
import { mergeSubcommand } from './prospect/merge.ts';
import { gridSubcommand, locateSubcommand, qualifySubcommand } from './prospect/qualify.ts';

const ref = (required: true) =>
  opt.text({
    required,
    positional: true,
    autocomplete: 'prospect',
    aliases: ['id', 'nom', 'name', 'client'],
    description: { fr: 'Prospect (nom ou id P-12)', en: 'Prospect (name or id P-12)' },
  });

function card(p: Prospect, ctx: CommandContext, last: string | undefined): Field[] {
  const { t, fmt } = ctx;
  const f: Field[] = [
    { label: t('field.id'), value: p.id, inline: true },
    { label: t('field.status'), value: t(`status.${p.status}`), inline: true },
    { label: t('field.type'), value: p.type.toUpperCase(), inline: true },
  ];
  const add = (label: Parameters<typeof t>[0], value: string | undefined) => {
    if (value) f.push({ label: t(label), value, inline: true });
  };
  add('field.company', p.company);
  add('field.segment', p.segment);
  add('field.city', [p.postalCode, p.city].filter(Boolean).join(' ') || undefined);
  add('field.email', p.email);
  add('field.phone', p.phone);
  add('field.source', p.source);
  f.push(consentField(ctx, p));
  add('field.customer_since', p.customerSince && fmt.date(p.customerSince));
  f.push({
    label: t('field.last_contact'),
    value: last ? fmt.date(last) : t('prospect.never_contacted'),
    inline: true,
  });
  if (p.note) f.push({ label: t('field.note'), value: p.note });
  return f;
}

const add = defineSubcommand({
  name: 'add',
  frName: 'ajouter',
  aliases: ['nouveau', 'new', 'creer'],
  description: { fr: 'Ajouter un prospect', en: 'Add a prospect' },
  examples: ['/prospect add name:"Garage Dupont" city:Lyon postal_code:69003 type:b2b'],
  options: z.object({
    name: opt.text({
      required: true,
      positional: true,
      frName: 'nom',
      maxLength: 120,
      description: { fr: 'Nom du prospect', en: 'Prospect name' },
    }),
    ...prospectFields,
    confirm: guardConfirmOption(),
    new: newProspectOption(),
  }),
  handler(args, ctx) {
    const { tx, t } = ctx;
    guardField(ctx, 'note', args.note, args.confirm);
    refuseOpposedIdentifiers(ctx, args);
    const existing = findByRef(tx.prospects, args.name);
    if (existing) throw new UserError('prospect_exists', { name: existing.name, id: existing.id }, 'name');
    const asked = askIfDuplicate(ctx, {
      typed: args.name,
      field: 'name',
      postalCode: args.postal_code,
      path: { command: 'prospect', subcommand: 'add' },
      args,
      yes: (p) => existingProspectCommand(p, args),
      force: args.new,
    });
    if (asked) return asked;
    const base = newProspect(nextProspectId(tx), args.name, { memberId: ctx.member.id, now: ctx.now });
    const p = applyProspectFields(base, args, ctx.today);
    tx.prospects.put(p);
    return reply({
      title: t('prospect.added', { name: p.name, id: p.id }),
      tone: 'success',
      blocks: [fields(card(p, ctx, undefined)), ...reimportWarning(ctx, args)],
      followUps: [{ label: t('prospect.followup_log'), command: `/log prospect:${p.id} kind:call` }],
      reference: p.id,
      data: { prospect: p },
    });
  },
});

const show = defineSubcommand({
  name: 'show',
  frName: 'voir',
  aliases: ['fiche', 'afficher'],
  description: {
    fr: 'Fiche d’un prospect et ses dernières actions',
    en: 'A prospect’s card and latest actions',
  },
  examples: ['/prospect show P-12'],
  options: z.object({ prospect: ref(true) }),
  handler(args, ctx) {
    const { tx, t, fmt } = ctx;
    const p = requireByRef(
      tx.prospects,
      resolveProspectRef(tx, args.prospect),
      'prospect_not_found',
      'prospect',
    );
    const history = tx.activities.all().filter((a) => a.prospectId === p.id);
    history.sort((a, b) => (a.date < b.date ? 1 : a.date > b.date ? -1 : 0));
    const rows = history
      .slice(0, 10)
      .map((a) => [
        fmt.date(a.date),
        t(`kind.${a.kind}`),
        t(`outcome.${a.outcome}`),
        tx.members.get(a.repId)?.displayName ?? a.repId,
        a.amount === undefined ? '' : fmt.money(a.amount),
      ]);
    return reply({
      title: `${p.name} (${p.id})`,
      blocks: [
        fields(card(p, ctx, history[0]?.date)),
        rows.length
          ? table(
              [
                { label: t('field.date') },
                { label: t('field.kind') },
                { label: t('field.outcome') },
                { label: t('field.rep') },
                { label: t('field.amount'), align: 'right' },
              ],
              rows,
              t('prospect.history', { shown: rows.length, total: history.length }),
            )
          : text(t('prospect.no_history')),
      ],
      data: { prospect: { ...p, lastContact: history[0]?.date ?? null }, activityCount: history.length },
    });
  },
});

const list = defineSubcommand({
  name: 'list',
  frName: 'liste',
  aliases: ['lister', 'chercher', 'search'],
  description: { fr: 'Lister et filtrer les prospects', en: 'List and filter prospects' },
  examples: ['/prospect list status:prospect city:Lyon', '/prospect liste recherche:boulangerie'],
  options: z.object({
    query: opt.text({
      positional: true,
      frName: 'recherche',
      aliases: ['q'],
      description: {
        fr: 'Texte cherché dans le nom, la société, la ville',
        en: 'Text to find in name, company, city',
      },
    }),
    status: prospectFields.status,
    city: opt.text({ frName: 'ville', description: { fr: 'Ville', en: 'City' } }),
    limit: opt.integer({
      min: 1,
      max: 100,
      frName: 'nombre',
      description: { fr: 'Nombre maximum (25 par défaut)', en: 'Maximum count (default 25)' },
    }),
    from: opt.integer({
      min: 1,
      frName: 'début',
      aliases: ['debut'],
      description: {
        fr: 'Rang du premier prospect montré (1 par défaut) : la suite d’une liste',
        en: 'Rank of the first prospect shown (default 1): the rest of a list',
      },
    }),
    ...listOptions,
  }),
  handler(args, ctx) {
    const { tx, t, fmt } = ctx;
    const q = args.query === undefined ? '' : normalizeKey(args.query);
    const city = args.city === undefined ? undefined : normalizeKey(args.city);
    const last = lastContacts(tx.activities.all());
    // Erased and opposed people are nobody's target: the list reps pick whom to contact from leaves them out.
    const canContact = contactable(tx, ctx.dataDir);
    const matches = tx.prospects
      .all()
      .filter(
        (p) =>
          canContact(p) &&
          (args.status === undefined || p.status === args.status) &&
          (city === undefined || normalizeKey(p.city ?? '') === city) &&
          (q === '' ||
            normalizeKey(`${p.name} ${p.company ?? ''} ${p.city ?? ''} ${p.segment ?? ''}`).includes(q)) &&
          (args.priority === undefined || p.qualification?.priority === args.priority),
      )
      .sort(
        (a, b) =>
          (args.sort === 'score' ? sortByScore(a, b) : 0) ||
          (last.get(b.id) ?? '').localeCompare(last.get(a.id) ?? '') ||
          a.name.localeCompare(b.name),
      );
    const offset = (args.from ?? 1) - 1;
    const shown = matches.slice(offset, offset + (args.limit ?? 25));
    return reply({
      title: t('prospect.list_title', { count: matches.length }),
      blocks: shown.length
        ? [
            table(
              [
                { label: t('field.id') },
                { label: t('field.name') },
                { label: t('field.city') },
                { label: t('field.status') },
                { label: t('field.last_contact') },
                { label: t('ops.score'), align: 'right' },
              ],
              shown.map((p) => {
                const d = last.get(p.id);
                const q = p.qualification;
                const score = q
                  ? `${fmt.number(q.score, 0)} ${PRIORITY_LABELS[ctx.locale][q.priority]}`
                  : '—';
                return [p.id, p.name, p.city ?? '', t(`status.${p.status}`), d ? fmt.date(d) : '—', score];
              }),
              pageCaption(t, 'prospect', { offset, shown: shown.length, total: matches.length }),
              listPage(ctx, { command: 'prospect', subcommand: 'list' }, args, {
                offset,
                total: matches.length,
                option: 'from',
              }),
            ),
          ]
        : [text(t(offset > 0 && matches.length > 0 ? 'prospect.list_past_end' : 'prospect.list_empty'))],
      data: {
        total: matches.length,
        prospects: shown.map((p) => ({ ...p, lastContact: last.get(p.id) ?? null })),
      },
    });
  },
});

const edit = defineSubcommand({
  name: 'edit',
  frName: 'modifier',
  aliases: ['maj', 'update'],
  description: { fr: 'Modifier un prospect', en: 'Edit a prospect' },
  examples: ['/prospect edit P-12 phone:"04 78 00 00 00" consent:granted'],
  options: z.object({
    prospect: ref(true),
    name: opt.text({ frName: 'nom', maxLength: 120, description: { fr: 'Nouveau nom', en: 'New name' } }),
    ...prospectFields,
    confirm: guardConfirmOption(),
  }),
  handler(args, ctx) {
    const { tx, t } = ctx;
    guardField(ctx, 'note', args.note, args.confirm);
    const p = requireByRef(
      tx.prospects,
      resolveProspectRef(tx, args.prospect),
      'prospect_not_found',
      'prospect',
    );
    const { prospect: _ref, name, confirm: _confirm, ...rest } = args;
    if (name === undefined && Object.values(rest).every((v) => v === undefined))
      throw new UserError('nothing_to_change', {}, 'prospect');
    let next = applyProspectFields(p, rest, ctx.today);
    if (name !== undefined) {
      const clash = findByRef(tx.prospects, name);
      if (clash && clash.id !== p.id)
        throw new UserError('prospect_exists', { name: clash.name, id: clash.id }, 'name');
      next = { ...next, name };
    }
    tx.prospects.put(next);
    const last = lastContacts(tx.activities.all().filter((a) => a.prospectId === p.id)).get(p.id);
    return reply({
      title: t('prospect.updated', { name: next.name, id: next.id }),
      tone: 'success',
      blocks: [fields(card(next, ctx, last))],
      data: { prospect: next },
    });
  },
});

export default defineCommand({
  name: 'prospect',
  frName: 'prospect',
  aliases: ['prospects', 'fiche'],
  description: {
    fr: 'Prospects : ajouter, voir, lister, modifier, qualifier',
    en: 'Prospects: add, show, list, edit, qualify',
  },
  subcommands: [
    add,
    show,
    list,
    edit,
    mergeSubcommand,
    qualifySubcommand,
    gridSubcommand,
    locateSubcommand,
    consentSubcommand,
    canCallSubcommand,
  ],
});
