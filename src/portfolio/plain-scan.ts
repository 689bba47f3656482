import type { ByteDict } from './byte-dict.ts';
import { grown } from './free-now.ts';
import { notPlain, type PlainCells } from './plain-cells.ts';
import type { SalesColumnMap } from './read-sales.ts';

/** Lets the event loop run between blocks of lines (other commands, the store lock's refresh). */
export const breathe = (): Promise<void> => new Promise((resolve) => setImmediate(resolve));
/** Lines between breaths: short, as the worker thread's asks for pieces are answered then. */
export const BLOCK = 1 << 12;

export const NUMERIC = ['revenue', 'cost', 'margin'] as const;
export type NumericField = (typeof NUMERIC)[number];

/** Pass 1 over some lines of a plain file: what `scanSales` learns, before it concludes. */
export interface RangeScan {
  rows: number;
  /** The date id of each row in `dates` (-1: no date). */
  dateIds: Int32Array;
  /** Per date id, how many rows have that date. */
  dateCount: number[];
  /** The decimal separators (character codes) the cells of each numeric column reveal, at most two. */
  votes: Record<NumericField, number[]>;
}

/** Where each row's date comes from as lines are read: the scan pass, or the read itself (LearntDates). */
export interface DateSource {
  /** The date id of the `row`-th row read, its line just read (-1: none). */
  next(row: number): number;
  /** Per date id: its ISO text and day. */
  readonly iso: readonly string[];
  readonly day: ArrayLike<number>;
}

/** The dates of the rows of `range`, as its scan numbered them. */
export const scannedDates = (
  range: RangeScan,
  iso: readonly string[],
  day: ArrayLike<number>,
): DateSource => ({
  next: (row) => range.dateIds[row] as number,
  iso,
  day,
});

/** Counts a separator a cell revealed among a column's (at most two: then the column does not tell). */
export function reveal(seen: number[], sep: number): void {
  if (sep !== 0 && seen.length < 2 && !seen.includes(sep)) seen.push(sep);
}

export const noScan = (): RangeScan => ({
  rows: 0,
  dateIds: new Int32Array(1 << 16),
  dateCount: [],
  votes: { revenue: [], cost: [], margin: [] },
});

/**
 * Scans the lines in `[from, to)` (`to` at a line start), numbering their dates in `dates`; after
 * the lines of `scan` when given (a file read in pieces).
 */
export async function scanRange(
  cells: PlainCells,
  from: number,
  to: number,
  cols: SalesColumnMap,
  maxRows: number,
  dates: ByteDict,
  scan = noScan(),
): Promise<RangeScan> {
  const { votes, dateCount } = scan;
  const numeric = NUMERIC.flatMap((f) => {
    const col = cols[f];
    return col === undefined ? [] : [{ col, seen: votes[f] }];
  });
  const { starts, ends } = cells;
  let { dateIds, rows } = scan;
  for (let i = from; i < to; ) {
    const next = cells.split(i);
    i = Math.abs(next);
    if (next < 0) continue;
    if (++rows > maxRows) notPlain();
    const ds = starts[cols.date] as number;
    const de = ends[cols.date] as number;
    let id = -1;
    if (de > ds) {
      id = dates.id(ds, de);
      dateCount[id] = (dateCount[id] ?? 0) + 1;
    }
    if (rows > dateIds.length) dateIds = grown(dateIds, dateIds.length);
    dateIds[rows - 1] = id;
    for (const n of numeric) {
      const s = starts[n.col] as number;
      const e = ends[n.col] as number;
      if (e > s && n.seen.length < 2) reveal(n.seen, cells.vote(s, e));
    }
    if (rows % BLOCK === 0) await breathe();
  }
  scan.rows = rows;
  scan.dateIds = dateIds;
  return scan;
}
