import { DateTime } from 'luxon';
import { parseTime } from '../core/values/clock-words.ts';
import { fail, normalizeKey, ok, type Parsed } from '../core/values/parsed.ts';
import { parseDate } from '../core/values.ts';

/** When a follow-up is due: the instant (UTC ISO) and its wall-clock time in the team's zone. */
export interface Due {
  /** `2026-12-15T09:00:00.000Z`. */
  at: string;
  /** `2026-12-15T10:00` in the team's time zone. */
  local: string;
}

export interface DueContext {
  now: Date;
  timeZone: string;
}

/** A follow-up given without a time is due at 9:00, the start of a rep's day. */
export const DEFAULT_DUE_TIME = '09:00';
/** Further than this is a typo (`2062` for `2026`), not a plan. */
const MAX_DAYS_AHEAD = 731;

/**
 * `mardi`, `mardi prochain`, `next tuesday`: the first such day after today (today excluded), as
 * `parseDate` reads `next tuesday` (a bare weekday there is the last one, for /log's past dates).
 */
function weekdayAhead(key: string, today: DateTime): DateTime | undefined {
  const m = /^(?:next )?([a-z]+)(?: prochain)?$/.exec(key);
  if (!m) return undefined;
  const parsed = parseDate(`next ${m[1]}`, { today: today.toISODate() ?? '' });
  return parsed.ok ? DateTime.fromISO(parsed.value, { zone: today.zone }) : undefined;
}

/** `dans 3 jours`, `in 2 weeks`. */
function inSomeTime(key: string, today: DateTime): DateTime | undefined {
  const m = /^(?:dans|in) (\d{1,3}) (jours?|days?|semaines?|weeks?|mois|months?)$/.exec(key);
  if (!m) return undefined;
  const n = Number(m[1]);
  const unit = m[2] ?? '';
  if (/^(jour|day)/.test(unit)) return today.plus({ days: n });
  if (/^(semaine|week)/.test(unit)) return today.plus({ weeks: n });
  return today.plus({ months: n });
}

/** A date written without its year (`15/12`, `15 décembre`) is the next such day, this year or next. */
const withoutYear = (text: string): boolean =>
  /^(?:\p{L}+\s+)?\d{1,2}(?:er|st|nd|rd|th)?(?:[/.-]\d{1,2}|\s+\p{L}+\.?)$/u.test(text) ||
  /^\p{L}+\.?\s+\d{1,2}(?:st|nd|rd|th)?$/u.test(text);

function dayOf(text: string, today: DateTime): DateTime | undefined {
  const key = normalizeKey(text);
  const ahead = weekdayAhead(key, today) ?? inSomeTime(key, today);
  if (ahead) return ahead;
  const parsed = parseDate(text, { today: today.toISODate() ?? '' });
  if (!parsed.ok) return undefined;
  const day = DateTime.fromISO(parsed.value, { zone: today.zone });
  return day < today && withoutYear(text) ? day.plus({ years: 1 }) : day;
}

/** The last word as a time of day, when it is written as one (`10h`, `14:30`, `2pm`, `midi`): a bare `15` is not. */
function splitTime(words: string[]): { words: string[]; time?: string } {
  const last = words.at(-1);
  if (last === undefined || !/[h:]|[ap]\.?m\.?$|^midi$|^noon$/i.test(last)) return { words };
  const time = parseTime(last);
  if (!time.ok) return { words };
  const rest = words.slice(0, -1);
  // `lundi à 9h`, `monday at 9am`
  if (rest.length > 0 && /^(?:à|a|at|vers)$/i.test(rest.at(-1) ?? '')) rest.pop();
  return { words: rest, time: time.value };
}

/**
 * A follow-up's due time from what a rep types, always ahead of `now`: `mardi` (the next Tuesday),
 * `demain`, `15/12` (the next 15 December), `15/12 10h`, `2026-12-15 14:30`, `lundi 9h`,
 * `dans 3 jours`, `J+2`, `14h` (today, or tomorrow once passed). Without a time it is due at 9:00;
 * `aujourd'hui` after 9:00 is due at once. Wall-clock times are in the team's zone: a time skipped
 * by the spring change moves forward by the gap, a repeated autumn time is the first of the two.
 */
export function parseFollowUpDue(text: string, ctx: DueContext): Parsed<Due> {
  const now = DateTime.fromJSDate(ctx.now, { zone: ctx.timeZone });
  if (!now.isValid) return fail('invalid_time_zone');
  const today = now.startOf('day');
  const cleaned = text.trim().replace(/^(\d{4}-\d{2}-\d{2})T(?=\d)/, '$1 ');
  const { words, time } = splitTime(cleaned.split(/\s+/).filter(Boolean));
  let day: DateTime | undefined;
  if (words.length === 0) {
    if (time === undefined) return fail('invalid_follow_up');
    day = today;
  } else {
    day = dayOf(words.join(' '), today);
    if (!day) return fail('invalid_follow_up');
  }
  const [hour, minute] = (time ?? DEFAULT_DUE_TIME).split(':').map(Number);
  let at = day.set({ hour: hour ?? 9, minute: minute ?? 0 });
  if (at <= now) {
    if (words.length === 0)
      at = at.plus({ days: 1 }); // `14h` once 14:00 has passed: tomorrow
    else if (time === undefined && day.hasSame(now, 'day')) at = now.startOf('minute');
    else return fail('follow_up_in_past', { when: at.toFormat('yyyy-MM-dd HH:mm') });
  }
  if (at.diff(today, 'days').days > MAX_DAYS_AHEAD) return fail('follow_up_too_far');
  return ok({ at: at.toUTC().toISO() ?? '', local: at.toFormat("yyyy-MM-dd'T'HH:mm") });
}

/** The wall-clock time of an instant in a zone, `YYYY-MM-DDTHH:mm` (for display in the team's zone). */
export const localOf = (at: string, timeZone: string): string =>
  DateTime.fromISO(at, { zone: timeZone }).toFormat("yyyy-MM-dd'T'HH:mm");
