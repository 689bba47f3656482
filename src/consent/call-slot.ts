import { DateTime } from 'luxon';
import type { Prospect } from '../domain/entities.ts';
import { nextLegalCallSlot } from './call-calendar.ts';
import { type Breach, type ContactHistory, contactBreaches } from './contact-rules.ts';

/** Whether a consumer may be phoned at a moment, and if not, the first legal moment after it. */
export interface CallPermission {
  allowed: boolean;
  /** The rules a call at `at` would break. */
  breaches: Breach[];
  /** The first moment a call breaks no rule, wall clock in the team's zone (`YYYY-MM-DDTHH:mm`). */
  next?: string;
  /** No legal moment can be named: the consumer's consent must be recorded first. */
  needsConsent: boolean;
}

const wallClock = (d: DateTime): { date: string; time: string } => ({
  date: d.toISODate() ?? '',
  time: d.toFormat('HH:mm'),
});

/**
 * Can `prospect` be phoned at `now` (in `timeZone`)? If not, the next slot inside the legal
 * windows that also keeps the 30-day attempt limit and the 60-day refusal delay. A missing consent
 * has no next slot: time does not cure it.
 */
export function callPermission(
  prospect: Prospect,
  history: ContactHistory,
  now: Date,
  timeZone: string,
): CallPermission {
  const start = DateTime.fromJSDate(now, { zone: timeZone }).startOf('minute');
  const breaches = contactBreaches(prospect, { kind: 'call', ...wallClock(start) }, history);
  if (breaches.length === 0) return { allowed: true, breaches, needsConsent: false };
  if (breaches.some((b) => b.code === 'b2c_phone_no_consent'))
    return { allowed: false, breaches, needsConsent: true };
  let at: DateTime = start;
  // Each pass moves past one blocking rule; the rules do not move each other back, so few passes do.
  for (let pass = 0; pass < 10; pass++) {
    at = nextLegalCallSlot(at);
    const left = contactBreaches(prospect, { kind: 'call', ...wallClock(at) }, history);
    if (left.length === 0)
      return { allowed: false, breaches, next: at.toFormat("yyyy-MM-dd'T'HH:mm"), needsConsent: false };
    const from = left
      .map((b) => b.params.allowedFrom)
      .filter((d): d is string => typeof d === 'string')
      .sort()
      .at(-1);
    at = from ? DateTime.fromISO(from, { zone: timeZone }).startOf('day') : at.plus({ minutes: 1 });
  }
  return { allowed: false, breaches, needsConsent: false };
}
