import { createRequire } from 'node:module';
import { pathToFileURL } from 'node:url';
import { Worker, type WorkerOptions } from 'node:worker_threads';
import { normalizeKey } from '../core/values/parsed.ts';
import type { ByteDict } from './byte-dict.ts';
import { oneLine } from './one-line.ts';
import { notPlain } from './plain-cells.ts';
import type {
  HalfLines,
  HalfMessage,
  HalfOrder,
  HalfPiece,
  HalfRead,
  HalfScanned,
  HalfTask,
  Texts,
} from './plain-half-worker.ts';
import type { PlainLines, TextColumn } from './plain-lines.ts';
import type { LineNumbers } from './plain-numbers.ts';
import type { SalesFileLines } from './sales-lines.ts';

/**
 * The worker next to this file: once bundled, the bundle beside it; under tsx and vitest, the `.ts`
 * file, imported once tsx's loader is registered in the thread (`--import tsx` in a worker's
 * execArgv did not make it load `.ts` files: "Unknown file extension").
 */
function startWorker(options: WorkerOptions): Worker {
  const typescript = new URL(import.meta.url).pathname.endsWith('.ts');
  if (!typescript) return new Worker(new URL('./plain-half-worker.js', import.meta.url), options);
  const file = new URL('./plain-half-worker.ts', import.meta.url).href;
  // tsx's ESM API beside its loader (resolved by require, 'tsx/esm/api' would give the CommonJS one).
  const api = new URL('esm/api/index.mjs', pathToFileURL(createRequire(import.meta.url).resolve('tsx'))).href;
  const boot = `import(${JSON.stringify(api)}).then((tsx) => { tsx.register(); return import(${JSON.stringify(file)}); })`;
  return new Worker(boot, { ...options, eval: true });
}

/** The worker thread failed (could not start, or threw): the main thread reads the file alone. */
export class HalfFailed extends Error {}

/** The size of the pieces the half is sent in (whole lines; a piece is a copy). */
export const PIECE = 4 * 2 ** 20;

/**
 * The second half of a file, read by a worker thread, which asks for it a piece at a time (the
 * caller's bytes stay as they are). `stop()` ends the thread whatever it is doing.
 */
export class SecondHalf {
  private readonly worker: Worker;
  private readonly queue: HalfMessage[] = [];
  private waiting: { resolve: (m: HalfMessage) => void; reject: (e: unknown) => void } | undefined;
  private failure: unknown;
  /** Where the next piece starts. */
  private cursor = 0;
  /** Shared memory the pieces go through, and the slots the worker is not reading. */
  private readonly slots: SharedArrayBuffer[] = [];
  private readonly free: number[] = [0, 1, 2];

  constructor(
    task: HalfTask,
    private readonly bytes: Uint8Array,
    private readonly piece = PIECE,
  ) {
    this.worker = startWorker({ workerData: task satisfies HalfTask });
    this.worker.on('message', (m: HalfMessage) => {
      if (m.kind === 'more') {
        try {
          if (m.free !== -1) this.free.push(m.free);
          this.send();
        } catch (err) {
          this.fail(err);
        }
        return;
      }
      if (this.waiting) this.waiting.resolve(m);
      else this.queue.push(m);
      this.waiting = undefined;
    });
    this.worker.on('error', (err) => this.fail(err));
    this.worker.on('exit', (code) => this.fail(new Error(`plain-half-worker: exited (${code})`)));
  }

  private fail(cause: unknown): void {
    const err = new HalfFailed('plain-half-worker failed', { cause });
    this.failure ??= err;
    this.waiting?.reject(err);
    this.waiting = undefined;
  }

  /** The next piece: whole lines from the cursor, about `piece` bytes (none after the last). */
  private send(): void {
    const { bytes, cursor } = this;
    if (cursor >= bytes.length) return;
    const nl = bytes.indexOf(10, Math.min(cursor + this.piece, bytes.length - 1));
    const end = nl === -1 ? bytes.length : nl + 1;
    const slot = this.free.pop();
    if (slot === undefined) throw new Error('plain-half: no free slot');
    let memory = this.slots[slot];
    if (memory === undefined || memory.byteLength < end - cursor) {
      memory = new SharedArrayBuffer(Math.max(end - cursor, this.piece + 4096));
      this.slots[slot] = memory;
    }
    new Uint8Array(memory).set(bytes.subarray(cursor, end));
    this.cursor = end;
    const last = end >= bytes.length;
    this.worker.postMessage({
      kind: 'piece',
      slot,
      memory,
      length: end - cursor,
      base: cursor,
      last,
    } satisfies HalfPiece);
  }

