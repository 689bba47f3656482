import { isoOfDay, MS_PER_DAY } from './days.ts';

/**
 * A file's sales lines in day order (file order within a day), by a counting sort: days span a few
 * thousand values. Columns are moved into that order by scatter: each read in file order and
 * written at its line's rank, into a few thousand runs (the days) whose ends stay in cache. A
 * gather through the sorted permutation read every value at a random place of its column: on 1M
 * lines in random day order, 8 columns took 145 ms that way, and 25–35 ms this way.
 */
export interface DayOrder {
  /** Number of lines. */
  readonly n: number;
  /** The first day (0 without lines). */
  readonly min: number;
  /** `starts[d − min]`: the position in day order of day `d`'s first line; the last is `n`. */
  readonly starts: Int32Array;
  /** `rank[i]`: the position in day order of line `i`. */
  readonly rank: Int32Array;
}

/** The counting sort of `day[0 … n − 1]`. */
export function dayOrder(day: Int32Array, n: number): DayOrder {
  if (n === 0) return { n, min: 0, starts: new Int32Array(1), rank: new Int32Array(0) };
  let min = day[0] as number;
  let max = min;
  for (let i = 1; i < n; i++) {
    const d = day[i] as number;
    if (d < min) min = d;
    else if (d > max) max = d;
  }
  const starts = new Int32Array(max - min + 2);
  for (let i = 0; i < n; i++) (starts[(day[i] as number) - min + 1] as number)++;
  for (let d = 1; d < starts.length; d++) (starts[d] as number) += starts[d - 1] as number;
  const next = starts.slice(0, -1);
  const rank = new Int32Array(n);
  for (let i = 0; i < n; i++) rank[i] = (next[(day[i] as number) - min] as number)++;
  return { n, min, starts, rank };
}

/** The last day of the lines (the first without lines). */
export const lastDay = (o: DayOrder): number => (o.n === 0 ? o.min : o.min + o.starts.length - 2);

/** The month (`YYYY-MM`) of each line run in day order: months are runs of whole days. */
export function monthRuns(o: DayOrder): { month: string; start: number; end: number }[] {
  const runs: { month: string; start: number; end: number }[] = [];
  const days = o.starts.length - 1;
  for (let d = 0; d < days; ) {
    const date = new Date((o.min + d) * MS_PER_DAY);
    const next = Date.UTC(date.getUTCFullYear(), date.getUTCMonth() + 1, 1) / MS_PER_DAY - o.min;
    const end = Math.min(next, days);
    const run = {
      month: isoOfDay(o.min + d).slice(0, 7),
      start: o.starts[d] as number,
      end: o.starts[end] as number,
    };
    if (run.end > run.start) runs.push(run);
    d = end;
  }
  return runs;
}

/** The day column in day order: each day's run filled with it. */
export function daysInOrder(o: DayOrder, to: Int32Array): void {
  for (let d = 0; d + 1 < o.starts.length; d++) to.fill(o.min + d, o.starts[d], o.starts[d + 1]);
}

/** `to[rank[i]] = from[i]`: an integer column in day order. */
export function intsInOrder({ rank, n }: DayOrder, from: Int32Array, to: Int32Array): void {
  for (let i = 0; i < n; i++) to[rank[i] as number] = from[i] as number;
}

/** The same for amounts and keys (a copy of the loop above: one typed array kind per loop stays fast). */
export function floatsInOrder({ rank, n }: DayOrder, from: Float64Array, to: Float64Array): void {
  for (let i = 0; i < n; i++) to[rank[i] as number] = from[i] as number;
}

/** For each id below `count`, the rank of the first line in day order with that id (`n` if none), in `into`. */
export function firstRanks(
  { rank, n }: DayOrder,
  ids: Int32Array,
  count: number,
  into: Int32Array = new Int32Array(count),
): Int32Array {
  const first = into.fill(n);
  for (let i = 0; i < n; i++) {
    const id = ids[i] as number;
    const r = rank[i] as number;
    if (r < (first[id] as number)) first[id] = r;
  }
  return first;
}

/** `to[rank[i]] = table[from[i]]`: a column of file ids (orders, labels) in day order, as the team's. */
export function idsInOrder(
  { rank, n }: DayOrder,
  from: Int32Array,
  table: Int32Array,
  to: Int32Array | Uint16Array,
): void {
  for (let i = 0; i < n; i++) to[rank[i] as number] = table[from[i] as number] as number;
}
