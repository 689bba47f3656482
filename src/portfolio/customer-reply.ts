import type { CommandContext } from '../core/command.ts';
import { UserError } from '../core/errors.ts';
import { fields, type Reply, reply, table } from '../core/reply.ts';
import { suggest } from '../core/suggest.ts';
import { normalizeKey } from '../core/values.ts';
import { abcOfYear } from './abc-reply.ts';
import { fromUnits, toUnits } from './analytics/money.ts';
import { yearReader } from './analytics/scan.ts';
import { orderRefsOf } from './collection.ts';
import { loadPortfolio, type Portfolio } from './context.ts';
import { isoOfDay } from './days.ts';
import type { PortfolioCustomer } from './entities.ts';
import { rfmAt } from './rfm-reply.ts';

const SHOWN_ORDERS = 10;

function findCustomer(p: Portfolio, name: string): PortfolioCustomer {
  const all = p.data.customers.filter((c): c is PortfolioCustomer => c !== undefined);
  const key = normalizeKey(name);
  const exact = all.filter(
    (c) => c.ref === name.trim() || normalizeKey(c.name) === key || normalizeKey(c.ref) === key,
  );
  const found = exact.length > 0 ? exact : all.filter((c) => normalizeKey(c.name).includes(key));
  if (found.length === 1) return found[0] as PortfolioCustomer;
  if (found.length > 1)
    throw new UserError(
      'customer_ambiguous',
      {
        value: name,
        matches: found
          .slice(0, 8)
          .map((c) => `${c.name} (${c.ref})`)
          .join(', '),
      },
      'name',
    );
  throw new UserError(
    'customer_not_found',
    {
      value: name,
      suggestion:
        suggest(
          name,
          all.map((c) => c.name),
        ) ?? 'none',
    },
    'name',
  );
}

/** `/customer show name`: history, totals, ABC class, RFM segment, last order. */
export function customerReply(args: { name: string }, ctx: CommandContext): Reply {
  const { t, fmt } = ctx;
  const p = loadPortfolio(ctx);
  const c = findCustomer(p, args.name);
  const orders = new Map<number, { day: number; lines: number; revenue: number; cost: number }>();
  const byYear = new Map<number, { revenue: number; orders: Set<number> }>();
  const yearOf = yearReader();
  let revenue = 0;
  let cost = 0;
  for (const b of p.source.batches)
    for (let i = 0; i < b.length; i++) {
      if (b.customer[i] !== c.n) continue;
      const o = b.order[i] as number;
      const r = toUnits(b.revenue[i] as number);
      const k = toUnits(b.cost[i] as number);
      revenue += r;
      cost += k;
      const ord = orders.get(o) ?? { day: b.day[i] as number, lines: 0, revenue: 0, cost: 0 };
      ord.lines++;
      ord.revenue += r;
      ord.cost += k;
      orders.set(o, ord);
      const y = yearOf(b.day[i] as number);
      const yr = byYear.get(y) ?? { revenue: 0, orders: new Set() };
      yr.revenue += r;
      yr.orders.add(o);
      byYear.set(y, yr);
    }
  const history = [...orders].sort((a, b) => b[1].day - a[1].day);
  const refs = orderRefsOf(p.data.chunks);
  const lastYear = p.years[p.years.length - 1] as number;
  const abc = abcOfYear(p, lastYear).ranked.find((x) => x.customer === c.n);
  const rfm = rfmAt(p, undefined);
  const scores = rfm.customers.find((x) => x.customer === c.n);
  const last = history[0];
  const total = fromUnits(revenue);
  const margin = fromUnits(revenue - cost);
  return reply({
    title: t('customer.title', { name: c.name, ref: c.ref }),
    blocks: [
      fields([
        { label: t('portfolio.revenue_total'), value: fmt.money(total), inline: true },
        { label: t('portfolio.margin'), value: fmt.money(margin), inline: true },
        { label: t('portfolio.order_count'), value: fmt.integer(orders.size), inline: true },
        {
          label: t('portfolio.average_basket'),
          value: orders.size === 0 ? fmt.notAvailable : fmt.money(total / orders.size),
          inline: true,
        },
        {
          label: t('customer.abc', { year: lastYear }),
          value: abc ? `${abc.class} (${fmt.percent(abc.cumulative)})` : t('customer.abc_none'),
          inline: true,
        },
        {
          label: t('customer.rfm', { date: fmt.date(isoOfDay(rfm.date)) }),
          value: scores
            ? `${t(`portfolio.segment_${scores.segment}`)} · R${scores.r} F${scores.f} M${scores.m} (${t('customer.rfm_detail', { days: scores.recency, orders: scores.frequency })})`
            : fmt.notAvailable,
        },
        ...(last
          ? [
              {
                label: t('customer.last_order'),
                value: `${fmt.date(isoOfDay(last[1].day))} · ${refs.get(last[0]) ?? ''} · ${fmt.money(fromUnits(last[1].revenue))}`,
              },
            ]
          : []),
      ]),
      table(
        [
          { label: t('customer.col_year') },
          { label: t('portfolio.col_revenue'), align: 'right' },
          { label: t('portfolio.col_orders'), align: 'right' },
        ],
        [...byYear]
          .sort((a, b) => a[0] - b[0])
          .map(([y, v]) => [String(y), fmt.money(fromUnits(v.revenue)), fmt.integer(v.orders.size)]),
      ),
      table(
        [
          { label: t('sales.col_date') },
          { label: t('sales.col_order') },
          { label: t('customer.col_lines'), align: 'right' },
          { label: t('portfolio.col_revenue'), align: 'right' },
          { label: t('portfolio.margin'), align: 'right' },
        ],
        history
          .slice(0, SHOWN_ORDERS)
          .map(([o, v]) => [
            fmt.date(isoOfDay(v.day)),
            refs.get(o) ?? '',
            fmt.integer(v.lines),
            fmt.money(fromUnits(v.revenue)),
            fmt.money(fromUnits(v.revenue - v.cost)),
          ]),
        history.length > SHOWN_ORDERS
          ? t('customer.more_orders', { shown: SHOWN_ORDERS, total: history.length })
          : undefined,
      ),
    ],
    data: {
      customer: { ref: c.ref, name: c.name },
      revenue_total: total,
      margin,
      order_count: orders.size,
      average_basket: orders.size === 0 ? null : total / orders.size,
      abc: abc ? { year: lastYear, class: abc.class, cumulative: abc.cumulative } : null,
      rfm: scores
        ? {
            date: isoOfDay(rfm.date),
            recency: scores.recency,
            frequency: scores.frequency,
            monetary: scores.monetary,
            r: scores.r,
            f: scores.f,
            m: scores.m,
            segment: scores.segment,
          }
        : null,
      last_order: last
        ? {
            date: isoOfDay(last[1].day),
            order: refs.get(last[0]) ?? null,
            revenue: fromUnits(last[1].revenue),
          }
        : null,
      history: history.map(([o, v]) => ({
        date: isoOfDay(v.day),
        order: refs.get(o) ?? null,
        lines: v.lines,
        revenue: fromUnits(v.revenue),
        margin: fromUnits(v.revenue - v.cost),
      })),
    },
  });
}