  private next(): Promise<HalfMessage> {
    const m = this.queue.shift();
    if (m) return Promise.resolve(m);
    if (this.failure !== undefined) return Promise.reject(this.failure);
    return new Promise((resolve, reject) => {
      this.waiting = { resolve, reject };
    });
  }

  /** The half's scan; NotPlain when the worker gave up. */
  async scanned(): Promise<HalfScanned> {
    const m = await this.next();
    return m.kind === 'scanned' ? m : notPlain();
  }

  /** Starts the read of the half's lines. */
  read(told: HalfRead): void {
    this.cursor = 0;
    this.free.splice(0, this.free.length, 0, 1, 2);
    this.worker.postMessage({ kind: 'read', ...told } satisfies HalfOrder);
  }

  async lines(): Promise<HalfLines> {
    const m = await this.next();
    return m.kind === 'lines' ? m : notPlain();
  }

  async stop(): Promise<void> {
    await this.worker.terminate();
  }
}

/** Each text of a half's dictionary looked up (numbered when new) in the same column of the file's. */
export function remap(
  texts: Texts,
  dict: { id(start: number, end: number): number },
  base: number,
): Int32Array {
  const out = new Int32Array(texts.length / 2);
  for (let id = 0; id < out.length; id++) {
    const start = base + (texts[2 * id] as number);
    out[id] = dict.id(start, start + (texts[2 * id + 1] as number));
  }
  return out;
}

/** Each text of a half's column adopted by the file's column (see TextColumn.adopt). */
function adopt(
  texts: Texts,
  column: TextColumn,
  reader: PlainLines,
  base: number,
  then?: (id: number) => void,
) {
  const out = new Int32Array(texts.length / 2);
  for (let id = 0; id < out.length; id++) {
    const start = base + (texts[2 * id] as number);
    out[id] = column.adopt(reader.cells, start, start + (texts[2 * id + 1] as number));
    then?.(out[id] as number);
  }
  return out;
}

/**
 * Keeps the second half's lines after the first half's, as reading the whole file in one go would:
 * in line order, each numbered in the file's dictionaries; a line whose content the file met before
 * (in either half) is its k-th occurrence, and its key is hashed again from its bytes (`rekey`).
 * The half's lines are in `lines` from `at` on (see HalfLines); kept ones move down to `lines.length`.
 */
export function keepSecondHalf(
  half: HalfLines,
  base: number,
  at: number,
  reader: PlainLines,
  dates: ByteDict,
  iso: readonly string[],
  numbers: LineNumbers,
  lines: SalesFileLines,
): void {
  const orderOf = adopt(half.orders, reader.orders, reader, base);
  const nameOf = adopt(half.names, reader.names, reader, base, (id) => {
    if (id === reader.nameRef.length)
      reader.nameRef.push(oneLine(normalizeKey(reader.names.texts[id] as string)));
  });
  const idOf = adopt(half.ids, reader.ids, reader, base);
  const segmentOf = adopt(half.segments, reader.segments, reader, base);
  const categoryOf = adopt(half.categories, reader.categories, reader, base);
  // The half's rows one after the other, for the rare key hashed again (blank lines are no row).
  let row = -1;
  let cursor = base;
  const rekey = (j: number, k: number): number => {
    for (;;) {
      const start = cursor;
      const next = reader.cells.split(start);
      cursor = Math.abs(next);
      if (next < 0 || ++row < j) continue;
      const [s, e] = reader.dateCell();
      return reader.rekey(start, iso[dates.find(s, e)] as string, k);
    }
  };
  const seen = lines.seen;
  for (let j = 0; j < half.rows; j++) {
    const from = at + j;
    let key = lines.key[from] as number;
    if (half.rowKeyed[j] === 0) {
      // The line's content as counted in the whole file: its key is the hash of its first occurrence.
      const k = seen.next(key);
      if (k > 1) key = rekey(j, k);
    }
    const id = lines.customer[from] as number;
    const segment = lines.segment[from] as number;
    const category = lines.category[from] as number;
    numbers.keep(
      lines.day[from] as number,
      orderOf[lines.order[from] as number] as number,
      nameOf[half.name[j] as number] as number,
      id === -1 ? -1 : (idOf[id] as number),
      segment === -1 ? -1 : (segmentOf[segment] as number),
      category === -1 ? -1 : (categoryOf[category] as number),
      lines.revenue[from] as number,
      lines.cost[from] as number,
      key,
    );
  }
}
