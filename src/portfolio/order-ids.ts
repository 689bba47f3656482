import { grown } from './free-now.ts';
import { Labels } from './labels.ts';

/**
 * A file's order ids as bytes: the `k`-th (from 0) is the latin1 text of `bytes[start, ends[k])`,
 * where `start` is 0 for the first and the end of the one before for the others.
 */
export interface OrderIdBytes {
  readonly length: number;
  readonly bytes: Buffer;
  readonly ends: Int32Array;
}

const startOf = (refs: OrderIdBytes, k: number): number => (k === 0 ? 0 : (refs.ends[k - 1] as number));

/** A file's order ids by index: texts (the general reader's), or bytes (the plain reader's). */
export type OrderRefs = readonly string[] | OrderIdBytes;

const isBytes = (refs: OrderRefs): refs is OrderIdBytes => !Array.isArray(refs);

/** The `k`-th order id of `refs`. */
export function refAt(refs: OrderRefs, k: number): string {
  if (!isBytes(refs)) return refs[k] as string;
  return refs.bytes.toString('latin1', startOf(refs, k), refs.ends[k]);
}

/** The length in characters of the `k`-th order id. */
export const refLength = (refs: OrderRefs, k: number): number =>
  isBytes(refs) ? (refs.ends[k] as number) - startOf(refs, k) : (refs[k] as string).length;

/**
 * Copies the `k`-th order id into `out` at `to` as latin1 bytes; the index after it, or -1 when it
 * has a character past U+00FF (nothing to copy it as).
 */
export function copyRef(refs: OrderRefs, k: number, out: Uint8Array, to: number): number {
  let at = to;
  if (isBytes(refs)) {
    // Byte by byte: ids are a few bytes, where a view and a copy of each cost more.
    const { bytes } = refs;
    for (let j = startOf(refs, k), e = refs.ends[k] as number; j < e; j++) out[at++] = bytes[j] as number;
    return at;
  }
  const ref = refs[k] as string;
  for (let j = 0; j < ref.length; j++) {
    const c = ref.charCodeAt(j);
    if (c > 0xff) return -1;
    out[at++] = c;
  }
  return at;
}

/**
 * The orders of a file's new lines, numbered from 1 in order of appearance (see Labels): as texts
 * when the general reader numbers them, as bytes one after the other when the plain reader appends
 * them (see plain-numbers.ts). 500k ids as strings were 500k objects that lived through the whole
 * read: each young-generation collection of the read copied the new ones, and the import's later
 * full collections marked them all; as bytes they are two typed arrays, which no collector walks.
 */
export class OrderIds {
  private readonly texts = new Labels();
  private pool = new Uint8Array(1 << 12);
  /** Where each id in bytes ends in `pool` (it starts where the one before ends). */
  private ends = new Int32Array(1 << 10);
  private count = 0;
  private used = 0;
  private decoded: string[] | undefined;

  /** The number of ids. */
  get length(): number {
    return this.count + this.texts.list.length;
  }

  /** The ids as texts (made once when they are bytes: the caller pays 500k strings). */
  get list(): readonly string[] {
    if (this.count === 0) return this.texts.list;
    if (this.decoded?.length !== this.count) {
      const refs = this.refs();
      this.decoded = Array.from({ length: this.count }, (_, k) => refAt(refs, k));
    }
    return this.decoded;
  }

  /** The ids, in whichever form they are kept. */
  refs(): OrderRefs {
    if (this.count === 0) return this.texts.list;
    const { pool } = this;
    return {
      length: this.count,
      bytes: Buffer.from(pool.buffer, pool.byteOffset, this.used),
      ends: this.ends,
    };
  }

  /** The number of the order id `label`, numbered now when it is new (see Labels.id). */
  id(label: string): number {
    if (this.count > 0) throw new Error('order ids: kept as bytes');
    return this.texts.id(label);
  }

  /** Numbers an id the caller knows is new (see Labels.append). */
  append(label: string): number {
    if (this.count > 0) throw new Error('order ids: kept as bytes');
    return this.texts.append(label);
  }

  /** Numbers the id `from[start, end)` (latin1), which the caller knows is new: no lookup. */
  appendBytes(from: Uint8Array, start: number, end: number): number {
    if (this.texts.list.length > 0) throw new Error('order ids: kept as texts');
    const len = end - start;
    if (this.used + len > this.pool.length) this.pool = grown(this.pool, this.used, this.used + len);
    if (this.count === this.ends.length) this.ends = grown(this.ends, this.ends.length);
    const { pool } = this;
    for (let j = start, at = this.used; j < end; j++) pool[at++] = from[j] as number;
    this.used += len;
    this.ends[this.count] = this.used;
    this.decoded = undefined;
    return ++this.count;
  }

  seal(): void {
    this.texts.seal();
  }
}
