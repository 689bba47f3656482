import { DateTime } from 'luxon';
import { frenchHolidays } from './calendar.ts';

/** A day's working hours in minutes after midnight: the morning, the lunch break, the afternoon. */
export interface WorkingHours {
  morning: [number, number];
  afternoon: [number, number];
}

/** French defaults: 08:30–12:00, lunch, 13:30–18:00. */
export const DEFAULT_HOURS: WorkingHours = {
  morning: [8 * 60 + 30, 12 * 60],
  afternoon: [13 * 60 + 30, 18 * 60],
};

const CLOCK = /(\d{1,2})(?:[:h](\d{2})?)?/.source;
const RANGE = new RegExp(`^${CLOCK}\\s*[-–à]\\s*${CLOCK}$`, 'i');

function range(text: string): [number, number] | null {
  const m = RANGE.exec(text.trim());
  if (!m) return null;
  const [h1, m1, h2, m2] = [m[1], m[2], m[3], m[4]].map((x) => Number(x ?? 0)) as [
    number,
    number,
    number,
    number,
  ];
  if (h1 > 23 || h2 > 24 || m1 > 59 || m2 > 59) return null;
  const from = h1 * 60 + m1;
  const to = h2 * 60 + m2;
  return from < to ? [from, to] : null;
}

/** `8:30-12:00, 13:30-18:00` (or `8h30-12h / 13h30-18h`) → working hours; null when it is not two ranges in order. */
export function parseWorkingHours(text: string): WorkingHours | null {
  const parts = text.split(/\s*[,;/+]\s*|\s+(?:et|and)\s+/i).filter(Boolean);
  if (parts.length !== 2) return null;
  const [morning, afternoon] = parts.map(range);
  if (!morning || !afternoon || afternoon[0] < morning[1]) return null;
  return { morning, afternoon };
}

/** Why a day is not worked: `saturday`, `sunday` or `holiday`; null for a working day. */
export function dayOff(iso: string): 'saturday' | 'sunday' | 'holiday' | null {
  const d = DateTime.fromISO(iso, { zone: 'utc' });
  if (d.weekday === 6) return 'saturday';
  if (d.weekday === 7) return 'sunday';
  return frenchHolidays(d.year).includes(iso) ? 'holiday' : null;
}

/** The first working day on or after `iso`. */
export function nextWorkingDay(iso: string): string {
  let d = DateTime.fromISO(iso, { zone: 'utc' });
  while (dayOff(d.toISODate() as string)) d = d.plus({ days: 1 });
  return d.toISODate() as string;
}

/**
 * When a visit of `duration` minutes starts if the rep arrives at `arrive`: not during lunch, and
 * not in the morning if it would run into lunch (it waits for the afternoon); a visit longer than
 * the morning itself starts when the rep arrives.
 */
export function visitStart(arrive: number, duration: number, hours: WorkingHours): number {
  const [, noon] = hours.morning;
  const [after] = hours.afternoon;
  if (arrive >= noon && arrive < after) return after;
  if (arrive < noon && arrive + duration > noon && duration <= hours.morning[1] - hours.morning[0])
    return after;
  return arrive;
}
