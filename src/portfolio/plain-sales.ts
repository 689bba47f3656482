import { isAscii } from 'node:buffer';
import { describeOptions } from '../core/options.ts';
import type { DateOrder } from '../core/values.ts';
import type { CsvStream } from '../import/csv-stream.ts';
import { ByteDict } from './byte-dict.ts';
import { freeNow } from './free-now.ts';
import type { LineKeys } from './key-set.ts';
import { bodyStart, type CellLimits, NL, NotPlain, notPlain, PlainCells, QUOTE } from './plain-cells.ts';
import { concludeScan, hintsOf, joinVotes, parseDates } from './plain-conclude.ts';
import { HalfFailed, SecondHalf } from './plain-half.ts';
import { remap, SecondHalfKeeper } from './plain-half-merge.ts';
import type { HalfExtra } from './plain-half-worker.ts';
import { PlainLines } from './plain-lines.ts';
import { LineNumbers } from './plain-numbers.ts';
import { BLOCK, breathe, type NumericField, type RangeScan, scanRange } from './plain-scan.ts';
import type { SalesColumnMap, SalesRead, SalesScan } from './read-sales.ts';
import { salesRowOptions } from './sales-fields.ts';
import type { SalesFileLines, SalesLineValues } from './sales-lines.ts';

/**
 * `/import sales` of a plain file read straight from its bytes: ASCII, no quote, every cell of the
 * mapped columns as the reader keeps it (no space to trim, no formula escape) and valid. Repeated
 * texts (dates, orders, customers, categories) are looked up by their bytes and become strings
 * once; amounts are read digit by digit. What it stores is what `readSales` + `SalesFileLines.add`
 * store, by construction: the same parsers decide each distinct text, the same keys are computed.
 * At the first cell it would read otherwise (a bad row, a quote, `1 234,50`…) it gives up and the
 * general reader reads the file, errors and all. 1M lines: ~8 s through the general reader.
 *
 * A big file is read in two halves at once, the second by a worker thread (see plain-half.ts),
 * and the halves joined in line order: the same records as one read of the whole file.
 */

/**
 * The share of the lines the main thread reads itself: less than half, as it also keeps the other
 * thread's lines, as that thread tells it has read them (see `halves`). The main thread's own read
 * took 0.92–1.3 s from run to run on 1M lines at 40 % (the worker's 1.14–1.24 s), and the keeping
 * left after the worker's read grew with it (94–290 ms); at 35 % the main thread is done with its
 * own lines earlier and keeps most of the worker's while it reads: 1910–2106 ms against 1974–2289
 * for 40 % in five alternating runs (32 %: 1897–2161).
 */
const FIRST_SHARE = 0.35;
/**
 * The share of the lines the main thread scans: more than it reads, as the other thread starts
 * some 70 ms after it (on 1M lines, 0.4 left it waiting 70–130 ms for the other thread's scan).
 */
const SCAN_SHARE = 0.5;
/** From this size a file is read in two halves (a worker thread costs some 50 ms to start). */
export const HALVES_FROM = 4 * 2 ** 20;

export interface PlainSales {
  scan: SalesScan;
  lines: SalesFileLines;
  read: SalesRead;
}

interface Env {
  today: string;
  dates: DateOrder | undefined;
  maxRows: number;
}

/** Bounds of the mapped options, as the general row reader takes them. */
function limitsOf(): CellLimits {
  return Object.fromEntries(
    describeOptions(salesRowOptions).map((o) => [
      o.name,
      {
        min: o.kind === 'text' ? 1 : o.kind === 'money' ? 0 : (o.min ?? -1e12),
        max: o.kind === 'text' ? (o.maxLength ?? 200) : (o.max ?? 1e12),
      },
    ]),
  );
}

/** How a big file is read in halves (tests set these; see HALVES_FROM and PIECE). */
export interface HalvesOptions {
  /** The size from which a file is read in two halves. */
  halvesFrom?: number;
  /** The size of the pieces the second half is sent to its thread in. */
  piece?: number;
}

