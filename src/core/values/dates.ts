import { fail, normalizeKey, ok, type Parsed } from './parsed.ts';

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

/** Month number (1–12) by French or English name or abbreviation, lower case without accents. */
export const MONTH_BY_NAME: ReadonlyMap<string, number> = new Map(
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

export type DateOrderVote = DateOrder | 'undecided';

/** What one sample says of its column's date order (`undefined`: not a numeric date). */
export function dateOrderVote(sample: string): DateOrderVote | undefined {
  const m = NUMERIC_DATE.exec(sample.trim());
  if (!m) return undefined;
  const [, a = '', , b = ''] = m;
  if (a.length === 4) return 'ymd';
  return Number(a) > 12 ? 'dmy' : Number(b) > 12 ? 'mdy' : 'undecided';
}

/**
 * The order of a CSV column's numeric dates: `ymd` when all are ISO, `dmy` when a first part
 * exceeds 12, `mdy` when a second part does. `ambiguous` when no sample decides (all parts ≤ 12:
 * the caller falls back to the team's locale) or when samples conflict.
 */
export function decideDateOrder(votes: Readonly<Record<DateOrderVote, number>>): DateOrder | 'ambiguous' {
  const { ymd, dmy, mdy, undecided } = votes;
  if (ymd > 0) return dmy + mdy + undecided === 0 ? 'ymd' : 'ambiguous';
  if (dmy > 0 && mdy > 0) return 'ambiguous';
  return dmy > 0 ? 'dmy' : mdy > 0 ? 'mdy' : 'ambiguous';
}

/** `decideDateOrder` over the votes of `samples`. */
export function detectDateOrder(samples: readonly string[]): DateOrder | 'ambiguous' {
  const votes = { ymd: 0, dmy: 0, mdy: 0, undecided: 0 };
  for (const sample of samples) {
    const vote = dateOrderVote(sample);
    if (vote) votes[vote]++;
  }
  return decideDateOrder(votes);
}
