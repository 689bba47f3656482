import { DateTime } from 'luxon';
import type { Period } from '../analytics/index.ts';

const day = (iso: string): DateTime => DateTime.fromISO(iso, { zone: 'utc' });
const iso = (d: DateTime): string => d.toISODate() as string;

/** Easter Sunday of a Gregorian year (anonymous Gregorian algorithm, Meeus/Jones/Butcher). */
export function easterSunday(year: number): string {
  const a = year % 19;
  const b = Math.floor(year / 100);
  const c = year % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  const dayOfMonth = ((h + l - 7 * m + 114) % 31) + 1;
  return `${year}-${String(month).padStart(2, '0')}-${String(dayOfMonth).padStart(2, '0')}`;
}

/**
 * The 11 public holidays of metropolitan France (Code du travail L3133-1): 8 fixed dates, and
 * Easter Monday, Ascension and Whit Monday. Alsace-Moselle's two extra days are not included.
 */
export function frenchHolidays(year: number): string[] {
  const fixed = ['01-01', '05-01', '05-08', '07-14', '08-15', '11-01', '11-11', '12-25'].map(
    (md) => `${year}-${md}`,
  );
  const easter = day(easterSunday(year));
  const movable = [1, 39, 50].map((n) => iso(easter.plus({ days: n })));
  return [...fixed, ...movable].sort();
}

/** Working days of a period: Monday to Friday, less French public holidays (listed). */
export function workingDays(period: Period): { days: number; holidays: string[] } {
  const holidays = new Set<string>();
  for (let y = Number(period.from.slice(0, 4)); y <= Number(period.to.slice(0, 4)); y++)
    for (const h of frenchHolidays(y)) holidays.add(h);
  const skipped: string[] = [];
  let count = 0;
  for (let d = day(period.from); iso(d) <= period.to; d = d.plus({ days: 1 })) {
    if (d.weekday > 5) continue;
    if (holidays.has(iso(d))) skipped.push(iso(d));
    else count++;
  }
  return { days: count, holidays: skipped };
}
