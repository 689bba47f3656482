/**
 * Typed-value parsers shared by the chat command grammar and the CSV import. They never throw: a
 * failure is data with a stable snake_case code that the caller turns into a localized message
 * naming the field (the caller adds the typed text, so params only carry what it cannot know).
 */

export type Parsed<T> =
  | { ok: true; value: T }
  | { ok: false; code: string; params?: Record<string, string | number> };

const ok = <T>(value: T): Parsed<T> => ({ ok: true, value });
const fail = <T>(code: string, params?: Record<string, string | number>): Parsed<T> =>
  params ? { ok: false, code, params } : { ok: false, code };

/**
 * The key for accent-, case- and separator-insensitive matching: lower case, no accents (NFD then
 * combining marks removed, œ/æ spelled out), typographic apostrophes as `'`, and runs of spaces,
 * underscores and hyphens as one space, trimmed. "Chiffre_d’Affaires" → "chiffre d'affaires".
 */
export function normalizeKey(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/œ/g, 'oe')
    .replace(/æ/g, 'ae')
    .replace(/[‘’ʼ`´]/g, "'")
    .replace(/[\s_\-‐-―]+/g, ' ')
    .trim();
}

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

// ---------------------------------------------------------------------------------------------
// Durations, times, booleans

const HOUR_UNIT = '(?:h|hr|hrs|hours?|heures?)';
const MINUTE_UNIT = '(?:m|mn|mins?|minutes?)';
const HOURS_MINUTES = new RegExp(`^(\\d+(?:[.,]\\d+)?)${HOUR_UNIT}(?:(\\d{1,2})${MINUTE_UNIT}?)?$`);
const MINUTES_ONLY = new RegExp(`^(\\d+)${MINUTE_UNIT}?$`);

/** Minutes from `45`, `45min`, `45 mn`, `90 min`, `1h`, `1h30`, `1 h 30`, `1:30`, `1,5 h`; a bare number is minutes. */
export function parseDuration(text: string): Parsed<number> {
  const s = normalizeKey(text);
  if (/\d\s+\d/.test(s)) return fail('invalid_duration'); // `1 30` is not 130 minutes
  const compact = s.replace(/\s+/g, '');
  const clock = /^(\d{1,3}):([0-5]\d)$/.exec(compact);
  if (clock) return ok(Number(clock[1]) * 60 + Number(clock[2]));
  const hm = HOURS_MINUTES.exec(compact);
  if (hm) {
    const hours = Number((hm[1] ?? '').replace(',', '.'));
    const minutes = hm[2] === undefined ? 0 : Number(hm[2]);
    if (minutes >= 60 || (minutes > 0 && !Number.isInteger(hours))) return fail('invalid_duration');
    return ok(Math.round(hours * 60) + minutes);
  }
  const m = MINUTES_ONLY.exec(compact);
  return m ? ok(Number(m[1])) : fail('invalid_duration');
}

const NAMED_TIMES: ReadonlyMap<string, string> = new Map([
  ['midi', '12:00'],
  ['noon', '12:00'],
  ['minuit', '00:00'],
  ['midnight', '00:00'],
]);

/** `HH:mm` from `14:30`, `14h30`, `14h`, `14.30`, `9:05:00`, `2pm`, `2:30 p.m.`, `midi`. */
export function parseTime(text: string): Parsed<string> {
  const s = normalizeKey(text)
    .replace(/\s+/g, '')
    .replace(/([ap])\.?m\.?$/, '$1m');
  const named = NAMED_TIMES.get(s);
  if (named) return ok(named);
  const m = /^(\d{1,2})(?:([:h.])(\d{2})?(?::(\d{2}))?)?(am|pm)?$/.exec(s);
  if (!m) return fail('invalid_time');
  const [, h, sep, min, sec, meridiem] = m;
  if ((sep === ':' || sep === '.') && min === undefined) return fail('invalid_time');
  if (sec !== undefined && Number(sec) > 59) return fail('invalid_time');
  let hour = Number(h);
  const minute = Number(min ?? 0);
  if (meridiem) {
    if (hour < 1 || hour > 12) return fail('invalid_time');
    hour = (hour % 12) + (meridiem === 'pm' ? 12 : 0);
  }
  if (hour > 23 || minute > 59) return fail('invalid_time');
  return ok(`${String(hour).padStart(2, '0')}:${String(minute).padStart(2, '0')}`);
}

const BOOLEANS: ReadonlyMap<string, boolean> = new Map([
  ...['yes', 'y', 'oui', 'true', 'vrai', '1'].map((w) => [w, true] as const),
  ...['no', 'n', 'non', 'false', 'faux', '0'].map((w) => [w, false] as const),
]);

/** yes/no, oui/non, true/false, vrai/faux, 1/0 (any case, accents ignored). */
export function parseBoolean(text: string): Parsed<boolean> {
  const value = BOOLEANS.get(normalizeKey(text));
  return value === undefined ? fail('invalid_boolean') : ok(value);
}

// ---------------------------------------------------------------------------------------------
// Dates

/** Field order of numeric dates: day first (French, the default), month first (US files), year first. */
export type DateOrder = 'dmy' | 'mdy' | 'ymd';

export interface DateOptions {
  /** Today in the team's time zone, `YYYY-MM-DD`: relative words and partial dates count from it. */
  today: string;
  order?: DateOrder;
}

const DAY_MS = 86_400_000;

/** Days since 1970-01-01 of a real calendar date; years outside 1900–2199 are typos, not history. */
function dayNumber(y: number, m: number, d: number): number | undefined {
  if (!(y >= 1900 && y <= 2199) || m < 1 || m > 12 || d < 1) return undefined;
  const date = new Date(Date.UTC(y, m - 1, d));
  return date.getUTCDate() === d && date.getUTCMonth() === m - 1 ? date.getTime() / DAY_MS : undefined;
}

function isoDay(iso: string): number | undefined {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  return m ? dayNumber(Number(m[1]), Number(m[2]), Number(m[3])) : undefined;
}

const isoOf = (day: number): string => new Date(day * DAY_MS).toISOString().slice(0, 10);

/** Two-digit years are this century unless that lands more than 20 years ahead (`98` → 1998). */
function fullYear(text: string, todayYear: number): number {
  if (text.length === 4) return Number(text);
  if (text.length !== 2) return Number.NaN;
  const year = 2000 + Number(text);
  return year > todayYear + 20 ? year - 100 : year;
}

const wordsTo = <T>(words: readonly string[], value: T) => words.map((w) => [w, value] as const);

const RELATIVE_DAYS: ReadonlyMap<string, number> = new Map([
  ...wordsTo(['today', "aujourd'hui", 'aujourdhui', 'auj', 'ajd'], 0),
  ...wordsTo(['yesterday', 'hier'], -1),
  ...wordsTo(['avant hier', 'day before yesterday'], -2),
  ...wordsTo(['tomorrow', 'demain'], 1),
  ...wordsTo(['apres demain', 'day after tomorrow'], 2),
]);

// Index = Date#getUTCDay(): 0 is Sunday.
const WEEKDAY_BY_NAME: ReadonlyMap<string, number> = new Map(
  [
    ['dimanche', 'dim', 'sunday', 'sun'],
    ['lundi', 'lun', 'monday', 'mon'],
    ['mardi', 'mar', 'tuesday', 'tue', 'tues'],
    ['mercredi', 'mer', 'wednesday', 'wed'],
    ['jeudi', 'jeu', 'thursday', 'thu', 'thur', 'thurs'],
    ['vendredi', 'ven', 'friday', 'fri'],
    ['samedi', 'sam', 'saturday', 'sat'],
  ].flatMap((names, dow) => wordsTo(names, dow)),
);

const MONTH_BY_NAME: ReadonlyMap<string, number> = new Map(
  [
    ['janvier', 'janv', 'jan', 'january'],
    ['fevrier', 'fevr', 'fev', 'february', 'feb'],
    ['mars', 'mar', 'march'],
    ['avril', 'avr', 'april', 'apr'],
    ['mai', 'may'],
    ['juin', 'jun', 'june'],
    ['juillet', 'juil', 'jul', 'july'],
    ['aout', 'aug', 'august'],
    ['septembre', 'sept', 'sep', 'september'],
    ['octobre', 'oct', 'october'],
    ['novembre', 'nov', 'november'],
    ['decembre', 'dec', 'december'],
  ].flatMap((names, i) => wordsTo(names, i + 1)),
);

// A trailing time (`27/11/2026 14:30`, `2026-11-27T14:30:00Z`) is accepted and ignored: the date is
// the one written, since exports stamp the user's local day.
const NUMERIC_DATE =
  /^(\d{1,4})([/.-])(\d{1,2})(?:\2(\d{1,4}))?(?:(?:\s+|T)\d{1,2}[:h]\d{2}(?::\d{2}(?:\.\d+)?)?\s*(?:Z|[+-]\d{2}:?\d{2})?)?$/i;

function numericDate(m: RegExpExecArray, order: DateOrder, todayYear: number): number | undefined {
  const [, a = '', , b = '', c] = m;
  if (a.length === 4)
    return c !== undefined && c.length <= 2 ? dayNumber(Number(a), Number(b), Number(c)) : undefined;
  if (a.length > 2) return undefined;
  if (order === 'ymd' && c !== undefined) {
    return c.length <= 2 ? dayNumber(fullYear(a, todayYear), Number(b), Number(c)) : undefined;
  }
  const [day, month] = order === 'mdy' ? [b, a] : [a, b];
  const year = c === undefined ? todayYear : fullYear(c, todayYear);
  return dayNumber(year, Number(month), Number(day));
}

/** `lundi`/`monday` (and `lundi dernier`, `last monday`) is the latest such day before today, today excluded; `lundi prochain`/`next monday` the first after. */
function weekdayDate(key: string, today: number): number | undefined {
  const m = /^(?:(last|next) )?([a-z]+)(?: (dernier|prochain|passe))?$/.exec(key);
  const dow = m?.[2] === undefined ? undefined : WEEKDAY_BY_NAME.get(m[2]);
  if (!m || dow === undefined || (m[1] && m[3])) return undefined;
  const todayDow = new Date(today * DAY_MS).getUTCDay();
  const next = m[1] === 'next' || m[3] === 'prochain';
  return next ? today + ((dow - todayDow + 7) % 7 || 7) : today - ((todayDow - dow + 7) % 7 || 7);
}

/** `27 novembre 2026`, `1er nov.`, `lundi 27 novembre`, `Nov 27, 2026`, `27-nov-26` (Excel). */
function namedMonthDate(key: string, todayYear: number): number | undefined {
  const words = key.replace(/[.,]/g, ' ').split(/\s+/).filter(Boolean);
  if (words.length > 2 && WEEKDAY_BY_NAME.has(words[0] ?? '')) words.shift();
  const s = words.join(' ');
  const dm = /^(\d{1,2})(?:er|st|nd|rd|th)? ([a-z]+)(?: (\d{2}|\d{4}))?$/.exec(s);
  const md = dm ? undefined : /^([a-z]+) (\d{1,2})(?:st|nd|rd|th)?(?: (\d{4}))?$/.exec(s);
  const [day, name, year] = dm ? [dm[1], dm[2], dm[3]] : md ? [md[2], md[1], md[3]] : [];
  const month = name === undefined ? undefined : MONTH_BY_NAME.get(name);
  if (day === undefined || month === undefined) return undefined;
  return dayNumber(year === undefined ? todayYear : fullYear(year, todayYear), month, Number(day));
}

/**
 * A calendar day `YYYY-MM-DD` from `2026-11-27`, `27/11/2026`, `27/11/26`, `27-11-2026`,
 * `27.11.2026`, `27/11` (this year), `27 novembre`, relative words in French or English (`hier`,
 * `avant-hier`, `demain`, `today`…), `J-2`/`-2`/`J+1` (days from today) and weekday names (see
 * `weekdayDate`). Numeric dates are day first unless `order` says otherwise; a four-digit first
 * part is always year first. The future is allowed here: see `checkNotFuture`.
 */
export function parseDate(text: string, opts: DateOptions): Parsed<string> {
  const today = isoDay(opts.today);
  if (today === undefined) return fail('invalid_today');
  const todayYear = Number(opts.today.slice(0, 4));
  const raw = text.trim().replace(/\u2212/g, '-');
  const numeric = NUMERIC_DATE.exec(raw);
  const offset = /^(?:[jd]\s*)?([+-])\s*(\d{1,3})$/i.exec(raw);
  const key = normalizeKey(raw).replace(/\.$/, '');
  const relative = RELATIVE_DAYS.get(key);
  const day = numeric
    ? numericDate(numeric, opts.order ?? 'dmy', todayYear)
    : offset
      ? today + (offset[1] === '-' ? -1 : 1) * Number(offset[2])
      : relative !== undefined
        ? today + relative
        : (weekdayDate(key, today) ?? namedMonthDate(key, todayYear));
  return day === undefined ? fail('invalid_date') : ok(isoOf(day));
}

/** `date_in_future` when `date` is more than `graceDays` after `today` (the grace absorbs time-zone skew). */
export function checkNotFuture(
  date: string,
  today: string,
  opts: { graceDays: number } = { graceDays: 1 },
): Parsed<string> {
  const d = isoDay(date);
  const t = isoDay(today);
  if (d === undefined) return fail('invalid_date');
  if (t === undefined) return fail('invalid_today');
  return d - t > opts.graceDays ? fail('date_in_future', { max: isoOf(t + opts.graceDays) }) : ok(date);
}

/**
 * The order of a CSV column's numeric dates: `ymd` when all are ISO, `dmy` when a first part
 * exceeds 12, `mdy` when a second part does. `ambiguous` when no sample decides (all parts ≤ 12:
 * the caller falls back to the team's locale) or when samples conflict.
 */
export function detectDateOrder(samples: readonly string[]): DateOrder | 'ambiguous' {
  const votes = { ymd: 0, dmy: 0, mdy: 0, undecided: 0 };
  for (const sample of samples) {
    const m = NUMERIC_DATE.exec(sample.trim());
    if (!m) continue;
    const [, a = '', , b = ''] = m;
    if (a.length === 4) votes.ymd++;
    else if (Number(a) > 12) votes.dmy++;
    else if (Number(b) > 12) votes.mdy++;
    else votes.undecided++;
  }
  const { ymd, dmy, mdy, undecided } = votes;
  if (ymd > 0) return dmy + mdy + undecided === 0 ? 'ymd' : 'ambiguous';
  if (dmy > 0 && mdy > 0) return 'ambiguous';
  return dmy > 0 ? 'dmy' : mdy > 0 ? 'mdy' : 'ambiguous';
}
