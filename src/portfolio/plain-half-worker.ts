import { type MessagePort, parentPort } from 'node:worker_threads';
import { ByteDict } from './byte-dict.ts';
import { type CellLimits, NotPlain, notPlain, PlainCells } from './plain-cells.ts';
import { type Guess, LearntDates, Misguessed } from './plain-guess.ts';
import { type DecimalHints, PlainLines } from './plain-lines.ts';
import { type DateSource, noScan, type RangeScan, scanRange } from './plain-scan.ts';
import type { SalesColumnMap } from './read-sales.ts';
import type { LineColumns, SalesLineValues } from './sales-lines.ts';

/**
 * The worker thread that reads the second half of a big plain sales file (see plain-half.ts) while
 * the main thread reads the first: the scan of its lines after those the main thread scans, then
 * — told the whole file's date order, dates and decimal separators — each line of the half with ids
 * in its own dictionaries and its key counted in its half, told piece by piece (HalfProgress) so
 * that the main thread keeps the lines while this one reads on. Given a guess of the file's date
 * order and separators (see plain-guess.ts), it reads the half in one pass, no scan: each date parsed
 * when first met, and the dates with their counts and the separators met told at the end.
 * The half comes in pieces of whole lines, asked for as it goes (once a pass), through a
 * few slots of shared memory used over and over: a copy of the whole half, or a new buffer a piece,
 * would weigh on the import's peak memory.
 */

export interface HalfTask {
  delimiter: number;
  cells: number;
  limits: CellLimits;
  cols: SalesColumnMap;
  maxRows: number;
  /** The half read in one pass with this guess, no scan (see plain-guess.ts). */
  guess?: Guess & { today: string };
}

/** Where each text of a dictionary is in the half: start, then length, per id. */
export type Texts = Int32Array;

export type HalfScanned = { kind: 'scanned'; dates: Texts } & Omit<RangeScan, 'dateIds'>;

/** Where the half's lines go. */
export interface HalfPlace {
  /**
   * The file's line columns (shared memory): the half's lines go from `at` on, its ids its own
   * (`customer` gets the line's customer id, -1: none).
   */
  into: LineColumns;
  at: number;
  /** How many lines the half holds, blank ones too (0: not counted). */
  lines?: number;
  /** Per line of the half (shared memory): what the file's columns do not hold. */
  extra: HalfExtra;
}

/** The read's inputs the main thread concludes from the scans, and where it goes. */
export interface HalfRead extends HalfPlace {
  /** Per date id of the file's dictionary: its ISO text and day. */
  iso: string[];
  day: Int32Array;
  /** The file's date id of each date id of the half's scan. */
  dateOf: Int32Array;
  /**
   * The file's date id of each of the half's first rows, which the main thread scanned (-1: no
   * date): the half's own scan starts after them (see SecondHalf).
   */
  lead: Int32Array;
  hints: DecimalHints;
}

/** What the main thread needs of each of the half's lines beyond the file's columns. */
export interface HalfExtra {
  /** Each line's customer name id. */
  name: Int32Array;
  /**
   * 1 where the line's key is its row id's; elsewhere its `key` is its content's hash, as if met
   * for the first time: the main thread counts the identical lines of the whole file.
   */
  rowKeyed: Uint8Array;
}

/**
 * The half's lines read so far (`rows` of them, in the shared columns), told after each piece so
 * that the main thread keeps them while the thread reads on: the texts its dictionaries met since
 * the last word, each numbered after those.
 */
export interface HalfProgress {
  kind: 'progress';
  rows: number;
  orders: Texts;
  names: Texts;
  ids: Texts;
  segments: Texts;
  categories: Texts;
}

/** The half is read (its last progress told before). */
export interface HalfLines {
  kind: 'lines';
  rows: number;
  /** The first five lines' values, with their line number counted from the half's first (0). */
  first: [number, SalesLineValues][];
  /** Read with a guess: what the half's lines told of it (see LearntDates). */
  learnt?: HalfLearnt;
}

