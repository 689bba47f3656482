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

const DIGIT_0 = 48;
const DIGIT_9 = 57;
const MINUS = 45;
const PLUS = 43;

interface PlainShape {
  /** Index of the first digit (after the sign). */
  first: number;
  /** Char code of the one `.` or `,`, 0 when none. */
  sep: number;
  intDigits: number;
  fracDigits: number;
}

/**
 * `sample`'s shape when it is only digits with at most one `.` or `,` and a leading sign (the
 * usual cell of an export), read without a regex: `undefined` for any other text.
 */
function plainShape(sample: string): PlainShape | undefined {
  const n = sample.length;
  let i = sample.charCodeAt(0) === MINUS || sample.charCodeAt(0) === PLUS ? 1 : 0;
  const first = i;
  let sepAt = -1;
  for (; i < n; i++) {
    const c = sample.charCodeAt(i);
    if (c >= DIGIT_0 && c <= DIGIT_9) continue;
    if ((c !== 46 && c !== 44) || sepAt !== -1) return undefined;
    sepAt = i;
  }
  if (sepAt === first || sepAt === n - 1 || n === first) return undefined;
  return sepAt === -1
    ? { first, sep: 0, intDigits: n - first, fracDigits: 0 }
    : { first, sep: sample.charCodeAt(sepAt), intDigits: sepAt - first, fracDigits: n - sepAt - 1 };
}

/** `readUnsigned` of a `plainShape` text (sign ignored) by the same rules, without regexes: an import reads 1M of them. */
function readPlain(text: string, shape: PlainShape, hint: DecimalSeparator | undefined): number | undefined {
  const body = shape.first === 0 ? text : text.slice(1);
  if (shape.sep === 0) return Number(body);
  const sep: DecimalSeparator = shape.sep === 46 ? '.' : ',';
  const threeAfterFew = shape.intDigits <= 3 && shape.fracDigits === 3;
  const decimal =
    hint !== undefined
      ? hint === sep
      : sep === ',' || !(threeAfterFew && text.charCodeAt(shape.first) !== DIGIT_0); // DOT_THOUSANDS
  if (decimal) return Number(sep === '.' ? body : body.replace(',', '.'));
  return threeAfterFew ? Number(body.replace(sep, '')) : undefined; // one thousands group
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
  const shape = plainShape(text);
  if (shape) {
    const value = readPlain(text, shape, opts.decimal);
    if (value === undefined) return fail('invalid_amount');
    const minus = text.charCodeAt(0) === MINUS && value !== 0;
    if (minus && !opts.allowNegative) return fail('negative_amount');
    return ok(minus ? -value : value);
  }
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
  const shape = plainShape(text);
  const { negative, rest } = shape ? { negative: text.charCodeAt(0) === MINUS, rest: '' } : splitSign(text);
  const value = shape ? readPlain(text, shape, opts.decimal) : readUnsigned(rest, opts.decimal);
  if (value === undefined) return fail('invalid_number');
  return ok(negative && value !== 0 ? -value : value);
}

/** A whole number (`1 000` and `1.000` are 1000; `2,5` is not whole). */
export function parseInteger(text: string, opts: NumberOptions = {}): Parsed<number> {
  const r = parseNumber(text, opts);
  return r.ok && Number.isSafeInteger(r.value) ? r : fail('invalid_integer');
}

/** The decimal separator one sample reveals (`261.96`, `12,5`, `1.234,50`), `undefined` if none. */
export function decimalVote(sample: string): DecimalSeparator | undefined {
  const plain = plainShape(sample);
  if (plain) {
    if (plain.sep === 0) return undefined;
    // `1.234` and `12,345` tell nothing: thousands or decimals.
    const grouped =
      plain.intDigits <= 3 && plain.fracDigits === 3 && sample.charCodeAt(plain.first) !== DIGIT_0;
    return grouped ? undefined : plain.sep === 46 ? '.' : ',';
  }
  const body = splitSign(sample).rest.replace(CURRENCY_PREFIX, '').replace(CURRENCY_SUFFIX, '');
  if (!/^[\d\s.,]*\d$/.test(body)) return undefined;
  const dot = body.lastIndexOf('.');
  const comma = body.lastIndexOf(',');
  if (dot !== -1 && comma !== -1) return dot > comma ? '.' : ',';
  if (dot === comma) return undefined;
  const sep: DecimalSeparator = dot !== -1 ? '.' : ',';
  if (body.split(sep).length - 1 > 1) return sep === '.' ? ',' : '.';
  return /^[1-9]\d{0,2}[.,]\d{3}$/.test(body.replace(/\s/g, '')) ? undefined : sep;
}

/**
 * The decimal separator a column's values use, from the samples that reveal it (`261.96`, `12,5`,
 * `1.234,50`); `ambiguous` when none does (integers, `1.234` only) or when they disagree.
 */
export function detectDecimalSeparator(samples: readonly string[]): DecimalSeparator | 'ambiguous' {
  const seen = new Set<DecimalSeparator>();
  for (const sample of samples) {
    const vote = decimalVote(sample);
    if (vote) seen.add(vote);
  }
  return seen.size === 1 ? ([...seen][0] as DecimalSeparator) : 'ambiguous';
}
