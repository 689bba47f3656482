import { isAscii } from 'node:buffer';
import { describeOptions } from '../core/options.ts';
import type { DateOrder } from '../core/values.ts';
import type { CsvStream } from '../import/csv-stream.ts';
import { ByteDict } from './byte-dict.ts';
import { freeNow } from './free-now.ts';
import type { LineKeys } from './key-set.ts';
import {
  bodyStart,
  type CellLimits,
  lineStartAfter,
  NL,
  NotPlain,
  notPlain,
  PlainCells,
  QUOTE,
} from './plain-cells.ts';
import { concludeScan, hintsOf, joinVoteSets, parseDates } from './plain-conclude.ts';
import { confirms, type Guess, guessOf, LearntDates, Misguessed } from './plain-guess.ts';
import { HalfFailed, SecondHalf } from './plain-half.ts';
import { remap, SecondHalfKeeper } from './plain-half-merge.ts';
import type { HalfExtra, HalfLines, HalfTask } from './plain-half-worker.ts';
import { PlainLines } from './plain-lines.ts';
import { LineNumbers } from './plain-numbers.ts';
import { BLOCK, breathe, type DateSource, scannedDates, scanRange } from './plain-scan.ts';
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
 * and the halves joined in line order: the same records as one read of the whole file. It is read
 * in one pass with a guess of what its scan would conclude, checked at the end (plain-guess.ts);
 * a small one, and a big one whose guess was wrong, are scanned first, then read.
 */

/**
 * The share of the lines the main thread reads itself: less than half, as it also keeps the other
 * thread's lines, as that thread tells it has read them (see `halves`). Measured on 1M lines, six
 * alternating runs each, read in one pass (see `guessed`): 35 % 1704–2091 ms, 40 % 1783–2077 ms;
 * scanned first: 35 % 1910–2106 ms, 40 % 1974–2289 ms (32 %: 1897–2161). Since the other thread
 * gets its first pieces with the order to read (see SecondHalf), it starts ~120 ms sooner and the
 * main thread was the last to finish: 30 %, eighteen runs alternating with 35 % on the code before
 * (median 1800 vs 1875 ms).
 */
const FIRST_SHARE = 0.3;
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
  /** Bytes of lines sampled for the guess the file is read with in one pass (see plain-guess.ts). */
  sample?: number;
  /** Told how the file was read, when it was. */
  told?: (how: ReadHow) => void;
}

/**
 * How a plain file was read: in halves in one pass with a guess the file confirmed, in halves
 * scanned first (no guess, or a wrong one), or whole on this thread.
 */
