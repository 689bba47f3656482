import type { SalesColumns } from './columns.ts';
import { type DayOrder, daysInOrder, floatsInOrder, idsInOrder, intsInOrder } from './day-order.ts';
import type { SalesFileLines } from './sales-lines.ts';
import { SpareMemory } from './spare-memory.ts';

/** The team's numbers for the file's ids, asked for while the file's columns are moved. */
export interface TeamNumbers {
  /** The team's index + 1 of each label id of the file's `segment` or `category` column. */
  labels(name: 'segment' | 'category', ids: Int32Array): Int32Array;
  /** The team's number of each of the file's orders, with scratch arrays from `memory`. */
  orders(memory: SpareMemory): Int32Array;
}

/**
 * The file's columns in day order, orders and labels as the team numbers them: the months'
 * columns are views of these (see stage-sales.ts). Each column of the file is taken from `lines`
 * as it is moved, and its memory holds a column moved after it or the scratch arrays of the order
 * numbering (see spare-memory.ts): on 1M lines the staging allocates a new array of amounts and
 * two of labels (12 MB) where it allocated eight new columns and 10 MB of scratch. A column much
 * longer than the lines kept (duplicates left out) is not kept: the months' views would keep all of it.
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
  const spare = new SpareMemory();
  const fits = (given: Int32Array | Float64Array) => given.length - n <= n >> 4;

  // The days need no move: each day's run is filled, over the file's days (read by the rank).
  const fileDays = take('day');
  const day = fits(fileDays) ? fileDays.subarray(0, n) : new Int32Array(n);
  if (day.buffer !== fileDays.buffer) spare.give(fileDays);
  daysInOrder(o, day);
  const labels = (name: 'segment' | 'category') => {
    const ids = take(name);
    const to = new Uint16Array(n);
    idsInOrder(o, ids, numbers.labels(name, ids), to);
    spare.give(ids);
    return to;
  };
  const segment = labels('segment');
  const category = labels('category');
  // Amounts, each into the memory of the one moved before it.
  const into = (free: Float64Array): Float64Array => {
    if (fits(free)) return free.subarray(0, n);
    spare.give(free);
    return new Float64Array(n);
  };
  const fileRevenue = take('revenue');
  const revenue = new Float64Array(n);
  floatsInOrder(o, fileRevenue, revenue);
  const fileCost = take('cost');
  const cost = into(fileRevenue);
  floatsInOrder(o, fileCost, cost);
  const fileKeys = take('key');
  const key = into(fileCost);
  floatsInOrder(o, fileKeys, key);
  spare.give(fileKeys);
  await breathe();
  const fileCustomers = take('customer');
  const customer = spare.intColumn(n);
  intsInOrder(o, fileCustomers, customer);
  spare.give(fileCustomers);
  const numberOf = numbers.orders(spare);
  const order = spare.intColumn(n);
  const fileOrders = take('order');
  idsInOrder(o, fileOrders, numberOf, order);
  spare.give(fileOrders);
  return { length: n, day, order, customer, segment, category, revenue, cost, key };
}
