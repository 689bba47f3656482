import { personaNames } from '../company/persona-view.ts';
import type { CommandContext } from '../core/command.ts';
import { type Block, type Field, fields, table, text } from '../core/reply.ts';
import type { Campaign, Objective } from '../domain/entities.ts';
import { CATEGORY_LABELS, METHOD_LABELS, METRIC_LABELS } from '../domain/operation-labels.ts';

type Ctx = Pick<CommandContext, 't' | 'fmt' | 'locale' | 'tx'>;

const repName = (ctx: Ctx, id: string): string => ctx.tx.members.get(id)?.displayName ?? id;

/** `du 2 nov. au 13 déc. 2026`, or `n.d.` when a bound is missing. */
export function periodText(ctx: Ctx, c: Pick<Campaign, 'from' | 'to'>): string {
  if (!c.from && !c.to) return ctx.fmt.notAvailable;
  const d = (x: string | undefined) => (x ? ctx.fmt.date(x) : '…');
  return ctx.t('ops.range', { from: d(c.from), to: d(c.to) });
}

/** One line for an objective: `RDV obtenus ≥ 40 (équipe, sur l'opération)`. */
export function objectiveText(ctx: Ctx, o: Objective): string {
  if (o.kind === 'qualitative') return o.text;
  const value =
    o.metric === 'revenue' || o.metric === 'margin' ? ctx.fmt.money(o.target) : ctx.fmt.number(o.target);
  const who = o.repId ? repName(ctx, o.repId) : ctx.t('ops.team');
  return ctx.t('ops.objective_line', {
    metric: METRIC_LABELS[ctx.locale][o.metric],
    value,
    who,
    per: o.per,
  });
}

/** The campaign's card: period, methods, target, offer, reps, objectives and fixed costs. */
export function campaignBlocks(ctx: Ctx, c: Campaign): Block[] {
  const { t, fmt, locale } = ctx;
  const f: Field[] = [
    { label: t('field.id'), value: c.id, inline: true },
    { label: t('ops.field_period'), value: periodText(ctx, c), inline: true },
    {
      label: t('field.status'),
      value: t(c.status === 'closed' ? 'ops.status_closed' : 'ops.status_open'),
      inline: true,
    },
  ];
  const add = (label: string, value: string | undefined) => {
    if (value) f.push({ label, value, inline: true });
  };
  add(t('ops.field_methods'), c.methods?.map((m) => METHOD_LABELS[locale][m]).join(', '));
  add(t('ops.field_target_size'), c.targetSize === undefined ? undefined : fmt.integer(c.targetSize));
  add(t('ops.field_customer_type'), c.target?.customerType?.toUpperCase());
  add(t('ops.field_sector'), c.target?.sector);
  add(t('ops.field_size'), c.target?.size);
  add(t('ops.field_area'), c.target?.area);
  add(t('ops.field_decision_maker'), c.target?.decisionMaker);
  add(t('ops.field_needs'), c.target?.needs);
  add(t('persona.campaign_targets'), personaNames(ctx, c.personaIds));
  add(t('ops.field_reps'), c.repIds?.map((id) => repName(ctx, id)).join(', '));
  if (c.offer) f.push({ label: t('ops.field_offer'), value: c.offer });
  if (c.conclusion) f.push({ label: t('ops.field_conclusion'), value: c.conclusion });
  const blocks: Block[] = [fields(f)];
  const objectives = c.objectives ?? [];
  blocks.push(
    objectives.length
      ? table(
          [{ label: t('field.id') }, { label: t('ops.col_objective') }, { label: t('ops.col_state') }],
          objectives.map((o) => [
            o.id,
            objectiveText(ctx, o),
            o.kind === 'qualitative'
              ? `${t(o.done ? 'ops.done' : 'ops.not_done')}${o.comment ? ` (${o.comment})` : ''}`
              : '',
          ]),
          t('ops.objectives_caption'),
        )
      : text(t('ops.no_objectives', { id: c.id })),
  );
  const costs = c.costs ?? [];
  if (costs.length)
    blocks.push(
      table(
        [
          { label: t('field.id') },
          { label: t('ops.col_item') },
          { label: t('ops.col_category') },
          { label: t('ops.col_amount'), align: 'right' },
        ],
        costs.map((x) => [x.id, x.label, CATEGORY_LABELS[locale][x.category], fmt.money(x.amount)]),
        t('ops.costs_caption'),
      ),
    );
  return blocks;
}
