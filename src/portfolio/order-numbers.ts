import { type DayOrder, firstRanks } from './day-order.ts';
import { copyRef, type OrderRefs, refAt, refLength } from './order-ids.ts';
import { SpareMemory } from './spare-memory.ts';

/** One month's lines in day order and the orders it introduces. */
export interface MonthOrders {
  readonly month: string;
  readonly start: number;
  readonly end: number;
  /** The number of the first order new to the team in this month. */
  readonly orderBase: number;
  /** How many orders new to the team this month introduces. */
  readonly orders: number;
  /** Their file ids, by number, joined by newlines (joined when asked: 500k ids take ~25 ms). */
  orderRefs(): string;
}

/**
 * Each order of the file's lines gets its team number: a stored order keeps its own, an order new
 * to the team gets the next one, as the lines in day order first meet them, so that each month
 * introduces a contiguous run. The orders are found from the rank of each one's first line
 * (`firstRanks`) in one sweep of the ranks, and their ids read in file order: reading 500k ids in
 * day order, i.e. at random places of the list, cost ~25 ms where the sweep costs a few.
 * Its scratch arrays come from `memory` (see spare-memory.ts).
 */
export function numberOrders(
  o: DayOrder,
  order: Int32Array,
  refOf: OrderRefs,
  months: readonly { month: string; start: number; end: number }[],
  stored: ReadonlyMap<string, number> | null,
  next: number,
  memory: SpareMemory = new SpareMemory(),
): { numberOf: Int32Array; months: MonthOrders[] } {
  const { n } = o;
  const first = firstRanks(o, order, refOf.length, memory.ints(refOf.length));
  // The order whose first line is at each rank (−1: none).
  const firstAt = memory.ints(n).fill(-1);
  for (let k = 0; k < first.length; k++) {
    const r = first[k] as number;
    if (r < n) firstAt[r] = k;
  }
  const base = next;
  // Each order's number (−1: no line of the file has it), in the memory of the ranks read above.
  const numberOf = first.fill(-1);
  const runs = months.map(({ month, start, end }) => {
    const orderBase = next;
    for (let i = start; i < end; i++) {
      const k = firstAt[i] as number;
      if (k !== -1) numberOf[k] = stored?.get(refAt(refOf, k)) ?? next++;
    }
    return { month, start, end, orderBase, orders: next - orderBase };
  });
  memory.give(firstAt);
  // Made at the first month's ask, from memory the caller gives back meanwhile (`numberOf` must
  // stay as it is until then).
  const count = next - base;
  let texts: ((from: number, to: number) => string) | undefined;
  const textOf = (from: number, to: number) => {
    texts ??= newOrderTexts(refOf, numberOf, base, count, memory);
    return texts(from, to);
  };
  return {
    numberOf,
    months: runs.map((r) => ({
      ...r,
      orderRefs: () => textOf(r.orderBase - base, r.orderBase - base + r.orders),
    })),
  };
}

/**
 * The ids of the orders numbered `base` … `base + count − 1`, joined by newlines, from the `from`-th
 * to the `to`-th. Joining them in number order read 500k strings at random places of memory (twice:
 * lengths, then characters), 40–120 ms on 1M lines; their characters are copied in file order
 * instead, where the reader made them one after the other, each at its place in number order, and
 * a month's text is one decode of its bytes. Ids with a character past U+00FF are joined as before.
 */
function newOrderTexts(
  refOf: OrderRefs,
  numberOf: Int32Array,
  base: number,
  count: number,
  memory: SpareMemory,
): (from: number, to: number) => string {
  // at[x]: where the id numbered base + x starts, each followed by its newline (every number
  // below base + count is an order's: each at[x + 1] is set).
  const at = memory.ints(count + 1);
  at[0] = 0;
  for (let k = 0; k < refOf.length; k++) {
    const x = (numberOf[k] as number) - base;
    if (x >= 0) at[x + 1] = refLength(refOf, k) + 1;
  }
  for (let x = 1; x <= count; x++) (at[x] as number) += at[x - 1] as number;
  const room = memory.bytes(at[count] as number);
  const bytes = Buffer.from(room.buffer, room.byteOffset, room.length);
  for (let k = 0; k < refOf.length; k++) {
    const x = (numberOf[k] as number) - base;
    if (x < 0) continue;
    const end = copyRef(refOf, k, bytes, at[x] as number);
    if (end === -1) return joinedByNumber(refOf, numberOf, base, count);
    bytes[end] = 0x0a;
  }
  return (from, to) => (to > from ? bytes.toString('latin1', at[from], (at[to] as number) - 1) : '');
}

/** The same, joined from an array of the ids by number. */
function joinedByNumber(
  refOf: OrderRefs,
  numberOf: Int32Array,
  base: number,
  count: number,
): (from: number, to: number) => string {
  const refs: string[] = [];
  for (let x = 0; x < count; x++) refs.push('');
  for (let k = 0; k < refOf.length; k++) {
    const number = numberOf[k] as number;
    if (number >= base) refs[number - base] = refAt(refOf, k);
  }
  return (from, to) => refs.slice(from, to).join('\n');
}
