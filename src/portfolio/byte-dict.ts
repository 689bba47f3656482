import { freeNow, grown } from './free-now.ts';

const viewOf = (a: Uint8Array): DataView => new DataView(a.buffer, a.byteOffset, a.byteLength);

/**
 * The distinct texts of one column of a file, numbered from 0 in order of first appearance, looked
 * up by their bytes in the file (open addressing, FNV-1a over 4-byte words): a cell costs a hash of
 * its few bytes and one compare, never a string. Hashed and compared a word at a time (DataView
 * reads, which V8 inlines): the bench file's five text columns, 1M lines, looked up in 240–320 ms
 * against 340–390 ms a byte at a time. The dictionary keeps its texts' bytes: a file read in pieces
 * (see `use`) can drop a piece once read.
 * A slot holds the id and the hash side by side, a text its start and length side by side: a
 * lookup in a table of 500k orders touches two places in memory, plus the text it compares.
 */
export class ByteDict {
  /** Per slot: id + 1 (0 when empty), then the text's hash. */
  private slots: Int32Array;
  /** Per id: start in the file, length, start in `pool`. */
  private texts: Int32Array;
  /**
   * Each text's bytes again, one after the other: a lookup compares with these, close together,
   * rather than with its first occurrence somewhere in a 74 MB file (a cache miss a line).
   */
  private pool = new Uint8Array(1 << 12);
  private poolSize = 0;
  size = 0;
  // Lines often repeat the cell of the line before (the lines of one order): checked first.
  private lastStart = 0;
  private lastLength = -1;
  private lastId = -1;

  /** Where `bytes` starts in the file. */
  private base = 0;

  private view: DataView;
  private poolView: DataView;

  /**
   * `expected`: the texts it is likely to hold, room made for them now (a table grown 2× at a time
   * moves every text it holds: some 50 ms over the 500k orders of 1M lines).
   */
  constructor(
    private bytes: Uint8Array,
    expected = 0,
  ) {
    let slots = 1024;
    while (slots < 2 * expected) slots *= 2;
    this.slots = new Int32Array(2 * slots);
    this.texts = new Int32Array(3 * Math.max(256, expected));
    this.view = viewOf(bytes);
    this.poolView = viewOf(this.pool);
  }

  /** Reads on in the piece `bytes` of the file, which starts at `base` in it. */
  use(bytes: Uint8Array, base: number): void {
    this.bytes = bytes;
    this.view = viewOf(bytes);
    this.base = base;
    this.lastLength = -1;
  }

  /** The hash of `bytes[start, end)`. */
  private hash(start: number, end: number): number {
    const { view, bytes } = this;
    let h = 0x811c9dc5;
    let i = start;
    for (; i + 4 <= end; i += 4) h = Math.imul(h ^ view.getInt32(i, true), 0x01000193);
    for (; i < end; i++) h = Math.imul(h ^ (bytes[i] as number), 0x01000193);
    h ^= h >>> 16;
    return Math.imul(h, 0x85ebca6b);
  }

  private same(a: number, b: number, len: number): boolean {
    const { bytes, view } = this;
    let k = 0;
    for (; k + 4 <= len; k += 4) if (view.getInt32(a + k) !== view.getInt32(b + k)) return false;
    for (; k < len; k++) if (bytes[a + k] !== bytes[b + k]) return false;
    return true;
  }

  /** Whether the text of the slot `slot` (id + 1) is the `len` bytes at `at` in the file. */
  private holds(slot: number, at: number, len: number): boolean {
    const { bytes, pool, texts } = this;
    if (texts[3 * (slot - 1) + 1] !== len) return false;
    const p = texts[3 * (slot - 1) + 2] as number;
    const { view, poolView } = this;
    let k = 0;
    for (; k + 4 <= len; k += 4) if (poolView.getInt32(p + k) !== view.getInt32(at + k)) return false;
    for (; k < len; k++) if (pool[p + k] !== bytes[at + k]) return false;
    return true;
  }

  /** The id of the text `bytes[start, end)`, numbered now when it is new (then `size` grows). */
  id(start: number, end: number): number {
    const len = end - start;
    if (len === this.lastLength && this.same(this.lastStart, start, len)) return this.lastId;
    const h = this.hash(start, end);
    const { slots } = this;
    const mask = (slots.length >> 1) - 1;
    let s = (h ^ (h >>> 15)) & mask;
    let id: number;
    for (;;) {
      const slot = slots[2 * s] as number;
      if (slot === 0) {
        id = this.insert(s, h, start, len);
        break;
      }
      if (slots[2 * s + 1] === h && this.holds(slot, start, len)) {
        id = slot - 1;
        break;
      }
      s = (s + 1) & mask;
    }
    this.lastStart = start;
    this.lastLength = len;
    this.lastId = id;
    return id;
  }

  /** Gives back the dictionary's memory (now: see free-now.ts); it is not to be used after. */
  release(): void {
    freeNow(this.slots, this.texts, this.pool);
  }

  /** The id of the text `bytes[start, end)`, -1 when it has none (nothing numbered). */
  find(start: number, end: number): number {
    const len = end - start;
    const { slots } = this;
    const h = this.hash(start, end);
    const mask = (slots.length >> 1) - 1;
    for (let s = (h ^ (h >>> 15)) & mask; ; s = (s + 1) & mask) {
      const slot = slots[2 * s] as number;
      if (slot === 0) return -1;
      if (slots[2 * s + 1] === h && this.holds(slot, start, len)) return slot - 1;
    }
  }

  /** Where the text of `id` is in the file (its first occurrence, counted from the file's start). */
  start(id: number): number {
    return this.texts[3 * id] as number;
  }

  end(id: number): number {
    return (this.texts[3 * id] as number) + (this.texts[3 * id + 1] as number);
  }

  private insert(slot: number, hash: number, start: number, len: number): number {
    const id = this.size++;
    if (3 * id === this.texts.length) this.texts = grown(this.texts, this.texts.length);
    if (this.poolSize + len > this.pool.length) {
      this.pool = grown(this.pool, this.poolSize, this.poolSize + len);
      this.poolView = viewOf(this.pool);
    }
    const { pool, bytes, poolSize } = this;
    for (let k = 0; k < len; k++) pool[poolSize + k] = bytes[start + k] as number;
    this.texts[3 * id] = this.base + start;
    this.texts[3 * id + 1] = len;
    this.texts[3 * id + 2] = this.poolSize;
    this.poolSize += len;
    this.slots[2 * slot] = id + 1;
    this.slots[2 * slot + 1] = hash;
    if (this.size * 2 > this.slots.length >> 1) this.rehash();
    return id;
  }

  private rehash(): void {
    const old = this.slots;
    const slots = new Int32Array(old.length * 2);
    const mask = (slots.length >> 1) - 1;
    for (let s = 0; s < old.length; s += 2) {
      const slot = old[s] as number;
      if (slot === 0) continue;
      const h = old[s + 1] as number;
      let t = (h ^ (h >>> 15)) & mask;
      while (slots[2 * t] !== 0) t = (t + 1) & mask;
      slots[2 * t] = slot;
      slots[2 * t + 1] = h;
    }
    this.slots = slots;
    freeNow(old);
  }
}