export type ReadHow = 'one pass' | 'scanned' | 'scanned after a wrong guess' | 'whole';

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
  const limits = limitsOf();
  const cells = new PlainCells(bytes, delimiter, csv.headers.length, limits);
  const task: HalfTask = { delimiter, cells: csv.headers.length, limits, cols, maxRows: env.maxRows };
  // This thread scans the second half's first lines too, while the other thread starts.
  let scanEnd = lineAfter(bytes, start, SCAN_SHARE);
  if (scanEnd < middle || scanEnd >= bytes.length) scanEnd = middle;
  const newHalf = () => new SecondHalf(bytes.subarray(middle), halves.piece);
  // The worker thread starts first: its start (20–50 ms) overlaps the guess and the file's checks.
  let half = middle === -1 ? undefined : newHalf();
  try {
    // A big file is read in one pass when lines sampled over it tell what its scan would conclude.
    const guess =
      half === undefined ? undefined : await guessOf(cells, start, bytes.length, cols, env, halves.sample);
    const scanned = () => newHalf().start(task, scanEnd - middle);
    if (guess === undefined) half?.start(task, scanEnd - middle);
    else half?.start({ ...task, guess: { ...guess, today: env.today } });
    if (bytes.indexOf(QUOTE, start) !== -1 || !isAscii(bytes.subarray(start))) return undefined;
    // Physical line (1-based) of the first line after the header: a plain line is one record.
    let firstLine = 1;
    for (let i = bytes.indexOf(NL); i !== -1 && i < start; i = bytes.indexOf(NL, i + 1)) firstLine++;
    const attempt = async (second: SecondHalf | undefined, guessed?: Guess) => {
      const read = new Read(cells, cols, env, firstLine, makeLines);
      try {
        const got =
          second === undefined
            ? await read.whole(start)
            : guessed === undefined
              ? await read.halves(second, start, middle, scanEnd)
              : await read.guessed(second, start, middle, guessed);
        for (const [at, values] of read.first) firstLines(at, values);
        return got;
      } finally {
        await read.stop();
      }
    };
    let how: ReadHow = half === undefined ? 'whole' : guess === undefined ? 'scanned' : 'one pass';
    const read = async () => {
      if (half !== undefined && guess !== undefined) {
        try {
          return await attempt(half, guess);
        } catch (err) {
          if (!(err instanceof NotPlain || err instanceof Misguessed)) throw err;
          // The file does not confirm the guess, or a cell it could not read: read again, scanned first.
          await half.stop();
          half = scanned();
          how = 'scanned after a wrong guess';
        }
      }
      return await attempt(half);
    };
    try {
      const got = await read();
      halves.told?.(how);
      return got;
    } catch (err) {
      if (!(err instanceof HalfFailed)) throw err;
      // No worker thread (it failed to start or threw): the same read on this thread alone.
      const got = await attempt(undefined);
      halves.told?.('whole');
      return got;
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

/**
 * Adds another range's count of each of its date ids to `counts`, by the file's id (`dateOf`; the
 * same id when the range numbered its dates in the file's dictionary).
 */
function addCounts(counts: number[], theirs: readonly number[], dateOf?: Int32Array): void {
  theirs.forEach((n, id) => {
    const to = dateOf === undefined ? id : (dateOf[id] as number);
    counts[to] = (counts[to] ?? 0) + n;
  });
}

/** What the main thread needs of `rows` lines of the second half beyond the columns (shared memory). */
const halfExtra = (rows: number): HalfExtra => ({
  name: new Int32Array(new SharedArrayBuffer(4 * rows)),
  rowKeyed: new Uint8Array(new SharedArrayBuffer(rows)),
});

/** How many lines `[from, to)` holds (blank ones too: room for the rows it may hold). */
function linesIn(bytes: Uint8Array, from: number, to: number): number {
  let n = 0;
  let last = from;
  for (let i = bytes.indexOf(NL, from); i !== -1 && i < to; i = bytes.indexOf(NL, i + 1)) {
    n++;
    last = i + 1;
  }
  return last < to ? n + 1 : n;
}

/** The start of the line after `share` of the bytes after `start` (the file's length when none). */
function lineAfter(bytes: Uint8Array, start: number, share: number): number {
  return lineStartAfter(bytes, start + Math.floor((bytes.length - start) * share));
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
    const r = await this.readRange(
      reader,
      numbers,
      lines.seen,
      start,
      cells.bytes.length,
      scannedDates(range, iso, day),
    );
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
    addCounts(dateCount, lead.dateCount);
    addCounts(dateCount, theirs.dateCount, dateOf);
    const secondRows = lead.rows + theirs.rows;
    const rows = mine.rows + secondRows;
    if (rows > env.maxRows) notPlain();
    const votes = joinVoteSets(mine.votes, lead.votes, theirs.votes);
    const scan = concludeScan(rows, cells, dates, dateCount, votes, cols, env);
    const { iso, day } = parseDates(cells, dates, scan, env.today);
    const hints = hintsOf(scan);
    const lines = this.makeLines(rows);
    const extra = halfExtra(secondRows);
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
    const r = await this.readRange(reader, numbers, lines.seen, start, middle, scannedDates(mine, iso, day));
    freeNow(mine.dateIds);
    const isoAt = (s: number, e: number) => iso[dates.find(s, e)] as string;
    const keeper = new SecondHalfKeeper(extra, middle, mine.rows, reader, isoAt, numbers, lines);
    const told = await this.keepSecond(half, keeper, r.lines);
    numbers.release();
    reader.release();
    dates.release();
    return { scan, lines, read: { valid: r.valid + told.rows, errors: [], errorCount: 0 } };
  }

  /**
   * The whole file in one pass, with `guess` of what the scan would conclude (see plain-guess.ts):
   * the first half here, the second in the worker thread of `half`, which reads with the same guess,
   * joined in line order as `halves` joins them; then the guess checked against what the lines told
   * (Misguessed: the file is to be read again, scanned first).
   */
  async guessed(half: SecondHalf, start: number, middle: number, guess: Guess): Promise<PlainSales> {
    const { cells, cols, env } = this;
    const { bytes } = cells;
    this.half = half;
    // Room for every line (the rows are not counted before the read: a blank line is none); the
    // half's lines go after this thread's, which move down as they are kept.
    const mine = linesIn(bytes, start, middle);
    const theirs = linesIn(bytes, middle, bytes.length);
    const lines = this.makeLines(mine + theirs);
    const extra = halfExtra(theirs);
    half.place({ into: lines.columns(), at: mine, lines: theirs, extra });
    const reader = new PlainLines(cells, cols, guess.hints, mine);
    const dates = new LearntDates(reader, cols, guess.order, env.today);
    const numbers = new LineNumbers(reader, lines);
    const r = await this.readRange(reader, numbers, lines.seen, start, middle, dates);
    const isoAt = (s: number, e: number) => dates.isoAt(s, e);
    const keeper = new SecondHalfKeeper(extra, middle, mine, reader, isoAt, numbers, lines);
    const told = await this.keepSecond(half, keeper, r.lines);
    const { learnt } = told;
    if (learnt === undefined) throw new Error('plain-half-worker: read with a guess, told none');
    // The whole file's dates (this thread's, then the half's) and separators, as the scans would give them.
    const dateOf = remap(learnt.dates, dates.dict, middle);
    const dateCount = [...dates.count];
    addCounts(dateCount, learnt.dateCount, dateOf);
    const votes = joinVoteSets(dates.votes, learnt.votes);
    const rows = r.valid + told.rows;
    if (rows > env.maxRows) notPlain();
    const scan = concludeScan(rows, cells, dates.dict, dateCount, votes, cols, env);
    if (!confirms(scan, guess)) throw new Misguessed();
    numbers.release();
    reader.release();
    dates.release();
    return { scan, lines, read: { valid: rows, errors: [], errorCount: 0 } };
  }

  /**
   * Keeps the second half's lines read so far, then each piece's as the thread reads it (a breath
   * after each: the thread's asks for pieces are answered then); its last word, once the thread is
   * stopped. `before`: the lines of the first half.
   */
  private async keepSecond(half: SecondHalf, keeper: SecondHalfKeeper, before: number): Promise<HalfLines> {
    let told = await half.lines();
    for (; told.kind === 'progress'; told = await half.lines()) {
      keeper.keep(told);
      await breathe();
    }
    await this.stop();
    for (const [at, values] of told.first)
      if (this.first.length < 5) this.first.push([this.firstLine + before + at, values]);
    keeper.release();
    return told;
  }

  /** Pass 2 over the lines in `[from, to)`: each kept in `lines` when new (see LineNumbers). */
  private async readRange(
    reader: PlainLines,
    numbers: LineNumbers,
    seen: LineKeys,
    from: number,
    to: number,
    dates: DateSource,
  ): Promise<{ valid: number; lines: number }> {
    const { iso, day } = dates;
    let valid = 0;
    let line = 0;
    let row = 0;
    for (let i = from; i < to; ) {
      const next = reader.read(i);
      i = Math.abs(next);
      const rowLine = this.firstLine + line++;
      if (next < 0) continue;
      const did = dates.next(row++);
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
      if (valid % BLOCK === 0) {
        await breathe();
        // The other half gave up: so does the file's read (told now, not once these lines are read).
        if (this.half?.gaveUp) notPlain();
      }
    }
    return { valid, lines: line };
  }
}
