import { freeNow } from './free-now.ts';

/**
 * A set of 53-bit line keys in one Float64Array (open addressing): 1M keys cost 16–32 MB here
 * where a `Set<number>` of non-small integers costs about 60 MB and twice the time.
 */
const BITS = new Float64Array(1);
const HALVES = new Uint32Array(BITS.buffer);

/**
 * The slot of `key` (not 0) in an open-addressing `table` of a power-of-two length: where it is, or
 * the empty slot (0) it would take. Both halves of the key's bits, mixed (keys are hashes already,
 * but their low bits alone repeat); read through a view, which costs less than a division and a
 * modulo of doubles.
 */
function probe(table: Float64Array, key: number): number {
  const mask = table.length - 1;
  BITS[0] = key;
  let i = Math.imul((HALVES[0] as number) ^ (HALVES[1] as number), 0x9e3779b1) & mask;
  for (let k = table[i] as number; k !== 0 && k !== key; k = table[i] as number) i = (i + 1) & mask;
  return i;
}

export class KeySet {
  /** 0 marks an empty slot (one array: each probe is one cache miss, not two). */
  private table: Float64Array;
  private hasZero = false;
  private count = 0;

  constructor(expected = 1024) {
    let capacity = 1024;
    while (capacity < expected * 2) capacity *= 2;
    this.table = new Float64Array(capacity);
  }

  get size(): number {
    return this.count;
  }

  /** Empties the set and gives back its memory (now: see free-now.ts). */
  clear(): void {
    freeNow(this.table);
    this.table = new Float64Array(1024);
    this.hasZero = false;
    this.count = 0;
  }

  private slot(key: number): number {
    return probe(this.table, key);
  }

  has(key: number): boolean {
    return key === 0 ? this.hasZero : this.table[this.slot(key)] === key;
  }

  /** Adds `key`; false when it was there already. */
  add(key: number): boolean {
    if (key === 0) {
      if (this.hasZero) return false;
      this.hasZero = true;
      this.count++;
      return true;
    }
    const i = this.slot(key);
    if (this.table[i] === key) return false;
    this.table[i] = key;
    if (++this.count * 2 > this.table.length) this.grow();
    return true;
  }

  private grow(): void {
    const old = this.table;
    this.table = new Float64Array(old.length * 2);
    for (const key of old) if (key !== 0) this.table[this.slot(key)] = key;
  }
}

/** How many times each line content was met in a file: the first time costs a key, repeats a map entry. */
export class Occurrences {
  private readonly once: KeySet;
  private readonly repeated = new Map<number, number>();

  constructor(expected?: number) {
    this.once = new KeySet(expected);
  }

  clear(): void {
    this.once.clear();
    this.repeated.clear();
  }

  /** The occurrence number of `hash`, counting this one (1 the first time). */
  next(hash: number): number {
    if (this.once.add(hash)) return 1;
    const k = (this.repeated.get(hash) ?? 1) + 1;
    this.repeated.set(hash, k);
    return k;
  }
}

const KEY = 1;
const CONTENT = 2;

/**
 * An import's line keys and line contents in one table: a key stored or met (`fresh`) and a content
 * hash met in the file (`next`, with its count) share a slot, and a line whose content hash is its
 * key (its first occurrence: most lines) finds that slot once, not once in each of two sets.
 */
export class LineKeys {
  private table: Float64Array;
  /** Per slot: KEY and/or CONTENT. */
  private tags: Uint8Array;
  private zeroTags = 0;
  private used = 0;
  private readonly repeated = new Map<number, number>();
  /** The last value looked up and its slot (taken or where it goes): `fresh(h)` right after `next(h)` probes nothing. */
  private lastValue = Number.NaN;
  private lastSlot = -1;

  constructor(expected = 1024) {
    let capacity = 1024;
    while (capacity < expected * 2) capacity *= 2;
    this.table = new Float64Array(capacity);
    this.tags = new Uint8Array(capacity);
  }

  /** Empties the set and gives back its memory (now: see free-now.ts). */
  clear(): void {
    freeNow(this.table, this.tags);
    this.table = new Float64Array(1024);
    this.tags = new Uint8Array(1024);
    this.zeroTags = 0;
    this.used = 0;
    this.repeated.clear();
    this.lastValue = Number.NaN;
  }

  private slot(value: number): number {
    return probe(this.table, value);
  }

  /** The slot of a value other than 0, taken (with no tag yet) when the value is new. */
  private claim(value: number): number {
    let i = value === this.lastValue ? this.lastSlot : this.slot(value);
    if (this.table[i] !== value) {
      if ((this.used + 1) * 2 > this.table.length) {
        this.grow();
        i = this.slot(value);
      }
      this.table[i] = value;
      this.used++;
    }
    this.lastValue = value;
    this.lastSlot = i;
    return i;
  }

  private grow(): void {
    const { table, tags } = this;
    this.table = new Float64Array(table.length * 2);
    this.tags = new Uint8Array(table.length * 2);
    for (let s = 0; s < table.length; s++) {
      const v = table[s] as number;
      if (v === 0) continue;
      const i = this.slot(v);
      this.table[i] = v;
      this.tags[i] = tags[s] as number;
    }
    this.lastValue = Number.NaN;
  }

  /** Marks `key` as a line's key; false when it was stored or met before (the line is a duplicate). */
  fresh(key: number): boolean {
    if (key === 0) {
      if (this.zeroTags & KEY) return false;
      this.zeroTags |= KEY;
      return true;
    }
    const i = this.claim(key);
    const tag = this.tags[i] as number;
    if (tag & KEY) return false;
    this.tags[i] = tag | KEY;
    return true;
  }

  /** The occurrence number of the line content `hash` in the file, counting this one (1 the first time). */
  next(hash: number): number {
    let tag: number;
    if (hash === 0) {
      tag = this.zeroTags;
      this.zeroTags |= CONTENT;
    } else {
      const i = this.claim(hash);
      tag = this.tags[i] as number;
      this.tags[i] = tag | CONTENT;
    }
    if (!(tag & CONTENT)) return 1;
    const k = (this.repeated.get(hash) ?? 1) + 1;
    this.repeated.set(hash, k);
    return k;
  }

  /** How many times the line content `hash` was met so far (0: never). */
  count(hash: number): number {
    let tag = this.zeroTags;
    if (hash !== 0) {
      // Remembered: the line's `fresh(hash)` that often follows probes nothing.
      const i = this.slot(hash);
      this.lastValue = hash;
      this.lastSlot = i;
      tag = this.table[i] === hash ? (this.tags[i] as number) : 0;
    }
    return tag & CONTENT ? (this.repeated.get(hash) ?? 1) : 0;
  }
}
