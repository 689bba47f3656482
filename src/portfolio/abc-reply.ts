import type { CommandContext } from '../core/command.ts';
import { UserError } from '../core/errors.ts';
import { chart, type Reply, reply, table, text } from '../core/reply.ts';
import {
  ABC_CLASSES,
  abcClasses,
  DEFAULT_THRESHOLDS,
  NAMED_THRESHOLDS,
  parseThresholds,
} from './analytics/abc.ts';
import { customerTotals } from './analytics/scan.ts';
import { paretoChart } from './charts.ts';
import { loadPortfolio, type Portfolio, pickYear } from './context.ts';
import { yearStart } from './days.ts';

/** Customers of `year` ranked into ABC classes (shared with `/customer show`). */
export function abcOfYear(p: Portfolio, year: number, thresholds = DEFAULT_THRESHOLDS) {
  const totals = customerTotals(p.source, yearStart(year), yearStart(year + 1) - 1);
  return abcClasses(totals, thresholds, (n) => p.data.customers[n]?.ref ?? '');
}

/** How many A customers the reply lists (all of them are in `data`). */
const SHOWN_A = 25;

/** `/portfolio abc [year] [thresholds]`. */
export function abcReply(
  args: { year?: number | undefined; thresholds?: string | undefined },
  ctx: CommandContext,
): Reply {
  const { t, fmt } = ctx;
  const thresholds = args.thresholds === undefined ? DEFAULT_THRESHOLDS : parseThresholds(args.thresholds);
  if (!thresholds)
    throw new UserError(
      'portfolio_invalid_thresholds',
      { value: args.thresholds ?? '', named: NAMED_THRESHOLDS.join(', ') },
      'thresholds',
    );
  const p = loadPortfolio(ctx);
  const year = pickYear(p, args.year);
  const abc = abcOfYear(p, year, thresholds);
  const limits = t('portfolio.abc_limits', {
    a: fmt.percent(thresholds.a),
    b: fmt.percent(thresholds.b),
  });
  const aList = abc.ranked.filter((c) => c.class === 'A');
  const title = t('portfolio.abc_title', { year });
  return reply({
    title,
    blocks: [
      text(limits),
      table(
        [
          { label: t('portfolio.col_class') },
          { label: t('portfolio.col_customers'), align: 'right' },
          { label: t('portfolio.col_share'), align: 'right' },
          { label: t('portfolio.col_revenue'), align: 'right' },
          { label: t('portfolio.col_share'), align: 'right' },
        ],
        ABC_CLASSES.map((k) => {
          const c = abc.classes[k];
          return [
            k,
            fmt.integer(c.customers.numerator),
            fmt.ratio(c.customers),
            fmt.money(c.revenue.numerator),
            fmt.percent(c.revenue.value),
          ];
        }),
      ),
      table(
        [
          { label: '#', align: 'right' },
          { label: t('portfolio.col_customer') },
          { label: t('portfolio.col_revenue'), align: 'right' },
          { label: t('portfolio.col_cumulative'), align: 'right' },
        ],
        aList
          .slice(0, SHOWN_A)
          .map((c, i) => [
            String(i + 1),
            p.customerName(c.customer),
            fmt.money(c.revenue),
            fmt.percent(c.cumulative),
          ]),
        aList.length > SHOWN_A
          ? t('portfolio.abc_more', { shown: SHOWN_A, total: aList.length })
          : t('portfolio.abc_a_list', { count: aList.length }),
      ),
      chart(
        paretoChart({
          title: t('portfolio.abc_chart', { year }),
          subtitle: limits,
          alt: t('portfolio.abc_alt', {
            year,
            a: fmt.percent(abc.classes.A.customers.value),
            ra: fmt.percent(abc.classes.A.revenue.value),
          }),
          locale: ctx.locale,
          abc,
          classLabel: (k) => t('portfolio.class_label', { class: k }),
          thresholdLabel: (k, v) => t('portfolio.threshold_label', { class: k, value: fmt.percent(v) }),
          xTitle: t('portfolio.abc_x'),
          yTitle: t('portfolio.abc_y'),
          percentLabel: (v) => (ctx.locale === 'fr' ? `${Math.round(v * 100)} %` : `${Math.round(v * 100)}%`),
        }),
      ),
    ],
    followUps: [{ label: t('portfolio.followup_rfm'), command: '/portfolio rfm' }],
    data: {
      year,
      thresholds,
      revenue_total: abc.revenue_total,
      customer_count: abc.customer_count,
      classes: abc.classes,
      a_customers: aList.map((c) => ({
        ref: p.data.customers[c.customer]?.ref ?? null,
        name: p.customerName(c.customer),
        revenue: c.revenue,
        cumulative: c.cumulative,
      })),
    },
  });
}
