import type { TeamTx } from '../store/types.ts';
import { salesData } from './collection.ts';
import { type ColumnName, emptyColumns, type SalesColumns } from './columns.ts';
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

/** Line indexes by day, file order within a day (a counting sort: days span a few thousand values). */
function byDay(day: Int32Array, n: number): Int32Array {
  let min = Number.POSITIVE_INFINITY;
  let max = Number.NEGATIVE_INFINITY;
  for (let i = 0; i < n; i++) {
    const d = day[i] as number;
    if (d < min) min = d;
    if (d > max) max = d;
  }
  const starts = new Int32Array(n === 0 ? 1 : max - min + 2);
  for (let i = 0; i < n; i++) (starts[(day[i] as number) - min + 1] as number)++;
  for (let d = 1; d < starts.length; d++) (starts[d] as number) += starts[d - 1] as number;
  const order = new Int32Array(n);
  for (let i = 0; i < n; i++) order[(starts[(day[i] as number) - min] as number)++] = i;
  return order;
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
  const sorted = byDay(lines.day, n);
  const dayAt = (i: number) => lines.day[sorted[i] as number] as number;
  return {
    counts: {
      rows,
      imported: n,
      duplicates: lines.duplicates,
      newCustomers: lines.newCustomers.length,
      newOrders,
    },
    from: n > 0 ? isoOfDay(dayAt(0)) : null,
    to: n > 0 ? isoOfDay(dayAt(n - 1)) : null,
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
      // The month chunks: bounds in the day order, then order numbers in that order.
      const chunks: {
        month: string;
        start: number;
        cols: SalesColumns;
        orderBase: number;
        refs: string[];
      }[] = [];
      for (let start = 0; start < n; ) {
        const month = isoOfDay(dayAt(start)).slice(0, 7);
        let end = start + 1;
        for (let day = dayAt(start); end < n; end++) {
          if (dayAt(end) === day) continue;
          day = dayAt(end);
          if (isoOfDay(day).slice(0, 7) !== month) break;
        }
        const cols = emptyColumns(end - start);
        const orderBase = nextOrder;
        const refs: string[] = [];
        for (let i = 0; i < cols.length; i++) {
          const o = lines.order[sorted[start + i] as number] as number;
          let order = orderOf[o] as number;
          if (order === -1) {
            const ref = lines.orders.list[o] as string;
            order = known ? (orderNumbers.get(ref) ?? -1) : -1;
            if (order === -1) {
              order = nextOrder++;
              refs.push(ref);
            }
            orderOf[o] = order;
          }
          cols.order[i] = order;
        }
        chunks.push({ month, start, cols, orderBase, refs });
        start = end;
      }
      // Each column of the file's lines goes once copied, into the months' columns.
      lines.release('order');
      // The other columns one at a time: lines sorted by day are read in a random order, and one
      // column (4–8 MB) stays in the processor's cache where eight at once would not.
      const gather = (name: Exclude<ColumnName, 'order'>, map?: (v: number) => number) => {
        const from = lines[name];
        for (const c of chunks) {
          const to = c.cols[name];
          const at = sorted.subarray(c.start, c.start + to.length);
          if (map) for (let i = 0; i < to.length; i++) to[i] = map(from[at[i] as number] as number);
          else for (let i = 0; i < to.length; i++) to[i] = from[at[i] as number] as number;
        }
        lines.release(name);
      };
      gather('day');
      gather('customer');
      gather('segment', segment);
      gather('category', category);
      gather('revenue');
      gather('cost');
      gather('key');
      for (const c of chunks) {
        await breathe();
        t.collection(salesCollection).put({
          id: `${c.month}.${importNo}`,
          lines: c.cols.length,
          orderBase: c.orderBase,
          orders: c.refs.length,
          orderRefs: c.refs.join('\n'),
          columns: c.cols,
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
