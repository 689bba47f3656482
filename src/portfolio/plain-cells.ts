/**
 * The cells of a plain sales file read from its bytes (see plain-sales.ts): one line split at a
 * time, its texts and amounts checked as the general reader would take them. At the first cell it
 * would read otherwise it throws `NotPlain`, and the general reader reads the file.
 */

export const NL = 10;
const CR = 13;
const SPACE = 32;
export const QUOTE = 34;
export const APOSTROPHE = 39;
export const POW10 = Array.from({ length: 23 }, (_, k) => 10 ** k);

/** The start of the line after the one `i` is in: `end` when that line ends at or after `end`. */
export function lineStartAfter(bytes: Uint8Array, i: number, end = bytes.length): number {
  const nl = bytes.indexOf(NL, i);
  return nl === -1 || nl >= end ? end : nl + 1;
}

/** Gave up: the general reader takes the file. */
export class NotPlain extends Error {}
export const notPlain = (): never => {
  throw new NotPlain();
};

/** Bounds of the mapped options, as the general row reader takes them (see `limitsOf`). */
export type CellLimits = Record<string, { min: number; max: number }>;

/**
 * Where the lines after the header start (the header: the first line with a cell that is not
 * blank), or -1 when the header line has a quoted line end.
 */
export function bodyStart(bytes: Uint8Array, from: number, delimiter: number): number {
  let i = from;
  for (;;) {
    let nl = bytes.indexOf(NL, i);
    if (nl === -1) nl = bytes.length;
    let blank = true;
    for (let k = i; k < nl && blank; k++) {
      const b = bytes[k];
      blank = b === SPACE || b === CR || b === 9 || b === delimiter;
    }
    if (!blank) {
      let quotes = 0;
      for (let k = i; k < nl; k++) if (bytes[k] === QUOTE) quotes++;
      return quotes % 2 === 0 ? Math.min(nl + 1, bytes.length) : -1;
    }
    if (nl >= bytes.length) return -1;
    i = nl + 1;
  }
}

export class PlainCells {
  readonly starts: Int32Array;
  readonly ends: Int32Array;
  private buf: Buffer;
  /** The last `number` cell as an integer of its digits (signed) and its count of decimals. */
  int = 0;
  scale = 0;
  /** The decimal separator the last `number` cell reveals, as `vote` tells it (0: none). */
  revealed = 0;

  constructor(
    public bytes: Uint8Array,
    private readonly delimiter: number,
    private readonly cells: number,
    private readonly limits: CellLimits,
  ) {
    this.starts = new Int32Array(cells);
    this.ends = new Int32Array(cells);
    this.buf = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  }

  /** Reads on in another piece of the file (whole lines). */
  use(bytes: Uint8Array): void {
    this.bytes = bytes;
    this.buf = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  }

  /** Splits the line at `i` into `starts`/`ends`; the index after it, negated when the line is blank. */
  split(i: number): number {
    const { bytes, delimiter, starts, ends } = this;
    const n = bytes.length;
    const last = this.cells - 1;
    let c = 0;
    let s = i;
    let j = i;
    let e = n;
    for (; j < n; j++) {
      const b = bytes[j] as number;
      if (b === delimiter) {
        if (c === last) notPlain();
        starts[c] = s;
        ends[c++] = j;
        s = j + 1;
      } else if (b < SPACE) {
        if (b === NL) {
          e = j;
          break;
        }
        if (b === CR && bytes[j + 1] === NL) {
          e = j++;
          break;
        }
        notPlain(); // a tab in a comma file, a lone CR…: the general reader's business
      }
    }
    if (j >= n) e = n;
    if (c === 0 && e === s) return -(j + 1);
    if (c !== last) notPlain();
    starts[c] = s;
    ends[c] = e;
    return j + 1;
  }

  text(s: number, e: number): string {
    return this.buf.toString('latin1', s, e);
  }

  /** A text cell as the reader keeps it, checked: within its length, nothing to trim or unescape. */
  plainText(field: string, s: number, e: number): string {
    this.checkText(field, s, e);
    return this.text(s, e);
  }

  /** `plainText`'s checks alone (the text itself is not needed: no string made). */
  checkText(field: string, s: number, e: number): void {
    const len = e - s;
    const { bytes } = this;
    if (len === 0 || len > (this.limits[field]?.max ?? 0)) notPlain();
    if (bytes[s] === SPACE || bytes[e - 1] === SPACE || bytes[s] === APOSTROPHE) notPlain();
    for (let k = s + 1; k < e; k++) if (bytes[k] === SPACE && bytes[k - 1] === SPACE) notPlain();
  }

  /** An amount or number cell as `readPlain` reads it with `hint`, checked against its bounds. */
  number(field: string, s: number, e: number, hint: number, money: boolean): number {
    const { bytes } = this;
    let i = s;
    const sign = bytes[i];
    if (sign === 45 || sign === 43) i++;
    const first = i;
    let m = 0;
    let digits = 0;
    let sepAt = -1;
    let sep = 0;
    for (; i < e; i++) {
      const c = bytes[i] as number;
      if (c >= 48 && c <= 57) {
        m = m * 10 + (c - 48);
        digits++;
      } else if ((c === 46 || c === 44) && sepAt === -1) {
        sepAt = i;
        sep = c;
      } else notPlain();
    }
    if (sepAt === first || sepAt === e - 1 || e === first || digits > 15) notPlain();
    let value = m;
    let scale = 0;
    let revealed = 0;
    if (sepAt !== -1) {
      const fracDigits = e - sepAt - 1;
      const threeAfterFew = sepAt - first <= 3 && fracDigits === 3;
      revealed = threeAfterFew && bytes[first] !== 48 ? 0 : sep;
      const decimal = hint !== 0 ? hint === sep : sep === 44 || !(threeAfterFew && bytes[first] !== 48);
      // m and 10^f are exact doubles: their quotient is the correctly rounded value, as Number() gives.
      if (decimal) {
        value = m / (POW10[fracDigits] as number);
        scale = fracDigits;
      } else if (!threeAfterFew) notPlain();
    }
    this.int = sign === 45 ? -m : m;
    this.scale = scale;
    this.revealed = revealed;
    if (sign === 45 && value !== 0) {
      if (money) notPlain();
      value = -value;
    }
    const lim = this.limits[field] ?? { min: 0, max: 0 };
    if (value < lim.min || value > lim.max) notPlain();
    return value;
  }

  /** The decimal separator one plain cell reveals (as `decimalVote`), 0 when none. */
  vote(s: number, e: number): number {
    const { bytes } = this;
    let i = s;
    if (bytes[i] === 45 || bytes[i] === 43) i++;
    const first = i;
    let sepAt = -1;
    for (; i < e; i++) {
      const c = bytes[i] as number;
      if (c >= 48 && c <= 57) continue;
      if ((c !== 46 && c !== 44) || sepAt !== -1) notPlain();
      sepAt = i;
    }
    if (sepAt === first || sepAt === e - 1 || e === first) notPlain();
    if (sepAt === -1) return 0;
    const grouped = sepAt - first <= 3 && e - sepAt - 1 === 3 && bytes[first] !== 48;
    return grouped ? 0 : (bytes[sepAt] as number);
  }
}
