import { DateTime } from 'luxon';
import type { Period } from '../analytics/period.ts';
import type { WatchSettings } from './entities.ts';

/**
 * The latest weekly digest slot at or before `now` (weekday and time in the team's zone), and the
 * period it covers: the 7 days before the slot's day (Monday 09:00 → the previous Monday–Sunday).
 */
export function latestDigestSlot(
  settings: Pick<WatchSettings, 'digestWeekday' | 'digestTime'>,
  timeZone: string,
  now: Date,
): { at: Date; period: Period } {
  const [hour, minute] = settings.digestTime.split(':').map(Number);
  const local = DateTime.fromJSDate(now, { zone: timeZone });
  let slot = local.set({
    weekday: settings.digestWeekday as 1,
    hour: hour ?? 9,
    minute: minute ?? 0,
    second: 0,
    millisecond: 0,
  });
  if (slot > local) slot = slot.minus({ weeks: 1 });
  const day = slot.startOf('day');
  return {
    at: slot.toJSDate(),
    period: { from: day.minus({ days: 7 }).toISODate() ?? '', to: day.minus({ days: 1 }).toISODate() ?? '' },
  };
}

/** The first digest slot after `now` (a week after the latest, in the team's zone, across clock changes). */
export function nextDigestSlot(
  settings: Pick<WatchSettings, 'digestWeekday' | 'digestTime'>,
  timeZone: string,
  now: Date,
): Date {
  const { at } = latestDigestSlot(settings, timeZone, now);
  // Slots are a week apart (± an hour across a clock change): the latest at or before 8 days on is the next one.
  return latestDigestSlot(settings, timeZone, new Date(at.getTime() + 8 * 86_400_000)).at;
}