/** Reads the file when it is plain, else undefined (nothing read is kept: the caller starts over). */
export async function readPlainSales(
  bytes: Uint8Array,
  csv: CsvStream,
  cols: SalesColumnMap,
  env: Env,
  makeLines: (rows: number) => SalesFileLines,
  firstLines: (line: number, v: SalesLineValues) => void,
  halves: HalvesOptions = {},
): Promise<PlainSales | undefined> {
  if (csv.encoding === 'utf-16le') return undefined;
  const delimiter = csv.delimiter.charCodeAt(0);
  const start = bodyStart(bytes, csv.hadBom ? 3 : 0, delimiter);
  if (start === -1) return undefined;
  const middle = secondHalfStart(bytes, start, halves.halvesFrom ?? HALVES_FROM);
  // This thread scans the second half's first lines too, while the other thread starts.
  let scanEnd = lineAfter(bytes, start, SCAN_SHARE);
  if (scanEnd < middle || scanEnd >= bytes.length) scanEnd = middle;
  // The worker thread starts before the file's checks below, which its start (~70 ms) overlaps.
  const half =
    middle === -1
      ? undefined
      : new SecondHalf(
          { delimiter, cells: csv.headers.length, limits: limitsOf(), cols, maxRows: env.maxRows },
          bytes.subarray(middle),
          halves.piece,
          scanEnd - middle,
        );
  try {
    if (bytes.indexOf(QUOTE, start) !== -1 || !isAscii(bytes.subarray(start))) return undefined;
    const cells = new PlainCells(bytes, delimiter, csv.headers.length, limitsOf());
    // Physical line (1-based) of the first line after the header: a plain line is one record.
    let firstLine = 1;
    for (let i = bytes.indexOf(NL); i !== -1 && i < start; i = bytes.indexOf(NL, i + 1)) firstLine++;
    const attempt = async (second: SecondHalf | undefined) => {
      const read = new Read(cells, cols, env, firstLine, makeLines);
      try {
        const got = second ? await read.halves(second, start, middle, scanEnd) : await read.whole(start);
        for (const [at, values] of read.first) firstLines(at, values);
        return got;
      } finally {
        await read.stop();
      }
    };
    try {
      return await attempt(half);
    } catch (err) {
      // No worker thread (it failed to start or threw): the same read on this thread alone.
      if (err instanceof HalfFailed) return await attempt(undefined);
      throw err;
    }
  } catch (err) {
    if (err instanceof NotPlain) return undefined;
    throw err;
  } finally {
    await half?.stop();
  }
}

/**
 * Where the second half of the lines after `start` begins: at the line after FIRST_SHARE of their
 * bytes; -1 when the file is read whole (under `halvesFrom` bytes, or that falls in the last line).
 */
export function secondHalfStart(bytes: Uint8Array, start: number, halvesFrom = 0): number {
  if (bytes.length - start < halvesFrom) return -1;
  const at = lineAfter(bytes, start, FIRST_SHARE);
  return at >= bytes.length ? -1 : at;
}

/** The start of the line after `share` of the bytes after `start` (the file's length when none). */
function lineAfter(bytes: Uint8Array, start: number, share: number): number {
  const nl = bytes.indexOf(NL, start + Math.floor((bytes.length - start) * share));
  return nl === -1 ? bytes.length : nl + 1;
}

class Read {
  /** The first five lines' values, told the caller once the whole file is read. */
  readonly first: [number, SalesLineValues][] = [];
  private half: SecondHalf | undefined;

  constructor(
    private readonly cells: PlainCells,
    private readonly cols: SalesColumnMap,
    private readonly env: Env,
    private readonly firstLine: number,
    private readonly makeLines: (rows: number) => SalesFileLines,
  ) {}

  async stop(): Promise<void> {
    await this.half?.stop();
    this.half = undefined;
  }

  /** Pass 1 and 2 over the whole file on this thread. */
  async whole(start: number): Promise<PlainSales> {
    const { cells, cols, env } = this;
    const dates = new ByteDict(cells.bytes);
    const range = await scanRange(cells, start, cells.bytes.length, cols, env.maxRows, dates);
    const scan = concludeScan(range.rows, cells, dates, range.dateCount, range.votes, cols, env);
    const lines = this.makeLines(scan.rows);
    const { iso, day } = parseDates(cells, dates, scan, env.today);
    const reader = new PlainLines(cells, cols, hintsOf(scan));
    const numbers = new LineNumbers(reader, lines);
    const r = await this.readRange(reader, numbers, lines.seen, start, cells.bytes.length, range, iso, day);
    numbers.release();
    reader.release();
    dates.release();
    freeNow(range.dateIds);
    return { scan, lines, read: { valid: r.valid, errors: [], errorCount: 0 } };
  }

