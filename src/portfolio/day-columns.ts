import type { SalesColumns } from './columns.ts';
import { type DayOrder, daysInOrder, floatsInOrder, idsInOrder, intsInOrder } from './day-order.ts';
import type { SalesFileLines } from './sales-lines.ts';

/** The team's numbers for the file's ids, asked for while the file's columns are moved. */
export interface TeamNumbers {
  /** The team's index + 1 of each label id of the file's `segment` or `category` column. */
  labels(name: 'segment' | 'category', ids: Int32Array): Int32Array;
  /** The team's number of each of the file's orders; `scratch` holds `n` values it may overwrite. */
  orders(scratch: Int32Array): Int32Array;
}

/**
 * The file's columns in day order, orders and labels as the team numbers them: the months'
 * columns are views of these (see stage-sales.ts). Each column of the file is taken from `lines`
 * as it is moved, and its memory holds the next column moved: a new array of amounts and two of
 * labels (14 MB on 1M lines) instead of eight new arrays (40 MB), at the import's peak resident
 * memory. A column much longer than the lines kept (duplicates left out) is not reused: the
 * months' views would keep all of it.
 */
export async function dayColumns(
  o: DayOrder,
  lines: SalesFileLines,
  numbers: TeamNumbers,
  breathe: () => Promise<void>,
): Promise<SalesColumns> {
  const { n } = o;
  const take = <K extends 'day' | 'order' | 'customer' | 'segment' | 'category' | 'revenue' | 'cost' | 'key'>(
    name: K,
  ): SalesFileLines[K] => {
    const column = lines[name];
    lines.release(name);
    return column;
  };
  const reuse = <T extends Int32Array | Float64Array>(given: T, make: (n: number) => T): T =>
    given.length - n <= n >> 4 ? (given.subarray(0, n) as T) : make(n);
  const newInts = (k: number) => new Int32Array(k);
  const newFloats = (k: number) => new Float64Array(k);

  // The days need no move: each day's run is filled, over the file's days (read by the rank).
  const day = reuse(take('day'), newInts);
  daysInOrder(o, day);
  const labels = (name: 'segment' | 'category') => {
    const ids = take(name);
    const to = new Uint16Array(n);
    idsInOrder(o, ids, numbers.labels(name, ids), to);
    return { to, freed: ids };
  };
  const segment = labels('segment');
  const category = labels('category');
  await breathe();
  const numberOf = numbers.orders(segment.freed);
  const fileOrders = take('order');
  const order = reuse(category.freed, newInts);
  idsInOrder(o, fileOrders, numberOf, order);
  await breathe();
  const customer = reuse(fileOrders, newInts);
  intsInOrder(o, take('customer'), customer);
  const fileRevenue = take('revenue');
  const revenue = new Float64Array(n);
  floatsInOrder(o, fileRevenue, revenue);
  const fileCost = take('cost');
  const cost = reuse(fileRevenue, newFloats);
  floatsInOrder(o, fileCost, cost);
  const key = reuse(fileCost, newFloats);
  floatsInOrder(o, take('key'), key);
  return { length: n, day, order, customer, segment: segment.to, category: category.to, revenue, cost, key };
}
