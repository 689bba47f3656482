import type { DateTime } from 'luxon';
import { frenchHolidays } from '../planning/calendar.ts';

/**
 * When a consumer may be phoned (décret n° 2022-1313, DOMAIN §6): Monday to Friday, 10:00–13:00
 * and 14:00–20:00, never on a public holiday. Windows are half-open: a call at 13:00 or 20:00 is
 * outside them.
 */
export const CALL_WINDOWS: readonly { from: number; to: number }[] = [
  { from: 10 * 60, to: 13 * 60 },
  { from: 14 * 60, to: 20 * 60 },
];

const holidayCache = new Map<number, ReadonlySet<string>>();

/** True when `day` (`YYYY-MM-DD`) is a French public holiday (the 11 of metropolitan France). */
export function isPublicHoliday(day: string): boolean {
  const year = Number(day.slice(0, 4));
  let set = holidayCache.get(year);
  if (!set) {
    set = new Set(frenchHolidays(year));
    holidayCache.set(year, set);
  }
  return set.has(day);
}

/** ISO weekday (1 Monday … 7 Sunday) of a calendar day. */
export const weekdayOf = (day: string): number => new Date(`${day}T00:00:00Z`).getUTCDay() || 7;

/** Minutes since midnight of `HH:MM`. */
export const minutesOf = (time: string): number => Number(time.slice(0, 2)) * 60 + Number(time.slice(3, 5));

/** Why a moment is not a legal time to phone a consumer, if it is not. */
export type CallTimeBreach = 'call_outside_hours' | 'call_public_holiday';

/**
 * The rules a call on `day` at `time` (team's wall clock) breaks; without a time, only the day's
 * rules (weekend, holiday) can be judged.
 */
export function callTimeBreaches(day: string, time: string | undefined): CallTimeBreach[] {
  const out: CallTimeBreach[] = [];
  const weekend = weekdayOf(day) > 5;
  const inWindow =
    time === undefined || CALL_WINDOWS.some((w) => minutesOf(time) >= w.from && minutesOf(time) < w.to);
  if (weekend || !inWindow) out.push('call_outside_hours');
  if (isPublicHoliday(day)) out.push('call_public_holiday');
  return out;
}

/** A day on which consumers may be phoned at all. */
const isCallDay = (d: DateTime): boolean => d.weekday <= 5 && !isPublicHoliday(d.toISODate() ?? '');

/**
 * The first moment at or after `from` (a zoned DateTime) inside the legal call windows, in the
 * same zone, to the minute.
 */
export function nextLegalCallSlot(from: DateTime): DateTime {
  let t = from.second > 0 || from.millisecond > 0 ? from.startOf('minute').plus({ minutes: 1 }) : from;
  // At most a long weekend plus holidays lies ahead: two weeks bound the search.
  for (let i = 0; i < 15; i++) {
    if (isCallDay(t)) {
      const minute = t.hour * 60 + t.minute;
      for (const w of CALL_WINDOWS) {
        if (minute < w.from) return t.set({ hour: Math.floor(w.from / 60), minute: w.from % 60 });
        if (minute < w.to) return t;
      }
    }
    t = t.plus({ days: 1 }).set({ hour: 0, minute: 0, second: 0, millisecond: 0 });
  }
  throw new Error(`no legal call slot within two weeks of ${from.toISO()}`);
}
