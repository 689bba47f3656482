import type { CommandContext } from '../core/command.ts';
import { type Block, chart, table, text } from '../core/reply.ts';
import type { Campaign } from '../domain/entities.ts';
import { moneyOrNa, moneyPercent, moneyRatio } from '../domain/money-format.ts';
import { CATEGORY_LABELS } from '../domain/operation-labels.ts';
import { analyseCampaign, type CampaignAnalysis } from './analysis.ts';

type Ctx = Pick<CommandContext, 't' | 'fmt' | 'locale' | 'tx' | 'today' | 'team'>;

/** The sentence saying which base margin_generated uses (BTS analysis compares margin, not revenue, with cost). */
export function marginBaseText(ctx: Ctx, a: CampaignAnalysis): string {
  const { t, fmt } = ctx;
  const s = a.results.signed;
  if (s.margin === null || s.base === 'unknown') return t('ops.margin_unknown', { count: s.unknownMargin });
  const rate = a.rates.markupRate === null ? fmt.notAvailable : fmt.percent(a.rates.markupRate);
  return t(`ops.margin_base_${s.base}`, { rate, signed: s.signed });
}

/** One-paragraph verdict: is the operation profitable, and how many signatures break even. */
export function verdictText(ctx: Ctx, a: CampaignAnalysis): string {
  const { t, fmt } = ctx;
  const f = a.figures;
  if (f.profit === null) return t('ops.verdict_unknown');
  const breakEven =
    f.break_even_signatures === null ? fmt.notAvailable : fmt.number(f.break_even_signatures, 1);
  const params = {
    profit: fmt.money(f.profit),
    roi: fmt.percent(f.roi?.value ?? null),
    breakEven,
    signed: a.results.signed.signed,
  };
  return f.profit >= 0 ? t('ops.verdict_profitable', params) : t('ops.verdict_loss', params);
}

export function verdictOf(ctx: Ctx, c: Campaign) {
  const a = analyseCampaign(ctx.tx, c, ctx.today);
  return { text: verdictText(ctx, a), figures: a.figures };
}

/** Costs by item, the DOMAIN §3 indicators, the verdict and the cost-against-margin chart. */
export function profitabilityBlocks(ctx: Ctx, c: Campaign, a: CampaignAnalysis): Block[] {
  const { t, fmt, locale } = ctx;
  const { costs, figures: f } = a;
  const hours = costs.time.minutes / 60;
  const costRows = [
    ...costs.fixed.items.map((x) => [
      `${x.label} (${CATEGORY_LABELS[locale][x.category]})`,
      fmt.money(x.amount),
    ]),
    [
      t('ops.cost_time', { hours: fmt.number(hours, 1), rate: fmt.money(a.rates.hourlyCost) }),
      fmt.money(costs.time.cost),
    ],
    [
      t('ops.cost_travel', { km: fmt.number(costs.travel.km, 1), rate: fmt.money(costs.travel.rate) }),
      fmt.money(costs.travel.cost),
    ],
    [t('ops.cost_total'), fmt.money(costs.total)],
  ];
  const indicatorRows = [
    [t('ops.cost_per_contact'), moneyRatio(fmt, f.cost_per_contact)],
    [t('ops.cost_per_appointment'), moneyRatio(fmt, f.cost_per_appointment)],
    [t('ops.cost_per_visit'), moneyRatio(fmt, f.cost_per_visit)],
    [t('ops.cac'), moneyRatio(fmt, f.cac)],
    [t('ops.revenue_signed'), fmt.money(f.revenue_signed)],
    [t('ops.margin_generated'), moneyOrNa(fmt, f.margin_generated)],
    [t('ops.profit'), moneyOrNa(fmt, f.profit)],
    [t('ops.roi'), moneyPercent(fmt, f.roi)],
    [
      t('ops.break_even'),
      f.break_even_signatures === null ? fmt.notAvailable : fmt.number(f.break_even_signatures, 2),
    ],
  ];
  const blocks: Block[] = [
    text(verdictText(ctx, a)),
    text(marginBaseText(ctx, a)),
    table(
      [{ label: t('ops.col_item') }, { label: t('ops.col_amount'), align: 'right' }],
      costRows,
      t('ops.costs_by_item'),
    ),
    table(
      [{ label: t('ops.col_indicator') }, { label: t('funnel.col_value'), align: 'right' }],
      indicatorRows,
    ),
  ];
  if (costs.time.withoutDuration > 0)
    blocks.push(text(t('ops.without_duration', { count: costs.time.withoutDuration })));
  const labels = [
    t('ops.bar_fixed'),
    t('ops.bar_time'),
    t('ops.bar_travel'),
    t('ops.bar_total'),
    t('ops.bar_margin'),
    t('ops.bar_profit'),
  ];
  const n = null;
  blocks.push(
    chart({
      type: 'bar',
      title: t('ops.profit_chart_title', { name: c.name }),
      subtitle: marginBaseText(ctx, a),
      alt: t('ops.profit_chart_alt', {
        cost: fmt.money(costs.total),
        margin: moneyOrNa(fmt, f.margin_generated),
        profit: moneyOrNa(fmt, f.profit),
      }),
      locale,
      currency: ctx.team.settings.currency,
      format: 'money',
      stacked: true,
      labels,
      series: [
        {
          label: t('ops.series_costs'),
          values: [costs.fixed.total, costs.time.cost, costs.travel.cost, costs.total, n, n],
          color: '#dc2626',
        },
        { label: t('ops.series_margin'), values: [n, n, n, n, f.margin_generated, n], color: '#059669' },
        { label: t('ops.series_profit'), values: [n, n, n, n, n, f.profit], color: '#2563eb' },
      ],
    }),
  );
  return blocks;
}

/** `--json` data: DOMAIN ids, exact. */
export function profitabilityData(c: Campaign, a: CampaignAnalysis): Record<string, unknown> {
  return {
    campaign: { id: c.id, name: c.name },
    period: a.scope.period,
    activityCount: a.scope.activities.length,
    costs: {
      fixed: a.costs.fixed,
      time: { ...a.costs.time, hours: a.costs.time.minutes / 60 },
      travel: a.costs.travel,
      total: a.costs.total,
    },
    ...a.figures,
    signed_count: a.results.signed.signed,
    margin_base: a.results.signed.base,
    margin_detail: {
      logged: a.results.signed.loggedMargin,
      estimated: a.results.signed.estimatedMargin,
      unknownSignatures: a.results.signed.unknownMargin,
    },
    counts: {
      attempted: a.results.funnel.stages.attempted,
      appointment: a.results.funnel.stages.appointment,
      visited: a.results.funnel.stages.visited,
      new_customers: a.results.funnel.customers.new,
    },
    rates: a.rates,
  };
}
