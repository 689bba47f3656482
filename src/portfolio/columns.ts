/**
 * Sales lines are kept column by column as little-endian typed arrays: 1M lines as objects with
 * ten fields would cost ~400 MB and seconds to validate; as columns they cost 40 bytes a line.
 * On disk they are the blocks of a binary file (src/store/binary-file.ts), loaded as views of one
 * read; as base64 texts in PostgreSQL's JSON documents and in the JSON files of older versions.
 */

/** Bytes per value of each column's typed array. */
export const COLUMN_WIDTH = {
  day: 4,
  order: 4,
  customer: 4,
  segment: 2,
  category: 2,
  revenue: 8,
  cost: 8,
  key: 8,
} as const;
export type ColumnName = keyof typeof COLUMN_WIDTH;
export const COLUMN_NAMES = Object.keys(COLUMN_WIDTH) as ColumnName[];

/** One batch of sales lines in memory: all arrays have `length` values. */
export interface SalesColumns {
  readonly length: number;
  /** Days since 1970-01-01 (UTC calendar day of the line's date). */
  readonly day: Int32Array;
  /** Team-wide order number (see `orderRefs` in the chunk that introduced it). */
  readonly order: Int32Array;
  /** Customer number `n` of a `portfolio-customers` record. */
  readonly customer: Int32Array;
  /** 1-based index in the settings' `segments` (customer categories); 0 = none. */
  readonly segment: Uint16Array;
  /** 1-based index in the settings' `categories` (product categories); 0 = none. */
  readonly category: Uint16Array;
  /** Revenue HT of the line, as in the file. */
  readonly revenue: Float64Array;
  /** Cost HT of the line (revenue − margin when the file gives the margin). */
  readonly cost: Float64Array;
  /** 53-bit line key (see line-key.ts): what makes re-importing the same file add nothing. */
  readonly key: Float64Array;
}

type Typed = Int32Array | Uint16Array | Float64Array;

export function encodeColumn(a: Typed): string {
  return Buffer.from(a.buffer, a.byteOffset, a.byteLength).toString('base64');
}

/** Decoded byte length of a base64 text, without decoding it. */
export function base64Bytes(text: string): number {
  const pad = text.endsWith('==') ? 2 : text.endsWith('=') ? 1 : 0;
  return (text.length / 4) * 3 - pad;
}

/**
 * The bytes of a column's base64 text, or undefined unless the text is exactly `bytes` bytes of
 * standard base64 (`^[A-Za-z0-9+/]*={0,2}$`): Node's decoder skips what is not base64 and stops at
 * a `=`, so any such character leaves fewer bytes than the text's length promises; only the
 * URL-safe `-` and `_`, which it accepts, need a look of their own. One native pass where the
 * regex took 230 ms for 1M lines, and the bytes are the column's, decoded once.
 */
export function checkedBase64(text: string, bytes: number): Buffer | undefined {
  if (text.length % 4 !== 0 || base64Bytes(text) !== bytes) return undefined;
  if (text.includes('-') || text.includes('_')) return undefined;
  const raw = Buffer.from(text, 'base64');
  return raw.length === bytes ? raw : undefined;
}

/** The typed array of each column. */
export const TYPED_COLUMNS = {
  day: Int32Array,
  order: Int32Array,
  customer: Int32Array,
  segment: Uint16Array,
  category: Uint16Array,
  revenue: Float64Array,
  cost: Float64Array,
  key: Float64Array,
} as const;

/**
 * Columns over decoded bytes (see `checkedBase64`): each a view of its bytes when they start
 * aligned in a buffer of their own (a large decode is), else a copy (a small one sits in Node's
 * shared pool, at any offset).
 */
export function columnsOver(raw: Record<ColumnName, Buffer>, length: number): SalesColumns {
  const out = { length } as { length: number } & Record<ColumnName, Int32Array | Uint16Array | Float64Array>;
  for (const name of COLUMN_NAMES) {
    const bytes = raw[name];
    const Typed = TYPED_COLUMNS[name];
    const own = bytes.byteOffset % 8 === 0 && bytes.buffer.byteLength - bytes.byteLength < 64;
    if (own) out[name] = new Typed(bytes.buffer as ArrayBuffer, bytes.byteOffset, length);
    else {
      const copy = new Typed(length);
      new Uint8Array(copy.buffer).set(bytes);
      out[name] = copy;
    }
  }
  return out as unknown as SalesColumns;
}

/** Columns from plain line objects: tests and the import build small batches this way. */
export interface SalesLine {
  day: number;
  order: number;
  customer: number;
  segment: number;
  category: number;
  revenue: number;
  cost: number;
  key: number;
}

/** Zeroed columns for `n` lines. */
export function emptyColumns(n: number): SalesColumns {
  return {
    length: n,
    day: new Int32Array(n),
    order: new Int32Array(n),
    customer: new Int32Array(n),
    segment: new Uint16Array(n),
    category: new Uint16Array(n),
    revenue: new Float64Array(n),
    cost: new Float64Array(n),
    key: new Float64Array(n),
  };
}

export function columnsOf(lines: readonly SalesLine[]): SalesColumns {
  const c = emptyColumns(lines.length);
  lines.forEach((l, i) => {
    for (const name of COLUMN_NAMES) c[name][i] = l[name];
  });
  return c;
}
