import type { TeamTx } from '../store/types.ts';
import { salesData } from './collection.ts';
import { COLUMN_NAMES, emptyColumns, type SalesColumns } from './columns.ts';
import { dayOrder, daysInOrder, floatsInOrder, intsInOrder, lastDay, monthRuns } from './day-order.ts';
import { isoOfDay } from './days.ts';
import {
  customersCollection,
  type PortfolioSettings,
  portfolioSettingsCollection,
  type SalesChunk,
  salesCollection,
} from './entities.ts';
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

/** The settings' index + 1 of each label of the file, given when first met (0 stays none). */
function labelIndex(file: Labels, stored: string[]): (id: number) => number {
  const index = new Map(stored.map((s, i) => [s, i + 1]));
  const final = new Int32Array(file.list.length + 1).fill(-1);
  final[0] = 0;
  return (id) => {
    let i = final[id] as number;
    if (i === -1) {
      const label = file.list[id - 1] as string;
      i = index.get(label) ?? stored.push(label);
      index.set(label, i);
      final[id] = i;
    }
    return i;
  };
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
  const newOrders = known
    ? lines.orders.list.filter((ref) => !orderNumbers.has(ref)).length
    : lines.orders.list.length;
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
      const segment = labelIndex(lines.segments, settings.segments);
      const category = labelIndex(lines.categories, settings.categories);
      const orderOf = new Int32Array(lines.orders.list.length).fill(-1);
      let nextOrder = data.orderCount;
      const importNo = settings.imports + 1;
      for (const c of lines.newCustomers) t.collection(customersCollection).put(c);
      // Each column of the file's lines in day order, once, in one array: the months' columns
      // are views of it (see day-order.ts). Each column is given back once moved.
      const all = emptyColumns(n);
      daysInOrder(order, all.day);
      intsInOrder(order, lines.order, all.order);
      lines.release('order');
      // Order numbers in day order: each month introduces a contiguous run of them.
      const chunks = monthRuns(order).map(({ month, start, end }) => {
        const orderBase = nextOrder;
        const refs: string[] = [];
        for (let i = start; i < end; i++) {
          const o = all.order[i] as number;
          let number = orderOf[o] as number;
          if (number === -1) {
            const ref = lines.orders.list[o] as string;
            number = known ? (orderNumbers.get(ref) ?? -1) : -1;
            if (number === -1) {
              number = nextOrder++;
              refs.push(ref);
            }
            orderOf[o] = number;
          }
          all.order[i] = number;
        }
        return { month, start, end, orderBase, refs };
      });
      await breathe();
      intsInOrder(order, lines.customer, all.customer);
      lines.release('customer');
      // Labels are numbered for the settings as met in day order.
      const labels = new Int32Array(n);
      for (const [name, index] of [
        ['segment', segment],
        ['category', category],
      ] as const) {
        intsInOrder(order, lines[name], labels);
        lines.release(name);
        const to = all[name];
        for (let i = 0; i < n; i++) to[i] = index(labels[i] as number);
      }
      await breathe();
      for (const name of ['revenue', 'cost', 'key'] as const) {
        floatsInOrder(order, lines[name], all[name]);
        lines.release(name);
      }
      lines.release('day');
      for (const c of chunks) {
        await breathe();
        t.collection(salesCollection).put({
          id: `${c.month}.${importNo}`,
          lines: c.end - c.start,
          orderBase: c.orderBase,
          orders: c.refs.length,
          orderRefs: c.refs.join('\n'),
          columns: columnsIn(all, c.start, c.end),
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
