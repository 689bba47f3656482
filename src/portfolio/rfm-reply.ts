import type { CommandContext } from '../core/command.ts';
import { chart, type Reply, reply, table, text } from '../core/reply.ts';
import { RFM_SEGMENTS, type RfmResult, rfmAnalysis } from './analytics/rfm.ts';
import { customerTotals, dayRange } from './analytics/scan.ts';
import { rfmChart } from './charts.ts';
import { loadPortfolio, type Portfolio } from './context.ts';
import { dayOf, isoOfDay } from './days.ts';

/** RFM at `date` (default: the day after the last sale), shared with `/customer show`. */
export function rfmAt(p: Portfolio, date: string | undefined): RfmResult {
  const d = date === undefined ? (dayRange(p.source)?.last ?? 0) + 1 : dayOf(date);
  return rfmAnalysis(customerTotals(p.source, -Infinity, d), d);
}

/** `/portfolio rfm [date]`. */
export function rfmReply(args: { date?: string | undefined }, ctx: CommandContext): Reply {
  const { t, fmt } = ctx;
  const p = loadPortfolio(ctx);
  const rfm = rfmAt(p, args.date);
  const day = isoOfDay(rfm.date);
  const title = t('portfolio.rfm_title', { date: fmt.date(day) });
  const total = rfm.customers.length;
  const revenue = RFM_SEGMENTS.reduce((s, k) => s + rfm.segments[k].revenue, 0);
  return reply({
    title,
    blocks: [
      text(
        t(args.date === undefined ? 'portfolio.rfm_date_default' : 'portfolio.rfm_date', {
          date: fmt.date(day),
        }),
      ),
      table(
        [
          { label: t('portfolio.col_segment') },
          { label: t('portfolio.col_rule') },
          { label: t('portfolio.col_customers'), align: 'right' },
          { label: t('portfolio.col_revenue'), align: 'right' },
          { label: t('portfolio.col_share'), align: 'right' },
        ],
        RFM_SEGMENTS.map((k) => [
          t(`portfolio.segment_${k}`),
          t(`portfolio.rule_${k}`),
          fmt.integer(rfm.segments[k].customers),
          fmt.money(rfm.segments[k].revenue),
          fmt.percent(revenue === 0 ? null : rfm.segments[k].revenue / revenue),
        ]),
      ),
      text(t('portfolio.rfm_note', { total })),
      chart(
        rfmChart({
          title: t('portfolio.rfm_chart'),
          subtitle: t('portfolio.rfm_chart_sub', { date: fmt.date(day) }),
          alt: t('portfolio.rfm_alt', {
            segments: RFM_SEGMENTS.map(
              (k) => `${t(`portfolio.segment_${k}`)} ${rfm.segments[k].customers}`,
            ).join(', '),
          }),
          locale: ctx.locale,
          rfm,
          rLabel: (r) => `R = ${r}`,
          fLabel: (f) => `F = ${f}`,
          measure: 'customers',
          xTitle: t('portfolio.rfm_x'),
          yTitle: t('portfolio.rfm_y'),
        }),
      ),
    ],
    followUps: [{ label: t('portfolio.followup_value'), command: '/portfolio value' }],
    data: {
      date: day,
      customer_count: total,
      segments: rfm.segments,
      grid: rfm.grid,
      tie_rule: 'equal values share the score of their group: 1 + floor(5 × strictly worse / n)',
    },
  });
}
