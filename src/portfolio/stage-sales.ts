import type { TeamTx } from '../store/types.ts';
import { salesData } from './collection.ts';
import { COLUMN_NAMES, type SalesColumns } from './columns.ts';
import { dayColumns } from './day-columns.ts';
import { type DayOrder, dayOrder, firstRanks, lastDay, monthRuns } from './day-order.ts';
import { isoOfDay } from './days.ts';
import {
  customersCollection,
  type PortfolioSettings,
  portfolioSettingsCollection,
  type SalesChunk,
  salesCollection,
} from './entities.ts';
import { refAt } from './order-ids.ts';
import { type MonthOrders, numberOrders } from './order-numbers.ts';
import type { Labels, SalesFileLines } from './sales-lines.ts';

const breathe = (): Promise<void> => new Promise((resolve) => setImmediate(resolve));

export interface SalesStaging {
  counts: { rows: number; imported: number; duplicates: number; newCustomers: number; newOrders: number };
  from: string | null;
  to: string | null;
  /** Writes to stage when the user did not ask for a dry run. */
  commit(tx: TeamTx, columns: Record<string, string> | undefined): Promise<void>;
}

/** The stored order ids with their numbers. */
function storedOrders(chunks: readonly SalesChunk[]): Map<string, number> {
  const numbers = new Map<string, number>();
  for (const c of chunks) {
    if (c.orders === 0) continue;
    c.orderRefs.split('\n').forEach((ref, i) => {
      numbers.set(ref, c.orderBase + i);
    });
  }
  return numbers;
}

/** Lines `start` to `end` − 1 of `all`, as views of its arrays. */
function columnsIn(all: SalesColumns, start: number, end: number): SalesColumns {
  const out: Record<string, unknown> = { length: end - start };
  for (const name of COLUMN_NAMES) out[name] = all[name].subarray(start, end);
  return out as unknown as SalesColumns;
}

/**
 * The settings' index + 1 of each label id of the file (0 stays none): the labels new to the team
 * are added to `stored` in the order the lines, in day order, first meet them.
 */
function labelTable(o: DayOrder, ids: Int32Array, file: Labels, stored: string[]): Int32Array {
  const first = firstRanks(o, ids, file.list.length + 1);
  const met: number[] = [];
  for (let id = 1; id < first.length; id++) if ((first[id] as number) < o.n) met.push(id);
  met.sort((a, b) => (first[a] as number) - (first[b] as number));
  const index = new Map(stored.map((s, i) => [s, i + 1]));
  const table = new Int32Array(first.length);
  for (const id of met) {
    const label = file.list[id - 1] as string;
    let i = index.get(label);
    if (i === undefined) {
      i = stored.push(label);
      index.set(label, i);
    }
    table[id] = i;
  }
  return table;
}

/**
 * The month chunks, customers and labels a file's new lines make: lines by day, each month one
 * chunk introducing a contiguous run of order numbers. Nothing is written until `commit`.
 */
export function stageSales(tx: TeamTx, lines: SalesFileLines, rows: number): SalesStaging {
  const data = salesData(tx);
  const n = lines.length;
  const orderNumbers = n > 0 ? storedOrders(data.chunks) : new Map<string, number>();
  // A first import has no stored order: 500k order ids need no hashing then.
  const known = orderNumbers.size > 0;
  const orderRefs = lines.orders.refs();
  let newOrders = orderRefs.length;
  if (known)
    for (let k = 0; k < orderRefs.length; k++) if (orderNumbers.has(refAt(orderRefs, k))) newOrders--;
  const order = dayOrder(lines.day, n);
  return {
    counts: {
      rows,
      imported: n,
      duplicates: lines.duplicates,
      newCustomers: lines.newCustomers.length,
      newOrders,
    },
    from: n > 0 ? isoOfDay(order.min) : null,
    to: n > 0 ? isoOfDay(lastDay(order)) : null,
    async commit(t, columns) {
      const settings: PortfolioSettings = {
        ...data.settings,
        segments: [...data.settings.segments],
        categories: [...data.settings.categories],
      };
      const importNo = settings.imports + 1;
      // New customers validated ten thousand at a time, the event loop running in between.
      const customers = t.collection(customersCollection);
      for (const [i, c] of lines.newCustomers.entries()) {
        customers.put(c);
        if (i % 10_000 === 9_999) await breathe();
      }
      await breathe();
      // Each column of the file's lines in day order, once, in one array: the months' columns
      // are views of it.
      let months: MonthOrders[] = [];
      const all = await dayColumns(
        order,
        lines,
        {
          labels: (name, ids) =>
            name === 'segment'
              ? labelTable(order, ids, lines.segments, settings.segments)
              : labelTable(order, ids, lines.categories, settings.categories),
          orders(memory) {
            const numbered = numberOrders(
              order,
              lines.order,
              orderRefs,
              monthRuns(order),
              known ? orderNumbers : null,
              data.orderCount,
              memory,
            );
            months = numbered.months;
            return numbered.numberOf;
          },
        },
        breathe,
      );
      for (const m of months) {
        await breathe();
        t.collection(salesCollection).put({
          id: `${m.month}.${importNo}`,
          lines: m.end - m.start,
          orderBase: m.orderBase,
          orders: m.orders,
          orderRefs: m.orderRefs(),
          columns: columnsIn(all, m.start, m.end),
        });
      }
      t.collection(portfolioSettingsCollection).put({
        ...settings,
        imports: n > 0 ? importNo : settings.imports,
        ...(columns && { columns }),
      });
    },
  };
}
