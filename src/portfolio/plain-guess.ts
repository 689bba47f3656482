import { UserError } from '../core/errors.ts';
import type { DateOrder } from '../core/values.ts';
import { ByteDict } from './byte-dict.ts';
import { dayOf } from './days.ts';
import { freeNow } from './free-now.ts';
import { lineStartAfter, NotPlain, type PlainCells } from './plain-cells.ts';
import { concludeScan, hintsOf, isoOfCell } from './plain-conclude.ts';
import type { DecimalHints, PlainLines } from './plain-lines.ts';
import { NUMERIC, type NumericField, noScan, reveal, scanRange } from './plain-scan.ts';
import type { SalesColumnMap, SalesScan } from './read-sales.ts';

/**
 * A big file read in one pass instead of two (see `Read.guessed` in plain-sales.ts): what the scan of
 * the whole file would conclude — the date order, each amount column's decimal separator — guessed
 * from lines sampled over the file, the lines read with it, and the guess checked against what the
 * read met (every distinct date with its count, every amount cell's separator). A guess the whole
 * file does not confirm, or a cell the guess cannot read, and the file is read again in two passes:
 * what is stored is the two-pass read's either way.
 */

/** The date order and decimal separators a file is read with. */
export interface Guess {
  order: DateOrder;
  hints: DecimalHints;
}

/** The guess was wrong: the file is read again, scanned first. */
export class Misguessed extends Error {}

/** Bytes of lines sampled for the guess, in SAMPLE_WINDOWS windows spread over the file. */
export const SAMPLE = 2 ** 20;
const SAMPLE_WINDOWS = 32;

/**
 * What the lines of `[start, end)` sampled in windows of `sample / 32` bytes conclude (see
 * concludeScan); undefined when they conclude nothing (a line not plain, dates that need asking).
 */
export async function guessOf(
  cells: PlainCells,
  start: number,
  end: number,
  cols: SalesColumnMap,
  env: { today: string; dates: DateOrder | undefined },
  sample = SAMPLE,
): Promise<Guess | undefined> {
  try {
    return await sampled(cells, start, end, cols, env, sample);
  } catch (err) {
    if (err instanceof NotPlain || err instanceof UserError) return undefined;
    throw err;
  }
}

async function sampled(
  cells: PlainCells,
  start: number,
  end: number,
  cols: SalesColumnMap,
  env: { today: string; dates: DateOrder | undefined },
  sample: number,
): Promise<Guess> {
  const { bytes } = cells;
  const dates = new ByteDict(bytes);
  let scan = noScan();
  let from = start;
  for (let w = 0; w < SAMPLE_WINDOWS && from < end; w++) {
    const to = lineStartAfter(bytes, Math.min(end - 1, from + Math.floor(sample / SAMPLE_WINDOWS)), end);
    scan = await scanRange(cells, from, to, cols, Number.POSITIVE_INFINITY, dates, scan);
    // The next window: the line after the next 1/32 of the lines.
    from = Math.max(
      to,
      lineStartAfter(bytes, start + Math.floor(((end - start) * (w + 1)) / SAMPLE_WINDOWS), end),
    );
  }
  const concluded = concludeScan(scan.rows, cells, dates, scan.dateCount, scan.votes, cols, env);
  dates.release();
  freeNow(scan.dateIds);
  return { order: concluded.dateOrder, hints: hintsOf(concluded) };
}

/** Whether the whole file's conclusion is the guess the lines were read with. */
export function confirms(scan: SalesScan, guess: Guess): boolean {
  const hints = hintsOf(scan);
  return scan.dateOrder === guess.order && NUMERIC.every((f) => hints[f] === guess.hints[f]);
}

/**
 * The dates of the lines read with a guess, learnt as the read goes: each distinct date numbered,
 * parsed with the guessed order when first met, and counted; and the decimal separators the lines'
 * amount cells reveal — what the scan pass would have learnt (see scanRange).
 */
export class LearntDates {
  readonly dict: ByteDict;
  /** Per date id: its ISO text and day. */
  readonly iso: string[] = [];
  readonly day: number[] = [];
  /** Per date id: how many rows have that date. */
  readonly count: number[] = [];
  readonly votes: Record<NumericField, number[]> = { revenue: [], cost: [], margin: [] };
  private readonly cells: PlainCells;

  constructor(
    private readonly reader: PlainLines,
    private readonly cols: SalesColumnMap,
    private readonly order: DateOrder,
    private readonly today: string,
  ) {
    this.cells = reader.cells;
    this.dict = new ByteDict(reader.cells.bytes);
  }

  /** Reads on in the piece `bytes` of the file, which starts at `base` in it. */
  use(bytes: Uint8Array, base: number): void {
    this.dict.use(bytes, base);
  }

  /**
   * The date id of the row the reader just read (-1: no date), counted, with the separators its
   * amount cells reveal (the reader's parse tells them: as `vote`, without reading them again).
   */
  next(): number {
    const { reader, votes } = this;
    reveal(votes.revenue, reader.revenueSep);
    reveal(votes.cost, reader.costSep);
    reveal(votes.margin, reader.marginSep);
    const { starts, ends } = this.cells;
    const ds = starts[this.cols.date] as number;
    const de = ends[this.cols.date] as number;
    if (de <= ds) return -1;
    const id = this.dict.id(ds, de);
    if (id === this.iso.length) {
      const iso = this.parse(ds, de);
      this.iso.push(iso);
      this.day.push(dayOf(iso));
      this.count.push(0);
    }
    this.count[id] = (this.count[id] as number) + 1;
    return id;
  }

  /** The ISO text of the date cell `[s, e)` (of a line read before, by either thread). */
  isoAt(s: number, e: number): string {
    const id = this.dict.find(s, e);
    return id === -1 ? this.parse(s, e) : (this.iso[id] as string);
  }

  private parse(s: number, e: number): string {
    const iso = isoOfCell(this.cells, s, e, this.today, this.order);
    // A date the guessed order does not read: the guess is wrong, or the file is not plain (see parseDates).
    if (iso === undefined) throw new Misguessed();
    return iso;
  }

  release(): void {
    this.dict.release();
  }
}
