import { fail, ok, type Parsed } from './parsed.ts';

// ---------------------------------------------------------------------------------------------
// Numbers and amounts

/** Which character a file or a user uses as decimal separator, when the caller knows it. */
export type DecimalSeparator = '.' | ',';

export interface NumberOptions {
  /**
   * Read a lone `.` or `,` as this decimal separator (the other one then groups thousands). A CSV
   * import passes what `detectDecimalSeparator` found in the column; chat input leaves it unset.
   */
  decimal?: DecimalSeparator;
}

export interface AmountOptions extends NumberOptions {
  allowNegative?: boolean;
}

const CURRENCY_PREFIX = /^(?:€|\$|eur\b)\s*/i;
const CURRENCY_SUFFIX = /\s*(?:€|\$|eur|euros?)$/i;
// The dot is a thousands separator only in this shape, when no hint says otherwise: see parseAmount.
const DOT_THOUSANDS = /^[1-9]\d{0,2}\.\d{3}$/;

/** Splits a sign off the text; `−` (U+2212, from formatted documents) counts as a minus. */
function splitSign(text: string): { negative: boolean; rest: string } {
  const s = text.trim().replace(/\u2212/g, '-');
  if (s.startsWith('-') || s.startsWith('+')) return { negative: s[0] === '-', rest: s.slice(1).trimStart() };
  return { negative: false, rest: s };
}

/** `1 234` and `1.234.567` are grouped by threes; `12 34` is a typo, not twelve hundred thirty-four. */
function validGroups(intPart: string, separator: RegExp): boolean {
  const groups = intPart.split(separator);
  if (groups.length === 1) return /^\d*$/.test(intPart);
  return /^\d{1,3}$/.test(groups[0] ?? '') && groups.slice(1).every((g) => /^\d{3}$/.test(g));
}

/** Unsigned decimal text → number, or undefined. */
function readUnsigned(body: string, hint: DecimalSeparator | undefined): number | undefined {
  if (!/^[\d\s.,]*\d[\d\s.,]*$/.test(body)) return undefined;
  const dots = body.split('.').length - 1;
  const commas = body.split(',').length - 1;
  const spaced = /\s/.test(body);
  let decimal: string | undefined;
  if (dots > 0 && commas > 0) decimal = body.lastIndexOf('.') > body.lastIndexOf(',') ? '.' : ',';
  else if (dots + commas === 1) {
    const sep = dots === 1 ? '.' : ',';
    if (hint !== undefined) decimal = hint === sep ? sep : undefined;
    else if (sep === ',' || spaced || !DOT_THOUSANDS.test(body)) decimal = sep;
  }
  const at = decimal === undefined ? -1 : body.indexOf(decimal);
  if (decimal !== undefined && at !== body.lastIndexOf(decimal)) return undefined;
  const intPart = at === -1 ? body : body.slice(0, at);
  const fracPart = at === -1 ? '' : body.slice(at + 1);
  if (at !== -1 && !/^\d+$/.test(fracPart)) return undefined;
  const thousands = spaced ? /\s/ : decimal === '.' ? /,/ : decimal === ',' ? /\./ : /[.,]/;
  if (spaced && /[.,]/.test(intPart)) return undefined; // one grouping style per number
  if (!validGroups(intPart, thousands)) return undefined;
  const digits = intPart.replace(/\D/g, '') || '0';
  return Number(fracPart ? `${digits}.${fracPart}` : digits);
}

/**
 * A money amount: `1234.50`, `1234,50`, `1 234,50` (space, U+00A0 or U+202F), `1.234,50`,
 * `1,234.50`, `12,5`, with an optional `€`, `EUR` or `$` before or after and an optional sign.
 * A single separator is read for French users: one comma is always decimal (`1,234` = 1.234), one
 * dot is decimal except `d.ddd`…`ddd.ddd` with a non-zero lead, which groups thousands
 * (`1.500` = 1500: money never has three decimals, and French writes `1.500 €` for 1500);
 * `0.125` and `1234.567` stay decimal. Pass `decimal` to override (CSV columns).
 */
export function parseAmount(text: string, opts: AmountOptions = {}): Parsed<number> {
  let { negative, rest } = splitSign(text);
  const prefixed = rest.replace(CURRENCY_PREFIX, '');
  if (prefixed !== rest && !negative)
    ({ negative, rest } = splitSign(prefixed)); // `€-5`
  else rest = prefixed;
  const value = readUnsigned(rest.replace(CURRENCY_SUFFIX, ''), opts.decimal);
  if (value === undefined) return fail('invalid_amount');
  if (negative && value !== 0 && !opts.allowNegative) return fail('negative_amount');
  return ok(negative && value !== 0 ? -value : value);
}

/** A plain number under the same separator rules as `parseAmount`, without currency; negatives allowed. */
export function parseNumber(text: string, opts: NumberOptions = {}): Parsed<number> {
  const { negative, rest } = splitSign(text);
  const value = readUnsigned(rest, opts.decimal);
  if (value === undefined) return fail('invalid_number');
  return ok(negative && value !== 0 ? -value : value);
}

/** A whole number (`1 000` and `1.000` are 1000; `2,5` is not whole). */
export function parseInteger(text: string, opts: NumberOptions = {}): Parsed<number> {
  const r = parseNumber(text, opts);
  return r.ok && Number.isSafeInteger(r.value) ? r : fail('invalid_integer');
}

/**
 * The decimal separator a column's values use, from the samples that reveal it (`261.96`, `12,5`,
 * `1.234,50`); `ambiguous` when none does (integers, `1.234` only) or when they disagree.
 */
export function detectDecimalSeparator(samples: readonly string[]): DecimalSeparator | 'ambiguous' {
  const seen = new Set<DecimalSeparator>();
  for (const sample of samples) {
    const body = splitSign(sample).rest.replace(CURRENCY_PREFIX, '').replace(CURRENCY_SUFFIX, '');
    if (!/^[\d\s.,]*\d$/.test(body)) continue;
    const dot = body.lastIndexOf('.');
    const comma = body.lastIndexOf(',');
    if (dot !== -1 && comma !== -1) seen.add(dot > comma ? '.' : ',');
    else if (dot !== comma) {
      const sep: DecimalSeparator = dot !== -1 ? '.' : ',';
      const other: DecimalSeparator = sep === '.' ? ',' : '.';
      const count = body.split(sep).length - 1;
      if (count > 1) seen.add(other);
      else if (!/^[1-9]\d{0,2}[.,]\d{3}$/.test(body.replace(/\s/g, ''))) seen.add(sep);
    }
  }
  return seen.size === 1 ? ([...seen][0] as DecimalSeparator) : 'ambiguous';
}
