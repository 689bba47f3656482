import { DateTime } from 'luxon';

/** The demo's working days in the team's calendar, ending today (never after `now`). */
export interface DemoCalendar {
  readonly zone: string;
  readonly now: Date;
  readonly today: string;
  /** `HH:MM` of `now` in the team's zone: today's actions later than this get no time. */
  readonly nowTime: string;
  /** Monday of the current ISO week. */
  readonly weekStart: string;
  /** Weekdays, public holidays excluded except in the current week, oldest first, up to today. */
  readonly workdays: readonly string[];
}

const FIXED_HOLIDAYS = new Set(['01-01', '05-01', '05-08', '07-14', '08-15', '11-01', '11-11', '12-25']);

/** Easter Sunday (anonymous Gregorian algorithm), for Easter Monday, Ascension and Whit Monday. */
function easter(year: number): DateTime {
  const a = year % 19;
  const b = Math.floor(year / 100);
  const c = year % 100;
  const h = (19 * a + b - Math.floor(b / 4) - Math.floor((8 * b + 13) / 25) + 15) % 30;
  const l = (32 + 2 * (b % 4) + 2 * Math.floor(c / 4) - h - (c % 4)) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  const day = ((h + l - 7 * m + 114) % 31) + 1;
  return DateTime.utc(year, month, day);
}

/** French public holidays (jours fériés): no prospecting calls on them. */
export function isPublicHoliday(day: string): boolean {
  if (FIXED_HOLIDAYS.has(day.slice(5))) return true;
  const e = easter(Number(day.slice(0, 4)));
  return [1, 39, 50].some((offset) => e.plus({ days: offset }).toISODate() === day);
}

const isoDay = (d: DateTime): string => d.toFormat('yyyy-MM-dd');

export function addDays(day: string, n: number): string {
  return isoDay(DateTime.fromISO(day, { zone: 'utc' }).plus({ days: n }));
}

/** The `n`th weekday after `day` (a visit is held a few working days after the appointment). */
export function addWorkdays(day: string, n: number): string {
  let d = DateTime.fromISO(day, { zone: 'utc' });
  for (let left = n; left > 0; ) {
    d = d.plus({ days: 1 });
    if (d.weekday <= 5 && !isPublicHoliday(isoDay(d))) left--;
  }
  return isoDay(d);
}

export function demoCalendar(now: Date, zone: string, months: number): DemoCalendar {
  const local = DateTime.fromJSDate(now, { zone });
  if (!local.isValid) throw new RangeError(`unknown time zone: ${zone}`);
  const today = isoDay(local);
  const weekStart = isoDay(local.startOf('week'));
  const workdays: string[] = [];
  for (
    let d = DateTime.fromISO(today, { zone: 'utc' }).minus({ months });
    isoDay(d) <= today;
    d = d.plus({ days: 1 })
  ) {
    const day = isoDay(d);
    if (d.weekday > 5 || (day < weekStart && isPublicHoliday(day))) continue;
    workdays.push(day);
  }
  return { zone, now, today, nowTime: local.toFormat('HH:mm'), weekStart, workdays };
}

/** The instant of a local day and time, never later than `now`. */
export function instantOf(cal: DemoCalendar, day: string, time = '08:00'): string {
  const at = DateTime.fromISO(`${day}T${time}`, { zone: cal.zone }).toJSDate();
  return (at.getTime() > cal.now.getTime() ? cal.now : at).toISOString();
}

/** A time of day as `HH:MM` from minutes since midnight. */
export const clock = (minutes: number): string =>
  `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;
