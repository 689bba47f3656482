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
