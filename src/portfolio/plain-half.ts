import { createRequire } from 'node:module';
import { pathToFileURL } from 'node:url';
import { Worker, type WorkerOptions } from 'node:worker_threads';
import { lineStartAfter, notPlain } from './plain-cells.ts';
import type {
  HalfLines,
  HalfMessage,
  HalfOrder,
  HalfPiece,
  HalfPlace,
  HalfProgress,
  HalfRead,
  HalfScanned,
  HalfStart,
  HalfTask,
} from './plain-half-worker.ts';

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

/**
 * The size of the pieces the half is sent in (whole lines, copied into one of SLOTS slots): small,
 * as the slots' memory is the import's until it ends. This thread answers the worker's asks between
 * blocks of its own lines (see BLOCK): five pieces ahead cover the worker's ~100 ms of reading
 * (measured with three on the loaded machine: the worker waited 440–680 ms for pieces).
 */
export const PIECE = 2 ** 20;
/**
 * The slots: one the worker reads, the others sent ahead. The first ones go with the order to read:
 * asked for, they came at this thread's first breath in its own lines, 120–135 ms after the order
 * (its first lines are its slowest).
 */
const SLOTS = 6;

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
  private readonly free = Array.from({ length: SLOTS }, (_, i) => i);
  /** The thread gave up on the half (its lines are not plain, or a guess could not read them). */
  gaveUp = false;

  /** Starts the thread, which waits for its task (`start`). */
  constructor(
    private readonly bytes: Uint8Array,
    private readonly piece = PIECE,
  ) {
    this.worker = startWorker({});
    this.worker.on('message', (m: HalfMessage) => {
      if (m.kind === 'more') {
        try {
          this.free.push(m.free);
          this.send();
        } catch (err) {
          this.fail(err);
        }
        return;
      }
      // Its last word: the thread's memory goes now, while this thread may still be reading.
      if (m.kind === 'lines' || m.kind === 'not-plain') void this.worker.terminate();
      if (m.kind === 'not-plain') this.gaveUp = true;
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

  /**
   * Gives the thread its task. A scan pass starts now, from `scanFrom` in the half (the main thread
   * scans the lines before it); a read with a guess, once told where its lines go (`place`).
   */
  start(task: HalfTask, scanFrom = 0): this {
    this.cursor = scanFrom;
    this.worker.postMessage({ kind: 'task', task } satisfies HalfStart);
    if (task.guess === undefined) this.sendAhead();
    return this;
  }

  /** The pieces of every slot but one, at the start of a pass. */
  private sendAhead(): void {
    for (let k = 1; k < SLOTS; k++) this.send();
  }

  /** The next piece: whole lines from the cursor, about `piece` bytes (none after the last). */
  private send(): void {
    const { bytes, cursor } = this;
    if (cursor >= bytes.length) return;
    const end = lineStartAfter(bytes, Math.min(cursor + this.piece, bytes.length - 1));
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

  /** Tells the thread reading with a guess where the half's lines go: it reads them then. */
  place(told: HalfPlace): void {
    this.worker.postMessage({ kind: 'place', ...told } satisfies HalfOrder);
    this.sendAhead();
  }

  /** Starts the read of the half's lines. */
  read(told: HalfRead): void {
    this.cursor = 0;
    this.free.splice(0, this.free.length, ...Array.from({ length: SLOTS }, (_, i) => i));
    this.worker.postMessage({ kind: 'read', ...told } satisfies HalfOrder);
    this.sendAhead();
  }

  /** The next word on the half's lines: some more read, or all of them. */
  async lines(): Promise<HalfProgress | HalfLines> {
    const m = await this.next();
    return m.kind === 'progress' || m.kind === 'lines' ? m : notPlain();
  }

  async stop(): Promise<void> {
    await this.worker.terminate();
  }
}
