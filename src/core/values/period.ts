import { DateTime } from 'luxon';
import { findPeriodKeyword, type PeriodKind, resolvePeriodKeyword } from './period-keywords.ts';
import { parseWordPeriod } from './period-words.ts';

export {
  findPeriodKeyword,
  normalizePeriodText,
  PERIOD_KEYWORDS,
  type PeriodKeyword,
  type PeriodKind,
} from './period-keywords.ts';

/** Inclusive `YYYY-MM-DD` days in the team's time zone. */
export type Period = { from: string; to: string };

/** The longest period accepted: enough for a multi-year trend, short enough to bound a store read. */
export const MAX_PERIOD_YEARS = 5;

export type PeriodErrorCode = 'invalid_period' | 'period_reversed' | 'period_too_long';
export type ParsePeriodResult =
  | { ok: true; period: Period; kind: PeriodKind }
  | { ok: false; code: PeriodErrorCode; params?: Record<string, string | number> };

// Calendar days carry no time zone once computed; doing the arithmetic in UTC keeps DST out of it.
const ZONE = { zone: 'utc' } as const;
const ISO_DAY = /^(\d{4})-(\d{2})-(\d{2})$/;
const FRENCH_DAY = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/;
const ISO_WEEK = /^(\d{4})-?w(\d{1,2})$/i;
const QUARTER = /^(\d{4})-?[qt]([1-4])$/i;
const MONTH = /^(\d{4})-(\d{2})$/;
const YEAR = /^(\d{4})$/;

const dayOf = (isoDay: string): DateTime => DateTime.fromISO(isoDay, ZONE);
const isoDay = (day: DateTime): string => day.toFormat('yyyy-MM-dd');

/** The team's calendar day at instant `now`; throws on an unknown IANA time zone. */
export function todayIn(timeZone: string, now: Date): string {
  const local = DateTime.fromJSDate(now, { zone: timeZone });
  if (!local.isValid) throw new RangeError(`unknown time zone: ${timeZone}`);
  return isoDay(local);
}

/**
 * Reads a period typed by a user: a keyword (EN or FR), `YYYY-MM`, `YYYY-Www`, `YYYY-Qn`/`YYYY-Tn`,
 * `YYYY`, a day, a month, quarter or week in words (`novembre`, `T4`, `semaine 48`), or a range `from..to` of days written `YYYY-MM-DD` or `DD/MM/YYYY`.
 */
export function parsePeriod(text: string, today: string): ParsePeriodResult {
  const trimmed = text.trim();
  const keyword = findPeriodKeyword(trimmed);
  if (keyword) return checked(...resolvePeriodKeyword(keyword, dayOf(today)));
  const bounds = trimmed.split('..');
  if (bounds.length === 2) {
    const [from, to] = bounds.map((bound) => parseDay(bound.trim()));
    if (!from || !to) return invalid(text);
    return checked(from, to, 'range');
  }
  const calendar = parseCalendarPeriod(trimmed) ?? parseWordPeriod(trimmed, dayOf(today));
  return calendar ? checked(...calendar) : invalid(text);
}

/** The period just before `period`: the previous week, month, quarter, year or day; for a range of N days, the N days before. */
export function previousPeriod(period: Period, kind: PeriodKind): Period {
  const from = dayOf(period.from);
  if (kind === 'range') {
    const days = dayOf(period.to).diff(from, 'days').days + 1;
    return { from: isoDay(from.minus({ days })), to: isoDay(from.minus({ days: 1 })) };
  }
  const previous = from.minus({ [kind]: 1 });
  return { from: isoDay(previous.startOf(kind)), to: isoDay(previous.endOf(kind)) };
}

/** First and last `YYYY-MM` the period touches, to read only the store's month shards that matter. */
export function monthKeys(period: Period): [string, string] {
  return [period.from.slice(0, 7), period.to.slice(0, 7)];
}

function parseDay(text: string): DateTime | undefined {
  const iso = ISO_DAY.exec(text);
  const french = FRENCH_DAY.exec(text);
  // Day-first: the French way of writing dates (16/11/2026 is 16 November).
  const day = iso
    ? DateTime.fromObject({ year: +iso[1], month: +iso[2], day: +iso[3] }, ZONE)
    : french
      ? DateTime.fromObject({ year: +french[3], month: +french[2], day: +french[1] }, ZONE)
      : undefined;
  return day?.isValid ? day : undefined;
}

function parseCalendarPeriod(text: string): [DateTime, DateTime, PeriodKind] | undefined {
  const day = parseDay(text);
  if (day) return [day, day, 'day'];
  let match = ISO_WEEK.exec(text);
  if (match) {
    const monday = DateTime.fromObject({ weekYear: +match[1], weekNumber: +match[2], weekday: 1 }, ZONE);
    // Luxon marks week 0, or week 53 of a 52-week year, invalid.
    return monday.isValid ? [monday, monday.endOf('week'), 'week'] : undefined;
  }
  match = QUARTER.exec(text);
  if (match) {
    const first = DateTime.fromObject({ year: +match[1], month: 3 * +match[2] - 2 }, ZONE);
    return [first, first.endOf('quarter'), 'quarter'];
  }
  match = MONTH.exec(text);
  if (match) {
    const first = DateTime.fromObject({ year: +match[1], month: +match[2] }, ZONE);
    return first.isValid ? [first, first.endOf('month'), 'month'] : undefined;
  }
  match = YEAR.exec(text);
  if (match) {
    const first = DateTime.fromObject({ year: +match[1] }, ZONE);
    return [first, first.endOf('year'), 'year'];
  }
  return undefined;
}

function checked(from: DateTime, to: DateTime, kind: PeriodKind): ParsePeriodResult {
  const period = { from: isoDay(from), to: isoDay(to) };
  if (period.from > period.to) return { ok: false, code: 'period_reversed', params: period };
  // Exactly five years (2021-01-01..2025-12-31) is allowed; one day more is not.
  if (to.startOf('day') >= from.plus({ years: MAX_PERIOD_YEARS })) {
    return { ok: false, code: 'period_too_long', params: { ...period, maxYears: MAX_PERIOD_YEARS } };
  }
  return { ok: true, period, kind };
}

function invalid(text: string): ParsePeriodResult {
  return { ok: false, code: 'invalid_period', params: { text } };
}