/** The dates of a half read with a guess, with their counts, and its amount cells' separators. */
export type HalfLearnt = { dates: Texts; dateCount: number[] } & Pick<RangeScan, 'votes'>;

/** A piece of the half (whole lines), in the slot `slot` of shared memory; it starts at `base` in the half. */
export interface HalfPiece {
  kind: 'piece';
  slot: number;
  memory: SharedArrayBuffer;
  length: number;
  base: number;
  last: boolean;
}

/** From the worker: `more` asks for the next piece of the half, giving back the slot it is done with. */
export type HalfMessage =
  | HalfScanned
  | HalfProgress
  | HalfLines
  | { kind: 'not-plain' }
  | { kind: 'more'; free: number };
/** To the worker: its task first (the thread starts before the main thread knows it, see SecondHalf), then these. */
export type HalfOrder = HalfPiece | ({ kind: 'read' } & HalfRead) | ({ kind: 'place' } & HalfPlace);
export interface HalfStart {
  kind: 'task';
  task: HalfTask;
}

/** Where each text of `dict` from the id `from` on is in the half: start, then length. */
const textsOf = (dict: ByteDict, from = 0): Texts => {
  const out = new Int32Array(2 * (dict.size - from));
  for (let id = from; id < dict.size; id++) {
    out[2 * (id - from)] = dict.start(id);
    out[2 * (id - from) + 1] = dict.end(id) - dict.start(id);
  }
  return out;
};

/** The worker's side of the port: pieces asked for ahead, and the order to read. */
class Inbox {
  private readonly pieces: HalfPiece[] = [];
  private wake: (() => void) | undefined;
  private told: HalfRead | HalfPlace | undefined;
  /** Where the piece `pass` gave last starts in the half. */
  base = 0;

  constructor(private readonly port: MessagePort) {
    port.on('message', (m: HalfOrder) => {
      if (m.kind === 'piece') this.pieces.push(m);
      else this.told = m;
      this.wake?.();
      this.wake = undefined;
    });
  }

  private until(ready: () => boolean): Promise<void> {
    return ready()
      ? Promise.resolve()
      : new Promise<void>((resolve) => (this.wake = resolve)).then(() => this.until(ready));
  }

  /**
   * One pass over the half, a piece at a time: the main thread sends the first ones with the order
   * to read (or the task, for the scan), and one more each time a slot is given back.
   */
  async *pass(): AsyncGenerator<Uint8Array> {
    const ask = (free: number) => this.port.postMessage({ kind: 'more', free } satisfies HalfMessage);
    for (;;) {
      await this.until(() => this.pieces.length > 0);
      const piece = this.pieces.shift() as HalfPiece;
      this.base = piece.base;
      yield new Uint8Array(piece.memory, 0, piece.length);
      if (piece.last) return;
      ask(piece.slot);
    }
  }

  async read<T extends HalfRead | HalfPlace>(): Promise<T> {
    await this.until(() => this.told !== undefined);
    return this.told as T;
  }
}

/**
 * One pass over the half: each line read into its place, the thread's dictionaries' new texts told
 * after each piece. The half's rows and first lines' values.
 */