  /**
   * The first half here, the second (from `middle`) in the worker thread of `half` at the same
   * time; joined in line order. This thread scans up to `scanEnd`, the worker from there.
   */
  async halves(half: SecondHalf, start: number, middle: number, scanEnd: number): Promise<PlainSales> {
    const { cells, cols, env } = this;
    const { bytes } = cells;
    this.half = half;
    const dates = new ByteDict(bytes);
    const mine = await scanRange(cells, start, middle, cols, env.maxRows, dates);
    const lead = await scanRange(cells, middle, scanEnd, cols, env.maxRows, dates);
    const theirs = await half.scanned();
    const dateOf = remap(theirs.dates, dates, middle);
    const dateCount = [...mine.dateCount];
    lead.dateCount.forEach((n, id) => {
      dateCount[id] = (dateCount[id] ?? 0) + n;
    });
    theirs.dateCount.forEach((n, id) => {
      const to = dateOf[id] as number;
      dateCount[to] = (dateCount[to] ?? 0) + n;
    });
    const secondRows = lead.rows + theirs.rows;
    const rows = mine.rows + secondRows;
    if (rows > env.maxRows) notPlain();
    const votes = { ...mine.votes };
    for (const f of Object.keys(votes) as NumericField[])
      votes[f] = joinVotes(joinVotes(mine.votes[f], lead.votes[f]), theirs.votes[f]);
    const scan = concludeScan(rows, cells, dates, dateCount, votes, cols, env);
    const { iso, day } = parseDates(cells, dates, scan, env.today);
    const hints = hintsOf(scan);
    const lines = this.makeLines(rows);
    const extra: HalfExtra = {
      name: new Int32Array(new SharedArrayBuffer(4 * secondRows)),
      rowKeyed: new Uint8Array(new SharedArrayBuffer(secondRows)),
    };
    half.read({
      iso,
      day: Int32Array.from(day),
      dateOf,
      lead: lead.dateIds.slice(0, lead.rows),
      hints,
      // The columns alone (shared memory, not copied), not the lines' other fields.
      into: lines.columns(),
      at: mine.rows,
      extra,
    });
    freeNow(lead.dateIds);
    const reader = new PlainLines(cells, cols, hints);
    const numbers = new LineNumbers(reader, lines);
    const r = await this.readRange(reader, numbers, lines.seen, start, middle, mine, iso, day);
    freeNow(mine.dateIds);
    // The second half's lines read so far, then each piece's as the thread reads it. A breath after
    // each: the thread's asks for pieces are answered then (kept words come without one).
    const keeper = new SecondHalfKeeper(extra, middle, mine.rows, reader, dates, iso, numbers, lines);
    let told = await half.lines();
    for (; told.kind === 'progress'; told = await half.lines()) {
      keeper.keep(told);
      await breathe();
    }
    await this.stop();
    for (const [at, values] of told.first)
      if (this.first.length < 5) this.first.push([this.firstLine + r.lines + at, values]);
    keeper.release();
    numbers.release();
    reader.release();
    dates.release();
    return { scan, lines, read: { valid: r.valid + told.rows, errors: [], errorCount: 0 } };
  }

  /** Pass 2 over the lines in `[from, to)`: each kept in `lines` when new (see LineNumbers). */
  private async readRange(
    reader: PlainLines,
    numbers: LineNumbers,
    seen: LineKeys,
    from: number,
    to: number,
    range: RangeScan,
    iso: readonly string[],
    day: readonly number[],
  ): Promise<{ valid: number; lines: number }> {
    let valid = 0;
    let line = 0;
    let row = 0;
    for (let i = from; i < to; ) {
      const next = reader.read(i);
      i = Math.abs(next);
      const rowLine = this.firstLine + line++;
      if (next < 0) continue;
      const did = range.dateIds[row++] as number;
      if (did === -1) notPlain();
      valid++;
      const text = iso[did] as string;
      if (this.first.length < 5) this.first.push([rowLine, reader.values(text)]);
      const key = reader.key(text, seen);
      numbers.keep(
        day[did] as number,
        reader.oid,
        reader.nid,
        reader.iid,
        reader.seg,
        reader.cat,
        reader.revenue,
        reader.cost,
        key,
      );
      if (valid % BLOCK === 0) await breathe();
    }
    return { valid, lines: line };
  }
}
