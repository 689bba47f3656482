import type { SalesColumns } from '../columns.ts';
import { yearOfDay, yearStart } from '../days.ts';
import { fromUnits, toUnits } from './money.ts';

/** What the analytics read: the team's line batches and the sizes of the customer and order numbering. */
export interface SalesSource {
  readonly batches: readonly SalesColumns[];
  readonly customerCount: number;
  readonly orderCount: number;
}

/** Year of a day number, remembering the last year's bounds (lines come month by month). */
export function yearReader(): (day: number) => number {
  let year = 0;
  let from = 1;
  let to = 0;
  return (day) => {
    if (day < from || day >= to) {
      year = yearOfDay(day);
      from = yearStart(year);
      to = yearStart(year + 1);
    }
    return year;
  };
}

export type CategoryAxis = 'product-category' | 'customer-category';

/** One year's totals; money exact (see money.ts). */
export interface YearFigures {
  year: number;
  revenue: number;
  cost: number;
  lines: number;
  orders: number;
  customers: number;
  /** Label index (0 = none) → revenue and cost. */
  byCategory: Map<number, { revenue: number; cost: number }>;
}

/** Every year's totals in one pass, categories along `axis`. */
export function yearFigures(src: SalesSource, axis: CategoryAxis): Map<number, YearFigures> {
  const acc = new Map<
    number,
    {
      rev: number;
      cost: number;
      lines: number;
      orders: Uint8Array;
      nOrders: number;
      customers: Uint8Array;
      nCustomers: number;
      cat: Map<number, { rev: number; cost: number }>;
    }
  >();
  const yearOf = yearReader();
  for (const b of src.batches) {
    const labels = axis === 'product-category' ? b.category : b.segment;
    for (let i = 0; i < b.length; i++) {
      const y = yearOf(b.day[i] as number);
      let a = acc.get(y);
      if (!a) {
        a = {
          rev: 0,
          cost: 0,
          lines: 0,
          orders: new Uint8Array(src.orderCount),
          nOrders: 0,
          customers: new Uint8Array(src.customerCount),
          nCustomers: 0,
          cat: new Map(),
        };
        acc.set(y, a);
      }
      const rev = toUnits(b.revenue[i] as number);
      const cost = toUnits(b.cost[i] as number);
      a.rev += rev;
      a.cost += cost;
      a.lines++;
      const o = b.order[i] as number;
      if (a.orders[o] === 0) {
        a.orders[o] = 1;
        a.nOrders++;
      }
      const c = b.customer[i] as number;
      if (a.customers[c] === 0) {
        a.customers[c] = 1;
        a.nCustomers++;
      }
      const k = labels[i] as number;
      const cat = a.cat.get(k);
      if (cat) {
        cat.rev += rev;
        cat.cost += cost;
      } else a.cat.set(k, { rev, cost });
    }
  }
  const out = new Map<number, YearFigures>();
  for (const y of [...acc.keys()].sort((p, q) => p - q)) {
    const a = acc.get(y);
    if (!a) continue;
    out.set(y, {
      year: y,
      revenue: fromUnits(a.rev),
      cost: fromUnits(a.cost),
      lines: a.lines,
      orders: a.nOrders,
      customers: a.nCustomers,
      byCategory: new Map(
        [...a.cat].map(([k, v]) => [k, { revenue: fromUnits(v.rev), cost: fromUnits(v.cost) }]),
      ),
    });
  }
  return out;
}

/** Per customer over days [from, to]: revenue and cost (exact), distinct orders, first and last day. */
export interface CustomerTotals {
  customer: number;
  revenue: number;
  cost: number;
  orders: number;
  first: number;
  last: number;
}

export function customerTotals(src: SalesSource, from = -Infinity, to = Infinity): CustomerTotals[] {
  const n = src.customerCount;
  const rev = new Float64Array(n);
  const cost = new Float64Array(n);
  const orders = new Int32Array(n);
  const first = new Int32Array(n).fill(2 ** 31 - 1);
  const last = new Int32Array(n).fill(-(2 ** 31));
  const seen = new Uint8Array(src.orderCount);
  for (const b of src.batches) {
    for (let i = 0; i < b.length; i++) {
      const d = b.day[i] as number;
      if (d < from || d > to) continue;
      const c = b.customer[i] as number;
      rev[c] = (rev[c] as number) + toUnits(b.revenue[i] as number);
      cost[c] = (cost[c] as number) + toUnits(b.cost[i] as number);
      const o = b.order[i] as number;
      if (seen[o] === 0) {
        seen[o] = 1;
        orders[c] = (orders[c] as number) + 1;
      }
      if (d < (first[c] as number)) first[c] = d;
      if (d > (last[c] as number)) last[c] = d;
    }
  }
  const out: CustomerTotals[] = [];
  for (let c = 0; c < n; c++) {
    if ((last[c] as number) === -(2 ** 31)) continue;
    out.push({
      customer: c,
      revenue: fromUnits(rev[c] as number),
      cost: fromUnits(cost[c] as number),
      orders: orders[c] as number,
      first: first[c] as number,
      last: last[c] as number,
    });
  }
  return out;
}

/** First and last day with a sale, or null when there are none. */
export function dayRange(src: SalesSource): { first: number; last: number } | null {
  let first = Infinity;
  let last = -Infinity;
  for (const b of src.batches)
    for (let i = 0; i < b.length; i++) {
      const d = b.day[i] as number;
      if (d < first) first = d;
      if (d > last) last = d;
    }
  return first === Infinity ? null : { first, last };
}
