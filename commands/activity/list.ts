import { z } from 'zod';
import { mayTouch, requireActivity } from '../../src/activities/access.ts';
import { activityFields, activityTitle, entryFollowUps } from '../../src/activities/card.ts';
import { activityRefOption } from '../../src/activities/edit-options.ts';
import { KIND_ALIASES, KIND_LABELS } from '../../src/activities/labels.ts';
import { defineSubcommand } from '../../src/core/command.ts';
import { UserError } from '../../src/core/errors.ts';
import { opt } from '../../src/core/options.ts';
import { listPage, pageCaption } from '../../src/core/paging.ts';
import { fields, reply, table, text } from '../../src/core/reply.ts';
import type { Activity } from '../../src/domain/entities.ts';
import { ACTIVITY_KINDS } from '../../src/domain/ids.ts';
import { requireByRef } from '../../src/domain/lookup.ts';
import { requireMember } from '../../src/domain/member-ref.ts';
import { resolveProspectRef } from '../../src/prospects/merged.ts';
import { activityShardOf } from '../../src/store/collections.ts';

// Plain code-unit order: ISO dates and instants sort as text, and a manager's list may sort 100k.
const desc = (x: string, y: string): number => (x < y ? 1 : x > y ? -1 : 0);
const newestFirst = (a: Activity, b: Activity): number =>
  desc(a.date, b.date) ||
  desc(a.createdAt, b.createdAt) ||
  b.id.length - a.id.length || // A-10 is newer than A-9
  desc(a.id, b.id);

/** `/activity list`: a rep's own entries, or the team's for a manager, newest first. */
export const listSubcommand = defineSubcommand({
  name: 'list',
  frName: 'liste',
  aliases: ['lister', 'historique', 'history'],
  description: {
    fr: 'Lister les actions saisies (les vôtres ; l’équipe pour un manager)',
    en: 'List logged actions (yours; the team’s for a manager)',
  },
  examples: ['/activity list this-week', '/action liste prospect:P-12 type:visite'],
  options: z.object({
    period: opt.period({
      positional: true,
      frName: 'période',
      aliases: ['periode', 'quand'],
      description: {
        fr: 'Période : cette-semaine, ce-mois, 2026-11-16..2026-11-22…',
        en: 'Period: this-week, this-month, 2026-11-16..2026-11-22…',
      },
    }),
    prospect: opt.text({
      autocomplete: 'prospect',
      aliases: ['client'],
      description: { fr: 'Un seul prospect (nom ou id P-12)', en: 'One prospect only (name or id P-12)' },
    }),
    rep: opt.text({
      frName: 'commercial',
      aliases: ['vendeur'],
      autocomplete: 'rep',
      description: { fr: 'Un seul commercial (managers)', en: 'One sales rep only (managers)' },
    }),
    kind: opt.choice(ACTIVITY_KINDS, {
      frName: 'type',
      aliases: ['canal'],
      description: { fr: 'Un seul type d’action', en: 'One kind of action only' },
      choiceLabels: KIND_LABELS,
      choiceAliases: KIND_ALIASES,
    }),
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
        fr: 'Rang de la première action montrée (1 par défaut) : la suite d’une liste',
        en: 'Rank of the first action shown (default 1): the rest of a list',
      },
    }),
  }),
  handler(args, ctx) {
    const { tx, t, fmt } = ctx;
    const rep = args.rep === undefined ? undefined : requireMember(tx.members, args.rep, 'rep');
    if (rep && rep.id !== ctx.member.id && ctx.member.role === 'rep')
      throw new UserError('activity_rep_filter_forbidden', { value: args.rep ?? '' }, 'rep');
    const prospect =
      args.prospect === undefined
        ? undefined
        : requireByRef(tx.prospects, resolveProspectRef(tx, args.prospect), 'prospect_not_found', 'prospect');
    const { period } = args;
    const pool = period
      ? tx.activities.inShards(activityShardOf(period.from), activityShardOf(period.to))
      : tx.activities.all();
    const matches = pool
      .filter(
        (a) =>
          (!period || (a.date >= period.from && a.date <= period.to)) &&
          (!prospect || a.prospectId === prospect.id) &&
          (!rep || a.repId === rep.id) &&
          (args.kind === undefined || a.kind === args.kind) &&
          mayTouch(ctx.member, a),
      )
      .sort(newestFirst);
    const offset = (args.from ?? 1) - 1;
    const shown = matches.slice(offset, offset + (args.limit ?? 25));
    const rows = shown.map((a) => [
      a.id,
      fmt.date(a.date),
      t(`kind.${a.kind}`),
      t(`outcome.${a.outcome}`),
      `${tx.prospects.get(a.prospectId)?.name ?? ''} (${a.prospectId})`,
      tx.members.get(a.repId)?.displayName ?? a.repId,
      a.amount === undefined ? '' : fmt.money(a.amount),
    ]);
    return reply({
      title: t('activity.list_title', { count: matches.length }),
      blocks: rows.length
        ? [
            table(
              [
                { label: t('activity.col.reference') },
                { label: t('field.date') },
                { label: t('field.kind') },
                { label: t('field.outcome') },
                { label: t('field.prospect') },
                { label: t('field.rep') },
                { label: t('field.amount'), align: 'right' },
              ],
              rows,
              pageCaption(t, 'activity', { offset, shown: shown.length, total: matches.length }),
              listPage(ctx, { command: 'activity', subcommand: 'list' }, args, {
                offset,
                total: matches.length,
                option: 'from',
              }),
            ),
          ]
        : [text(t(offset > 0 && matches.length > 0 ? 'activity.list_past_end' : 'activity.list_empty'))],
      data: { total: matches.length, activities: shown },
    });
  },
});

/** `/activity show A-12`: the entry with its *Modifier* and *Annuler* buttons. */
export const showSubcommand = defineSubcommand({
  name: 'show',
  frName: 'voir',
  aliases: ['afficher', 'fiche'],
  description: { fr: 'Voir une action et la corriger', en: 'See an action and correct it' },
  examples: ['/activity show A-12'],
  options: z.object({ activity: activityRefOption() }),
  handler(args, ctx) {
    const { t } = ctx;
    const a = requireActivity(ctx, args.activity, 'activity');
    return reply({
      title: activityTitle(t, a),
      blocks: [fields(activityFields(a, ctx))],
      followUps: entryFollowUps(t, a.id),
      reference: a.id,
      data: { activity: a },
    });
  },
});
