import { DateTime } from 'luxon';
import { MONTH_BY_NAME } from './dates.ts';
import type { PeriodKind } from './period-keywords.ts';

/**
 * Periods as people say them: a month name (`novembre`, `november 2026`), a quarter (`T4`, `Q4 2025`)
 * or an ISO week (`S48`, `W48`, `semaine 48`, `week 48`), in French or English.
 */

const WEEK_WORDS = new Set(['semaine', 'sem', 'week', 'wk']);
const ZONE = { zone: 'utc' } as const;

/** Lower case, no accents, words split on spaces, hyphens, underscores and dots. */
const wordsOf = (text: string): string[] =>
  text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .split(/[\s_.-]+/)
    .filter(Boolean);

const YEAR = /^\d{4}$/;

type WordShape = { unit: 'month' | 'quarter' | 'week'; n: number; year: number | undefined };

/** What a worded period says, before it is placed on the calendar; undefined when it is not one. */
function shapeOf(text: string): WordShape | undefined {
  const words = wordsOf(text);
  const last = words.at(-1);
  const year = words.length > 1 && last !== undefined && YEAR.test(last) ? Number(last) : undefined;
  const head = year === undefined ? words : words.slice(0, -1);
  const first = head[0];
  if (first === undefined || head.length > 2) return undefined;
  if (head.length === 2) {
    const n = head[1] as string;
    return WEEK_WORDS.has(first) && /^\d{1,2}$/.test(n) ? { unit: 'week', n: Number(n), year } : undefined;
  }
  const month = MONTH_BY_NAME.get(first);
  if (month !== undefined) return { unit: 'month', n: month, year };
  const quarter = /^[qt]([1-4])$/.exec(first);
  if (quarter) return { unit: 'quarter', n: Number(quarter[1]), year };
  const week = /^[sw](\d{1,2})$/.exec(first);
  return week ? { unit: 'week', n: Number(week[1]), year } : undefined;
}

/**
 * The period a worded form names relative to `today`, or undefined. A month alone is this year's
 * unless it has not started yet, then last year's (a funnel counts what happened); a quarter or a
 * week alone is the current year's.
 */
export function parseWordPeriod(text: string, today: DateTime): [DateTime, DateTime, PeriodKind] | undefined {
  const shape = shapeOf(text);
  if (!shape) return undefined;
  if (shape.unit === 'month') return monthPeriod(shape.n, shape.year, today);
  if (shape.unit === 'quarter') return quarterPeriod(shape.n, shape.year ?? today.year);
  return weekPeriod(shape.n, shape.year ?? today.weekYear);
}

/**
 * How many of the typed words form one worded period (`novembre 2026` → 2, `semaine 48 2025` → 3),
 * so that `/funnel novembre 2026` reads as one period; 1 when the first word stands alone.
 */
export function periodWordCount(words: readonly string[]): number {
  for (const n of [3, 2]) {
    if (words.length >= n && shapeOf(words.slice(0, n).join(' '))) return n;
  }
  return 1;
}

function monthPeriod(
  month: number,
  year: number | undefined,
  today: DateTime,
): [DateTime, DateTime, PeriodKind] {
  let start = DateTime.fromObject({ year: year ?? today.year, month }, ZONE);
  if (year === undefined && start > today) start = start.minus({ years: 1 });
  return [start, start.endOf('month'), 'month'];
}

function quarterPeriod(quarter: number, year: number): [DateTime, DateTime, PeriodKind] {
  const start = DateTime.fromObject({ year, month: 3 * quarter - 2 }, ZONE);
  return [start, start.endOf('quarter'), 'quarter'];
}

function weekPeriod(week: number, weekYear: number): [DateTime, DateTime, PeriodKind] | undefined {
  const monday = DateTime.fromObject({ weekYear, weekNumber: week, weekday: 1 }, ZONE);
  // Luxon marks week 0, or week 53 of a 52-week year, invalid.
  return monday.isValid ? [monday, monday.endOf('week'), 'week'] : undefined;
}
