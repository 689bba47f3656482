import { growthFromEnds } from '../calc/growth.ts';
import type { CommandContext } from '../core/command.ts';
import { chart, fields, type Reply, reply, table, text } from '../core/reply.ts';
import type { Growth } from './analytics/formulas.ts';
import type { CategoryAxis } from './analytics/scan.ts';
import { yearFigures } from './analytics/scan.ts';
import { portfolioSummary } from './analytics/summary.ts';
import { summaryChart } from './charts.ts';
import { loadPortfolio, pickYear } from './context.ts';

/** At most this many years side by side in the chart (the chosen year and the ones before). */
const CHART_YEARS = 4;

const growthText = (ctx: CommandContext, g: Growth): string =>
  g.value === null ? ctx.fmt.notAvailable : `${g.value > 0 ? '+' : ''}${ctx.fmt.percent(g.value)}`;

/** `/portfolio summary [year] [by]`. */
export function summaryReply(
  args: { year?: number | undefined; by?: CategoryAxis | undefined },
  ctx: CommandContext,
): Reply {
  const { t, fmt } = ctx;
  const p = loadPortfolio(ctx);
  const year = pickYear(p, args.year);
  const axis = args.by ?? 'product-category';
  const figs = yearFigures(p.source, axis);
  const s = portfolioSummary(figs, year);
  const axisLabel = t(`portfolio.axis_${axis === 'product-category' ? 'product' : 'customer'}`);
  const title = t('portfolio.summary_title', { year });
  const chartYears = s.years.slice(-CHART_YEARS);
  const names = s.revenue_by_category.map((r) => p.label(axis, r.category));
  // DOMAIN §7: V_end / V_start − 1 over the range, beside the CAGR.
  const overall = growthFromEnds(s.cagr.start, s.cagr.end, s.cagr.years).growth_overall;
  return reply({
    title,
    blocks: [
      fields([
        { label: t('portfolio.revenue_total'), value: fmt.money(s.revenue_total), inline: true },
        {
          label: t('portfolio.growth_rate', { previous: s.previousYear }),
          value: `${growthText(ctx, s.growth_rate)} (${fmt.money(s.growth_rate.previous)})`,
          inline: true,
        },
        {
          label: t('portfolio.cagr', { from: s.firstYear, to: year }),
          value: s.cagr.value === null ? fmt.notAvailable : fmt.percent(s.cagr.value),
          inline: true,
        },
        {
          label: t('calc.growth_overall_label', { from: s.firstYear, to: year }),
          value: `${overall === null ? fmt.notAvailable : fmt.percent(overall)} (${fmt.money(s.cagr.end)} / ${fmt.money(s.cagr.start)} − 1)`,
          inline: true,
        },
        { label: t('portfolio.order_count'), value: fmt.integer(s.order_count), inline: true },
        { label: t('portfolio.customer_count'), value: fmt.integer(s.customer_count), inline: true },
        {
          label: t('portfolio.average_basket'),
          value: `${s.average_basket.value === null ? fmt.notAvailable : fmt.money(s.average_basket.value)} (${fmt.money(s.revenue_total)} / ${fmt.integer(s.order_count)})`,
          inline: true,
        },
      ]),
      table(
        [
          { label: axisLabel },
          { label: String(year), align: 'right' },
          { label: t('portfolio.col_share'), align: 'right' },
          { label: String(s.previousYear), align: 'right' },
          { label: t('portfolio.col_growth'), align: 'right' },
        ],
        s.revenue_by_category.map((r, i) => [
          names[i] as string,
          fmt.money(r.revenue),
          fmt.percent(r.share.value),
          fmt.money(r.previous),
          growthText(ctx, r.growth_rate),
        ]),
      ),
      text(t('portfolio.summary_note')),
      chart(
        summaryChart({
          title: t('portfolio.summary_chart', { axis: axisLabel }),
          alt: t('portfolio.summary_alt', {
            axis: axisLabel,
            years: chartYears.join(', '),
            values: s.revenue_by_category.map((r, i) => `${names[i]} ${fmt.money(r.revenue)}`).join(', '),
          }),
          locale: ctx.locale,
          categories: names,
          years: chartYears.map((y) => ({
            label: String(y),
            values: s.revenue_by_category.map((r) => figs.get(y)?.byCategory.get(r.category)?.revenue ?? 0),
          })),
        }),
      ),
    ],
    followUps: [
      { label: t('portfolio.followup_abc'), command: `/portfolio abc ${year}` },
      { label: t('portfolio.followup_value'), command: `/portfolio value ${year}` },
    ],
    data: {
      year,
      by: axis,
      revenue_total: s.revenue_total,
      growth_rate: s.growth_rate,
      cagr: { ...s.cagr, from: s.firstYear, to: year },
      growth_overall: { from: s.firstYear, to: year, start: s.cagr.start, end: s.cagr.end, value: overall },
      order_count: s.order_count,
      customer_count: s.customer_count,
      average_basket: s.average_basket,
      revenue_by_category: s.revenue_by_category.map((r, i) => ({
        category: names[i],
        revenue: r.revenue,
        share: r.share,
        previous: r.previous,
        growth_rate: r.growth_rate,
      })),
      years: s.years.map((y) => {
        const f = figs.get(y);
        return {
          year: y,
          revenue_total: f?.revenue ?? 0,
          order_count: f?.orders ?? 0,
          customer_count: f?.customers ?? 0,
          revenue_by_category: Object.fromEntries(
            [...(f?.byCategory ?? [])].map(([k, v]) => [p.label(axis, k), v.revenue]),
          ),
        };
      }),
    },
  });
}
