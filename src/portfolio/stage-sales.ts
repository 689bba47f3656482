import type { TeamTx } from '../store/types.ts';
import { orderRefsOf, salesData } from './collection.ts';
import { emptyColumns, encodeColumns } from './columns.ts';
import { dayOf } from './days.ts';
import {
  customersCollection,
  type PortfolioCustomer,
  type PortfolioSettings,
  portfolioSettingsCollection,
  type SalesChunk,
  salesCollection,
} from './entities.ts';
import { lineKey } from './line-key.ts';

/** A validated line of the file, reduced to what is stored. */
export interface SalesInputLine {
  date: string;
  order: string;
  customerRef: string;
  customerName: string;
  segment?: string | undefined;
  category?: string | undefined;
  revenue: number;
  cost: number;
  rowId?: string | undefined;
}

export interface SalesStaging {
  counts: { rows: number; imported: number; duplicates: number; newCustomers: number; newOrders: number };
  from: string | null;
  to: string | null;
  /** Writes to stage when the user did not ask for a dry run. */
  commit(tx: TeamTx, columns: Record<string, string> | undefined): void;
}

/** Label index + 1 in `list`, appending new labels. */
function intern(list: string[], index: Map<string, number>, label: string | undefined): number {
  if (label === undefined) return 0;
  let i = index.get(label);
  if (i === undefined) {
    list.push(label);
    i = list.length;
    index.set(label, i);
  }
  return i;
}

/**
 * Turns a file's lines into the month chunks, customers and labels to store, skipping lines whose
 * key is already stored (or repeated in the file): nothing is written until `commit`.
 */
export function stageSales(tx: TeamTx, lines: readonly SalesInputLine[]): SalesStaging {
  const data = salesData(tx);
  const stored = new Set<number>();
  for (const b of data.batches) for (const k of b.key) stored.add(k);
  const settings: PortfolioSettings = {
    ...data.settings,
    segments: [...data.settings.segments],
    categories: [...data.settings.categories],
  };
  const segIndex = new Map(settings.segments.map((s, i) => [s, i + 1]));
  const catIndex = new Map(settings.categories.map((s, i) => [s, i + 1]));
  const customerByRef = new Map<string, PortfolioCustomer>();
  let nextCustomer = 0;
  for (const c of data.customers) {
    if (!c) continue;
    customerByRef.set(c.ref, c);
    nextCustomer = Math.max(nextCustomer, c.n + 1);
  }
  const newCustomers: PortfolioCustomer[] = [];
  const seen = new Map<number, number>();
  const kept: { line: SalesInputLine; day: number; key: number; customer: number }[] = [];
  let duplicates = 0;
  for (const line of lines) {
    const key = lineKey({ ...line, customer: line.customerRef, productCategory: line.category }, seen);
    if (stored.has(key)) {
      duplicates++;
      continue;
    }
    stored.add(key);
    let customer = customerByRef.get(line.customerRef);
    if (!customer) {
      customer = {
        id: `c${nextCustomer}`,
        n: nextCustomer++,
        ref: line.customerRef,
        name: line.customerName,
      };
      customerByRef.set(customer.ref, customer);
      newCustomers.push(customer);
    }
    kept.push({ line, day: dayOf(line.date), key, customer: customer.n });
  }
  // Month by month, so that each chunk introduces a contiguous run of order numbers.
  kept.sort((a, b) => a.day - b.day);
  const orderByRef = new Map<string, number>();
  if (kept.length > 0) for (const [n, ref] of orderRefsOf(data.chunks)) orderByRef.set(ref, n);
  let nextOrder = data.orderCount;
  const importNo = settings.imports + 1;
  const chunks: SalesChunk[] = [];
  for (let start = 0; start < kept.length; ) {
    const month = kept[start]?.line.date.slice(0, 7) as string;
    let end = start;
    while (end < kept.length && kept[end]?.line.date.slice(0, 7) === month) end++;
    const n = end - start;
    const cols = emptyColumns(n);
    const orderBase = nextOrder;
    const refs: string[] = [];
    for (let i = 0; i < n; i++) {
      const k = kept[start + i] as (typeof kept)[number];
      let order = orderByRef.get(k.line.order);
      if (order === undefined) {
        order = nextOrder++;
        orderByRef.set(k.line.order, order);
        refs.push(k.line.order);
      }
      cols.day[i] = k.day;
      cols.order[i] = order;
      cols.customer[i] = k.customer;
      cols.segment[i] = intern(settings.segments, segIndex, k.line.segment);
      cols.category[i] = intern(settings.categories, catIndex, k.line.category);
      cols.revenue[i] = k.line.revenue;
      cols.cost[i] = k.line.cost;
      cols.key[i] = k.key;
    }
    chunks.push({
      id: `${month}.${importNo}`,
      lines: n,
      orderBase,
      orders: refs.length,
      orderRefs: refs.join('\n'),
      ...encodeColumns(cols),
    });
    start = end;
  }
  return {
    counts: {
      rows: lines.length,
      imported: kept.length,
      duplicates,
      newCustomers: newCustomers.length,
      newOrders: nextOrder - data.orderCount,
    },
    from: kept[0]?.line.date ?? null,
    to: kept[kept.length - 1]?.line.date ?? null,
    commit(t, columns) {
      for (const c of newCustomers) t.collection(customersCollection).put(c);
      for (const c of chunks) t.collection(salesCollection).put(c);
      t.collection(portfolioSettingsCollection).put({
        ...settings,
        imports: kept.length > 0 ? importNo : settings.imports,
        ...(columns && { columns }),
      });
    },
  };
}