async function readLines(
  inbox: Inbox,
  port: MessagePort,
  reader: PlainLines,
  dates: DateSource & { use?(bytes: Uint8Array, base: number): void },
  place: HalfPlace,
): Promise<{ rows: number; first: [number, SalesLineValues][] }> {
  const { into, at } = place;
  const { name, rowKeyed } = place.extra;
  const columns = [reader.orders, reader.names, reader.ids, reader.segments, reader.categories];
  // The texts told the main thread so far, per column.
  const told = columns.map(() => 0);
  const first: [number, SalesLineValues][] = [];
  let line = 0;
  let row = 0;
  for await (const bytes of inbox.pass()) {
    reader.use(bytes, inbox.base);
    dates.use?.(bytes, inbox.base);
    for (let i = 0; i < bytes.length; ) {
      const next = reader.read(i);
      i = Math.abs(next);
      const rowLine = line++;
      if (next < 0) continue;
      const did = dates.next(row);
      if (did === -1) notPlain();
      const text = dates.iso[did] as string;
      if (first.length < 5) first.push([rowLine, reader.values(text)]);
      const key = reader.key(text);
      const to = at + row;
      into.day[to] = dates.day[did] as number;
      into.order[to] = reader.oid;
      into.customer[to] = reader.iid;
      into.segment[to] = reader.seg;
      into.category[to] = reader.cat;
      into.revenue[to] = reader.revenue;
      into.cost[to] = reader.cost;
      into.key[to] = key;
      name[row] = reader.nid;
      rowKeyed[row] = reader.k === 0 ? 1 : 0;
      row++;
    }
    const [orders, names, ids, segments, categories] = columns.map((c, k) => {
      const texts = textsOf(c.dict, told[k]);
      told[k] = c.dict.size;
      return texts;
    }) as [Texts, Texts, Texts, Texts, Texts];
    const progress: HalfProgress = { kind: 'progress', rows: row, orders, names, ids, segments, categories };
    port.postMessage(
      progress,
      [orders, names, ids, segments, categories].map((a) => a.buffer as ArrayBuffer),
    );
  }
  return { rows: row, first };
}

/** The half read in one pass with the main thread's guess: its dates learnt as it goes (see plain-guess.ts). */
async function readGuessed(task: HalfTask, guess: NonNullable<HalfTask['guess']>, port: MessagePort) {
  const inbox = new Inbox(port);
  const cells = new PlainCells(new Uint8Array(0), task.delimiter, task.cells, task.limits);
  const place = await inbox.read<HalfPlace>();
  const reader = new PlainLines(cells, task.cols, guess.hints, place.lines);
  const dates = new LearntDates(reader, task.cols, guess.order, guess.today);
  const { rows, first } = await readLines(inbox, port, reader, dates, place);
  const learnt: HalfLearnt = { dates: textsOf(dates.dict), dateCount: dates.count, votes: dates.votes };
  port.postMessage({ kind: 'lines', rows, first, learnt } satisfies HalfLines);
}

async function readHalf(task: HalfTask, port: MessagePort): Promise<void> {
  const { cols } = task;
  const inbox = new Inbox(port);
  const none = new Uint8Array(0);
  const cells = new PlainCells(none, task.delimiter, task.cells, task.limits);
  const dateDict = new ByteDict(none);
  let scan = noScan();
  for await (const bytes of inbox.pass()) {
    cells.use(bytes);
    dateDict.use(bytes, inbox.base);
    scan = await scanRange(cells, 0, bytes.length, cols, task.maxRows, dateDict, scan);
  }
  const scanned: HalfScanned = {
    kind: 'scanned',
    rows: scan.rows,
    dateCount: scan.dateCount,
    votes: scan.votes,
    dates: textsOf(dateDict),
  };
  port.postMessage(scanned);
  const told = await inbox.read<HalfRead>();
  const { iso, day, dateOf, lead } = told;
  const reader = new PlainLines(cells, cols, told.hints);
  // The half's first rows were scanned by the main thread (their ids in `lead`), the others here.
  const dates: DateSource = {
    next(row) {
      if (row < lead.length) return lead[row] as number;
      const own = scan.dateIds[row - lead.length] as number;
      return own === -1 ? -1 : (dateOf[own] as number);
    },
    iso,
    day,
  };
  const { rows, first } = await readLines(inbox, port, reader, dates, told);
  port.postMessage({ kind: 'lines', rows, first } satisfies HalfLines);
}

if (parentPort) {
  const port = parentPort;
  // The orders after the task are the inbox's: it listens from the task on (see Inbox).
  port.once('message', ({ task }: HalfStart) => {
    (task.guess ? readGuessed(task, task.guess, port) : readHalf(task, port)).catch((err: unknown) => {
      // Under a guess, a cell the guess cannot read is for the main thread to judge (see plain-guess.ts).
      if (!(err instanceof NotPlain || err instanceof Misguessed)) throw err;
      port.postMessage({ kind: 'not-plain' } satisfies HalfMessage);
    });
  });
}
