import { type VisitFigures, visitRatios } from '../calc/visit-ratios.ts';
import { visitRatiosOf } from '../calc/visit-ratios-block.ts';
import type { CommandContext } from '../core/command.ts';
import { type Block, chart, table, text } from '../core/reply.ts';
import type { Campaign, Member } from '../domain/entities.ts';
import { FUNNEL_RATIOS, STAGES } from '../domain/ids.ts';
import { METRIC_LABELS } from '../domain/operation-labels.ts';
import { excessLines } from '../funnel/excess-text.ts';
import { objectiveText } from './campaign-reply.ts';
import type { Dashboard } from './dashboard.ts';
import type { Attainment, ObjectiveRow } from './objectives.ts';

type Ctx = Pick<CommandContext, 't' | 'fmt' | 'locale' | 'tx' | 'team'>;

const isMoney = (row: ObjectiveRow): boolean =>
  row.objective.metric === 'revenue' || row.objective.metric === 'margin';

function amount(ctx: Ctx, row: ObjectiveRow, v: number | null): string {
  if (v === null) return ctx.fmt.notAvailable;
  return isMoney(row) ? ctx.fmt.money(v) : ctx.fmt.number(v, 1);
}

/** Short chart label: `RDV obtenus (25)`, `RDV obtenus, Alice Martin (8)`, `… /sem.` for weekly targets. */
function objectiveLabel(ctx: Ctx, r: ObjectiveRow): string {
  const o = r.objective;
  const who = o.repId ? `, ${ctx.tx.members.get(o.repId)?.displayName ?? o.repId}` : '';
  const per = o.per === 'week' ? ctx.t('ops.per_week') : '';
  return `${METRIC_LABELS[ctx.locale][o.metric]}${who} (${amount(ctx, r, r.target)}${per})`.slice(0, 80);
}

/** `80,0 % (32/40)`: attainment with its fraction. */
export function attainmentText(ctx: Ctx, row: ObjectiveRow, a: Attainment): string {
  return `${ctx.fmt.percent(a.value)} (${amount(ctx, row, a.numerator)}/${amount(ctx, row, a.denominator)})`;
}

function paceText(ctx: Ctx, row: ObjectiveRow): string {
  const { t, fmt } = ctx;
  if (row.week) return t('ops.pace_week', { from: fmt.date(row.week.from), to: fmt.date(row.week.to) });
  if (!row.pace) return '';
  const p = row.pace;
  if (p.elapsedWeeks >= p.weeks) return t('ops.pace_over');
  const required = p.required_pace === null ? fmt.notAvailable : amount(ctx, row, p.required_pace);
  return t('ops.pace_text', {
    expected: amount(ctx, row, p.expected_to_date),
    state: p.on_track === null ? 'unknown' : p.on_track ? 'ahead' : 'behind',
    required,
  });
}

