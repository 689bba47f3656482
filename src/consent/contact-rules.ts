import { DateTime } from 'luxon';
import type { Activity, Prospect } from '../domain/entities.ts';
import type { ActivityKind, ContactWarning } from '../domain/ids.ts';
import { callTimeBreaches } from './call-calendar.ts';
import { consentOn } from './current.ts';
import type { ConsentRecord } from './entities.ts';

/** Loi n° 2025-594: consumers are phoned only with their prior consent from this day on. */
export const PHONE_CONSENT_LAW_FROM = '2026-08-11';
/** Décret n° 2022-1313 (hours, holidays, attempts, refusal delay) applies from this day on. */
export const CALL_DECREE_FROM = '2023-03-01';
/** At most this many calls to one consumer in any 30 calendar days. */
export const MAX_CALLS_PER_30_DAYS = 4;
export const ATTEMPT_WINDOW_DAYS = 30;
/** No new call this many days after a consumer refused during a call. */
export const REFUSAL_DELAY_DAYS = 60;

/** A contact with a prospect, logged (it happened) or about to be made. */
export interface Contact {
  /** The activity's own id when it is already stored: it is not its own history. */
  id?: string;
  kind: ActivityKind;
  /** Day and wall-clock time in the team's time zone; without a time only day rules are judged. */
  date: string;
  time?: string;
}

/** The prospect's past: its activities and consent records (any order). */
export interface ContactHistory {
  activities: readonly Pick<Activity, 'id' | 'kind' | 'outcome' | 'date' | 'prospectId'>[];
  consents: readonly ConsentRecord[];
}

export interface Breach {
  code: ContactWarning;
  /** Figures the message names (`count`, `refusedOn`, `allowedFrom`, `channel`). */
  params: Record<string, string | number>;
}

const shift = (day: string, days: number): string =>
  DateTime.fromISO(day, { zone: 'utc' }).plus({ days }).toISODate() ?? day;

/**
 * The first day of the history a contact on `day` is judged against: the rules read the calls of
 * the last REFUSAL_DELAY_DAYS (which cover the ATTEMPT_WINDOW_DAYS) up to that day, nothing older.
 */
export const historyFrom = (day: string): string =>
  shift(day, -(Math.max(REFUSAL_DELAY_DAYS, ATTEMPT_WINDOW_DAYS) - 1));

/** Calls to a consumer about a contract in force need no consent: a customer's relationship is one. */
const underContract = (p: Prospect, day: string): boolean =>
  p.status === 'customer' && (p.customerSince === undefined || p.customerSince <= day);

/** Earlier calls of the prospect (not `c` itself), newest first. */
function earlierCalls(c: Contact, h: ContactHistory) {
  return h.activities
    .filter((a) => a.kind === 'call' && a.id !== c.id && a.date <= c.date)
    .sort((a, b) => b.date.localeCompare(a.date));
}

/** The rules of DOMAIN §6 that contact `c` with `prospect` breaks; none for a business (B2B). */
export function contactBreaches(prospect: Prospect, c: Contact, h: ContactHistory): Breach[] {
  if (prospect.type !== 'b2c') return [];
  if (c.kind === 'email' || c.kind === 'sms') {
    if (underContract(prospect, c.date)) return [];
    const consent = consentOn(prospect, h.consents, c.kind, c.date);
    return consent.status === 'granted'
      ? []
      : [{ code: 'b2c_email_no_consent', params: { channel: c.kind } }];
  }
  if (c.kind !== 'call') return [];
  const out: Breach[] = [];
  if (
    c.date >= PHONE_CONSENT_LAW_FROM &&
    !underContract(prospect, c.date) &&
    consentOn(prospect, h.consents, 'phone', c.date).status !== 'granted'
  )
    out.push({ code: 'b2c_phone_no_consent', params: {} });
  if (c.date < CALL_DECREE_FROM) return out;
  for (const code of callTimeBreaches(c.date, c.time)) out.push({ code, params: { day: c.date } });
  const calls = earlierCalls(c, h);
  const windowStart = shift(c.date, -(ATTEMPT_WINDOW_DAYS - 1));
  const recent = calls.filter((a) => a.date >= windowStart);
  if (recent.length >= MAX_CALLS_PER_30_DAYS) {
    const fourth = recent[MAX_CALLS_PER_30_DAYS - 1]?.date ?? c.date;
    out.push({
      code: 'call_too_many_attempts',
      params: {
        count: recent.length + 1,
        max: MAX_CALLS_PER_30_DAYS,
        allowedFrom: shift(fourth, ATTEMPT_WINDOW_DAYS),
      },
    });
  }
  const refusal = calls.find(
    (a) => a.outcome === 'refused' && a.date >= shift(c.date, -(REFUSAL_DELAY_DAYS - 1)),
  );
  if (refusal)
    out.push({
      code: 'call_after_refusal',
      params: { refusedOn: refusal.date, allowedFrom: shift(refusal.date, REFUSAL_DELAY_DAYS) },
    });
  return out;
}
