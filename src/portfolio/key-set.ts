/**
 * A set of 53-bit line keys in one Float64Array (open addressing): 1M keys cost 16–32 MB here
 * where a `Set<number>` of non-small integers costs about 60 MB and twice the time.
 */
const BITS = new Float64Array(1);
const HALVES = new Uint32Array(BITS.buffer);

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

  /** Empties the set and gives back its memory. */
  clear(): void {
    this.table = new Float64Array(1024);
    this.hasZero = false;
    this.count = 0;
  }

  private slot(key: number): number {
    const { table } = this;
    const mask = table.length - 1;
    // Both halves of the key's bits, mixed (keys are hashes already, but their low bits alone
    // repeat); read through a view, which costs less than a division and a modulo of doubles.
    BITS[0] = key;
    let i = Math.imul((HALVES[0] as number) ^ (HALVES[1] as number), 0x9e3779b1) & mask;
    for (let k = table[i] as number; k !== 0 && k !== key; k = table[i] as number) i = (i + 1) & mask;
    return i;
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
