import type { Ratio } from '../analytics/ratio.ts';
import type { CommandContext } from '../core/command.ts';
import { chart, fields, type Reply, reply, table, text } from '../core/reply.ts';
import {
  averageBasket,
  clv,
  margin,
  marginRate,
  markupRate,
  multiplier,
  purchaseFrequency,
} from './analytics/formulas.ts';
import { yearFigures } from './analytics/scan.ts';
import { customerFlow } from './analytics/value.ts';
import { cacFor } from './cac.ts';
import { valueChart } from './charts.ts';
import { loadPortfolio, pickYear } from './context.ts';

/** `/portfolio value [year] [years] [cac]`. */
export function valueReply(
  args: { year?: number | undefined; years?: number | undefined; cac?: number | undefined },
  ctx: CommandContext,
): Reply {
  const { t, fmt } = ctx;
  const p = loadPortfolio(ctx);
  const year = pickYear(p, args.year);
  const f = yearFigures(p.source, 'product-category').get(year);
  const revenue = f?.revenue ?? 0;
  const cost = f?.cost ?? 0;
  const m = margin(revenue, cost);
  const rates = {
    margin_rate: marginRate(m, cost),
    markup_rate: markupRate(m, revenue),
    multiplier: multiplier(revenue, cost),
  };
  const basket = averageBasket(revenue, f?.orders ?? 0);
  const freq = purchaseFrequency(f?.orders ?? 0, f?.customers ?? 0);
  const flow = customerFlow(p.source, year);
  const churn = flow.churn_rate.value;
  const years = args.years ?? (churn !== null && churn > 0 ? 1 / churn : null);
  const cac = cacFor(ctx.tx, args.cac, { from: `${year}-01-01`, to: `${year}-12-31` }, ctx.today);
  const lifetime = clv(basket.value, freq.value, years, rates.markup_rate.value, cac?.value ?? null);
  const money = (v: number | null) => (v === null ? fmt.notAvailable : fmt.money(v));
  const num = (v: number | null) => (v === null ? fmt.notAvailable : fmt.number(v, 2));
  const moneyRatio = (r: Ratio) =>
    `${money(r.value)} (${fmt.money(r.numerator)} / ${fmt.integer(r.denominator)})`;
  const pctRatio = (r: Ratio, amounts: boolean) =>
    amounts
      ? `${fmt.percent(r.value)} (${fmt.money(r.numerator)} / ${fmt.money(r.denominator)})`
      : fmt.ratio(r);
  const yearsText =
    args.years !== undefined
      ? t('portfolio.years_given', { years: fmt.number(args.years, 1) })
      : years === null
        ? t('portfolio.years_unknown')
        : t('portfolio.years_from_churn', { years: fmt.number(years, 1) });
  const title = t('portfolio.value_title', { year });
  return reply({
    title,
    blocks: [
      table(
        [{ label: t('portfolio.col_indicator') }, { label: t('portfolio.col_value'), align: 'right' }],
        [
          [t('portfolio.revenue_total'), fmt.money(revenue)],
          [t('portfolio.cost_total'), fmt.money(cost)],
          [t('portfolio.margin'), fmt.money(m)],
          [t('portfolio.margin_rate'), pctRatio(rates.margin_rate, true)],
          [t('portfolio.markup_rate'), pctRatio(rates.markup_rate, true)],
          [
            t('portfolio.multiplier'),
            `${num(rates.multiplier.value)} (${fmt.money(revenue)} / ${fmt.money(cost)})`,
          ],
          [t('portfolio.average_basket'), moneyRatio(basket)],
          [
            t('portfolio.purchase_frequency'),
            `${num(freq.value)} (${fmt.integer(freq.numerator)}/${fmt.integer(freq.denominator)})`,
          ],
          [t('portfolio.retention_rate', { previous: year - 1 }), pctRatio(flow.retention_rate, false)],
          [t('portfolio.churn_rate', { previous: year - 1 }), pctRatio(flow.churn_rate, false)],
          [
            t('portfolio.cac'),
            cac
              ? `${fmt.money(cac.value)}${cac.cost !== undefined ? ` (${fmt.money(cac.cost)} / ${fmt.integer(cac.newCustomers ?? 0)})` : ''}`
              : t('portfolio.cac_not_available'),
          ],
          [t('portfolio.clv'), money(lifetime.value)],
        ],
      ),
      text(t('portfolio.multiplier_note')),
      text(
        t(cac ? 'portfolio.clv_variant_cac' : 'portfolio.clv_variant', {
          basket: money(basket.value),
          freq: num(freq.value),
          years: yearsText,
          markup: fmt.percent(rates.markup_rate.value),
          cac: cac ? fmt.money(cac.value) : '',
        }),
      ),
      ...(cac ? [] : [text(t('portfolio.cac_hint'))]),
      fields([
        {
          label: t('portfolio.flow_start', { year: year - 1 }),
          value: fmt.integer(flow.start),
          inline: true,
        },
        { label: t('portfolio.flow_end', { year }), value: fmt.integer(flow.end), inline: true },
        { label: t('portfolio.flow_new'), value: fmt.integer(flow.newCustomers), inline: true },
        { label: t('portfolio.flow_lost'), value: fmt.integer(flow.lost), inline: true },
      ]),
      chart(
        valueChart({
          title: t('portfolio.value_chart', { year }),
          alt: t('portfolio.value_alt', {
            year,
            margin: fmt.percent(rates.margin_rate.value),
            markup: fmt.percent(rates.markup_rate.value),
          }),
          locale: ctx.locale,
          rates: [
            { label: t('portfolio.margin_rate'), value: rates.margin_rate.value },
            { label: t('portfolio.markup_rate'), value: rates.markup_rate.value },
            {
              label: t('portfolio.retention_rate', { previous: year - 1 }),
              value: flow.retention_rate.value,
            },
            { label: t('portfolio.churn_rate', { previous: year - 1 }), value: flow.churn_rate.value },
          ],
        }),
      ),
    ],
    data: {
      year,
      revenue_total: revenue,
      cost,
      margin: m,
      ...rates,
      average_basket: basket,
      purchase_frequency: freq,
      order_count: f?.orders ?? 0,
      customer_count: f?.customers ?? 0,
      customers: { start: flow.start, end: flow.end, new: flow.newCustomers, lost: flow.lost },
      retention_rate: flow.retention_rate,
      churn_rate: flow.churn_rate,
      cac: cac
        ? {
            value: cac.value,
            source: cac.source,
            ...(cac.cost !== undefined && { cost: cac.cost, newCustomers: cac.newCustomers }),
          }
        : null,
      clv: {
        ...lifetime,
        yearsSource: args.years !== undefined ? 'option' : years === null ? null : 'churn',
      },
    },
  });
}