/** Objectives table, pace, qualitative objectives, funnel, per-rep table and the objectives chart. */
export function dashboardBlocks(ctx: Ctx, c: Campaign, d: Dashboard, rep: Member | undefined): Block[] {
  const { t, fmt, locale } = ctx;
  const blocks: Block[] = [];
  if (rep) blocks.push(text(rep.displayName));
  if (d.rows.length) {
    blocks.push(
      table(
        [
          { label: t('ops.col_objective') },
          { label: t('ops.col_target'), align: 'right' },
          { label: t('ops.col_realised'), align: 'right' },
          { label: t('ops.col_attainment'), align: 'right' },
          { label: t('ops.col_pace') },
        ],
        d.rows.map((r) => [
          objectiveText(ctx, r.objective),
          amount(ctx, r, r.target),
          amount(ctx, r, r.realised),
          attainmentText(ctx, r, r.attainment),
          paceText(ctx, r),
        ]),
        t('ops.objectives_caption'),
      ),
    );
  } else blocks.push(text(t('ops.no_objectives', { id: c.id })));
  if (d.qualitative.length)
    blocks.push(
      table(
        [{ label: t('ops.col_qualitative') }, { label: t('ops.col_state') }],
        d.qualitative.map((o) => [
          o.text,
          `${t(o.done ? 'ops.done' : 'ops.not_done')}${o.comment ? ` (${o.comment})` : ''}`,
        ]),
      ),
    );
  const f = d.results.funnel;
  if (f.stages.attempted + f.stages.visited === 0) blocks.push(text(t('ops.no_activity', { id: c.id })));
  blocks.push(
    table(
      [{ label: t('funnel.col_stage') }, { label: t('funnel.col_count'), align: 'right' }],
      STAGES.map((s) => [t(`stage.${s}`), fmt.integer(f.stages[s])]),
    ),
    table(
      [{ label: t('funnel.col_ratio') }, { label: t('funnel.col_value'), align: 'right' }],
      FUNNEL_RATIOS.filter((id) => id !== 'conquest_rate' && id !== 'prospecting_effort').map((id) => [
        t(`ratio.${id}`),
        fmt.ratio(f.ratios[id]),
      ]),
    ),
    ...excessLines(ctx, f.ratios, d.excess).map(text),
    visitRatiosOf(ctx, visitFiguresOf(d)).block,
  );
  if (d.reps.length)
    blocks.push(
      table(
        [
          { label: t('field.rep') },
          { label: t('stage.attempted'), align: 'right' },
          { label: t('stage.appointment'), align: 'right' },
          { label: t('stage.visited'), align: 'right' },
          { label: t('stage.signed'), align: 'right' },
          { label: t('ops.revenue_signed'), align: 'right' },
        ],
        d.reps.map(({ repId, results: r }) => [
          ctx.tx.members.get(repId)?.displayName ?? repId,
          fmt.integer(r.funnel.stages.attempted),
          fmt.integer(r.funnel.stages.appointment),
          fmt.integer(r.funnel.stages.visited),
          fmt.integer(r.funnel.stages.signed),
          fmt.money(r.signed.revenue),
        ]),
        t('ops.reps_caption'),
      ),
    );
  if (d.rows.length) {
    // "Expected by today" says something only while the campaign runs.
    const withPace = d.rows.some((r) => r.pace && r.pace.elapsedWeeks < r.pace.weeks);
    blocks.push(
      chart({
        type: 'bar',
        title: t('ops.dashboard_chart_title', { name: c.name }),
        subtitle: t('ops.dashboard_chart_subtitle'),
        alt: t('ops.dashboard_chart_alt', {
          rows: d.rows
            .map((r) => `${objectiveText(ctx, r.objective)} : ${fmt.percent(r.attainment.value)}`)
            .join(', '),
        }),
        locale,
        horizontal: true,
        format: 'percent',
        height: Math.min(1024, 160 + d.rows.length * (withPace ? 70 : 50)),
        labels: d.rows.map((r) => objectiveLabel(ctx, r)),
        series: [
          {
            label: t('ops.series_objective'),
            values: d.rows.map((r) => (r.target === 0 ? null : 1)),
            color: '#94a3b8',
          },
          {
            label: t('ops.series_realised'),
            values: d.rows.map((r) => r.attainment.value),
            color: '#2563eb',
          },
          ...(withPace
            ? [
                {
                  label: t('ops.series_expected'),
                  values: d.rows.map((r) =>
                    r.pace && r.target > 0 ? r.pace.expected_to_date / r.target : null,
                  ),
                  color: '#d97706',
                },
              ]
            : []),
        ],
      }),
    );
  }
  return blocks;
}

/** `--json` data under DOMAIN ids, exact. */
export function dashboardData(c: Campaign, d: Dashboard, rep: Member | undefined): Record<string, unknown> {
  return {
    campaign: { id: c.id, name: c.name, from: c.from ?? null, to: c.to ?? null },
    rep: rep?.id ?? null,
    week: d.week,
    objectives: d.rows.map((r) => ({
      id: r.objective.id,
      metric: r.objective.metric,
      per: r.objective.per,
      repId: r.objective.repId ?? null,
      target: r.target,
      realised: r.realised,
      attainment: r.attainment,
      pace: r.pace,
      week: r.week,
    })),
    qualitative: d.qualitative,
    stages: d.results.funnel.stages,
    ratios: Object.fromEntries(
      FUNNEL_RATIOS.map((id) => {
        const excess = d.excess[id];
        return [id, { ...d.results.funnel.ratios[id], ...(excess && { excess }) }];
      }),
    ),
    revenue_signed: d.results.signed.revenue,
    margin_generated: d.results.signed.margin,
    ...visitRatios(visitFiguresOf(d)),
    reps: d.reps.map(({ repId, results: r }) => ({
      repId,
      stages: r.funnel.stages,
      revenue_signed: r.signed.revenue,
      margin_generated: r.signed.margin,
    })),
  };
}

/** What the DOMAIN §7 per-visit ratios of the dashboard (the team's, or the rep's) are computed from. */
function visitFiguresOf(d: Dashboard): VisitFigures {
  const { funnel, signed } = d.results;
  return {
    visits: funnel.visits,
    signed: funnel.stages.signed,
    revenue: signed.revenue,
    margin: signed.margin,
    newCustomers: funnel.customers.new,
  };
}
