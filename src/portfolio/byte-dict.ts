/**
 * The distinct texts of one column of a file, numbered from 0 in order of first appearance, looked
 * up by their bytes in the file (open addressing, FNV-1a): a cell costs a hash of its few bytes
 * and one compare, never a string. The file's bytes must stay unchanged while the dictionary lives.
 * A slot holds the id and the hash side by side, a text its start and length side by side: a
 * lookup in a table of 500k orders touches two places in memory, plus the text it compares.
 */
export class ByteDict {
  /** Per slot: id + 1 (0 when empty), then the text's hash. */
  private slots = new Int32Array(2 * 1024);
  /** Per id: start in the file, then length. */
  private texts = new Int32Array(2 * 256);
  size = 0;
  // Lines often repeat the cell of the line before (the lines of one order): checked first.
  private lastStart = 0;
  private lastLength = -1;
  private lastId = -1;

  constructor(private readonly bytes: Uint8Array) {}

  private same(a: number, b: number, len: number): boolean {
    const { bytes } = this;
    for (let k = 0; k < len; k++) if (bytes[a + k] !== bytes[b + k]) return false;
    return true;
  }

  /** The id of the text `bytes[start, end)`, numbered now when it is new (then `size` grows). */
  id(start: number, end: number): number {
    const len = end - start;
    if (len === this.lastLength && this.same(this.lastStart, start, len)) return this.lastId;
    const { bytes } = this;
    let h = 0x811c9dc5;
    for (let i = start; i < end; i++) h = Math.imul(h ^ (bytes[i] as number), 0x01000193);
    const { slots, texts } = this;
    const mask = (slots.length >> 1) - 1;
    let s = (h ^ (h >>> 15)) & mask;
    let id: number;
    for (;;) {
      const slot = slots[2 * s] as number;
      if (slot === 0) {
        id = this.insert(s, h, start, len);
        break;
      }
      if (slots[2 * s + 1] === h && texts[2 * (slot - 1) + 1] === len) {
        const at = texts[2 * (slot - 1)] as number;
        if (this.same(at, start, len)) {
          id = slot - 1;
          break;
        }
      }
      s = (s + 1) & mask;
    }
    this.lastStart = start;
    this.lastLength = len;
    this.lastId = id;
    return id;
  }

  /** Where the text of `id` is in the file (its first occurrence). */
  start(id: number): number {
    return this.texts[2 * id] as number;
  }

  end(id: number): number {
    return (this.texts[2 * id] as number) + (this.texts[2 * id + 1] as number);
  }

  private insert(slot: number, hash: number, start: number, len: number): number {
    const id = this.size++;
    if (2 * id === this.texts.length) {
      const grown = new Int32Array(this.texts.length * 2);
      grown.set(this.texts);
      this.texts = grown;
    }
    this.texts[2 * id] = start;
    this.texts[2 * id + 1] = len;
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
  }
}
