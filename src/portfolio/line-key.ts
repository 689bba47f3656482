import { Occurrences } from './key-set.ts';

/**
 * The key that makes re-importing a file add nothing twice: the file's row id with the order when
 * the file has one, otherwise the order and the line's content with its occurrence number in the
 * file (two identical lines of one order stay two lines). A 53-bit hash (cyrb53), stored as a
 * number: for 1M lines the chance that two different lines share a key is about 1 in 18,000.
 */
export function cyrb53(text: string, seed = 0): number {
  return cyrb53Joined([text], seed);
}

/** `cyrb53(parts.join('\u0001'))` without building the joined text (an import hashes 1M of them). */
export function cyrb53Joined(parts: readonly string[], seed = 0): number {
  let h1 = 0xdeadbeef ^ seed;
  let h2 = 0x41c6ce57 ^ seed;
  for (let p = 0; p < parts.length; p++) {
    if (p > 0) {
      h1 = Math.imul(h1 ^ 1, 2654435761);
      h2 = Math.imul(h2 ^ 1, 1597334677);
    }
    const text = parts[p] as string;
    for (let i = 0; i < text.length; i++) {
      const ch = text.charCodeAt(i);
      h1 = Math.imul(h1 ^ ch, 2654435761);
      h2 = Math.imul(h2 ^ ch, 1597334677);
    }
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507);
  h1 ^= Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507);
  h2 ^= Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return 4294967296 * (2097151 & h2) + (h1 >>> 0);
}

export interface LineIdentity {
  order: string;
  rowId?: string | undefined;
  date: string;
  customer: string;
  productCategory?: string | undefined;
  revenue: number;
  cost: number;
}

/** Keys of a file's lines, in file order (occurrence numbers count identical lines). */
export function lineKeys(lines: readonly LineIdentity[]): number[] {
  // Occurrences are counted by hash, not by text: 1M keys as numbers, not 1M long strings.
  const seen = new Occurrences();
  return lines.map((l) => lineKey(l, seen));
}

/** One line's key; `seen` counts the identical lines met so far in the same file. */
export function lineKey(l: LineIdentity, seen: { next(hash: number): number }): number {
  if (l.rowId !== undefined) return cyrb53Joined(['r', l.order, l.rowId]);
  const base = ['f', l.order, l.date, l.customer, l.productCategory ?? '', String(l.revenue), String(l.cost)];
  const h = cyrb53Joined(base);
  const k = seen.next(h);
  if (k === 1) return h;
  base.push(String(k));
  return cyrb53Joined(base);
}

/**
 * `cyrb53Joined` fed part by part, from strings or from the ASCII bytes of a file (a byte is then
 * the character's code): the plain-file import hashes 1M lines without building their texts.
 */
const DIGITS = new Uint8Array(24);
const CHARS = new Uint8Array(32);

export class Cyrb53Parts {
  private h1 = 0;
  private h2 = 0;
  private parts = 0;

  begin(): this {
    this.h1 = 0xdeadbeef;
    this.h2 = 0x41c6ce57;
    this.parts = 0;
    return this;
  }

  private next(): void {
    if (this.parts++ > 0) {
      this.h1 = Math.imul(this.h1 ^ 1, 2654435761);
      this.h2 = Math.imul(this.h2 ^ 1, 1597334677);
    }
  }

  text(text: string): this {
    this.next();
    let { h1, h2 } = this;
    for (let i = 0; i < text.length; i++) {
      const ch = text.charCodeAt(i);
      h1 = Math.imul(h1 ^ ch, 2654435761);
      h2 = Math.imul(h2 ^ ch, 1597334677);
    }
    this.h1 = h1;
    this.h2 = h2;
    return this;
  }

  bytes(bytes: Uint8Array, start: number, end: number): this {
    this.next();
    let { h1, h2 } = this;
    for (let i = start; i < end; i++) {
      const ch = bytes[i] as number;
      h1 = Math.imul(h1 ^ ch, 2654435761);
      h2 = Math.imul(h2 ^ ch, 1597334677);
    }
    this.h1 = h1;
    this.h2 = h2;
    return this;
  }

  /**
   * The part `String(int / 10 ** scale)`, for an integer of at most 15 digits: that double is the
   * nearest to the decimal, whose digits are then the shortest that read back as it, so the text
   * is the decimal's own (trailing zeros dropped); false, hashing nothing, where that text would
   * be in exponent notation (below 1e-6). Number-to-text costs ~0.5 µs a value; this, digits.
   */
  decimal(int: number, scale: number): boolean {
    let n = Math.abs(int);
    let sc = scale;
    while (sc > 0 && n % 10 === 0) {
      n /= 10;
      sc--;
    }
    if (n === 0) sc = 0;
    if (sc > 6 || n >= 1e15) return false;
    const digits = DIGITS;
    let len = 0;
    do {
      digits[len++] = 48 + (n % 10);
      n = Math.floor(n / 10);
    } while (n > 0);
    // The text's characters, then hashed in one loop (no closure a call: two calls a line).
    const out = CHARS;
    let m = 0;
    if (int < 0) out[m++] = 45;
    if (len <= sc) {
      out[m++] = 48;
      out[m++] = 46;
      for (let k = sc; k > len; k--) out[m++] = 48;
    }
    for (let k = len - 1; k >= 0; k--) {
      if (k === sc - 1 && len > sc) out[m++] = 46;
      out[m++] = digits[k] as number;
    }
    this.next();
    let { h1, h2 } = this;
    for (let i = 0; i < m; i++) {
      const ch = out[i] as number;
      h1 = Math.imul(h1 ^ ch, 2654435761);
      h2 = Math.imul(h2 ^ ch, 1597334677);
    }
    this.h1 = h1;
    this.h2 = h2;
    return true;
  }

  end(): number {
    let { h1, h2 } = this;
    h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507);
    h1 ^= Math.imul(h2 ^ (h2 >>> 13), 3266489909);
    h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507);
    h2 ^= Math.imul(h1 ^ (h1 >>> 13), 3266489909);
    return 4294967296 * (2097151 & h2) + (h1 >>> 0);
  }
}
