import type { Outcome } from '../domain/ids.ts';
import { addDays, addWorkdays } from './calendar.ts';
import type { Rng } from './random.ts';
import type { DemoProspect } from './team.ts';

/** Where a prospect stands while three months of prospecting are replayed. */
export interface ProspectState {
  readonly d: DemoProspect;
  readonly rep: string;
  readonly b2c: boolean;
  readonly from: string;
  readonly wasCustomer: boolean;
  customer: boolean;
  /** Consent to be called (B2B: legitimate interest; B2C: a recorded consent, law of 2025 on cold calls). */
  reachable: boolean;
  signedOn?: string;
  opposedOn?: string;
  consentOn?: string;
  calls: string[];
  lastTouch?: string;
  blockedUntil: string;
  callbackDue?: string;
  pendingVisit?: { day: string; remote: boolean; campaignId: string | undefined };
  quote?: { amount: number; margin: number };
}

export function initialState(d: DemoProspect): ProspectState {
  const p = d.prospect;
  const customer = p.status === 'customer';
  return {
    d,
    rep: p.ownerId ?? '',
    b2c: p.type === 'b2c',
    from: d.from,
    wasCustomer: customer,
    customer,
    reachable: p.type === 'b2b' || p.consent.status === 'granted',
    calls: [],
    blockedUntil: '',
  };
}

/** Free for any action today: not a customer, not opposed, no visit booked, not paused, not yet touched today. */
export const canContact = (s: ProspectState, day: string): boolean =>
  !s.customer &&
  s.opposedOn === undefined &&
  s.pendingVisit === undefined &&
  s.from <= day &&
  s.blockedUntil < day &&
  s.lastTouch !== day;

/**
 * Phoning rules: consumers only with consent and at most 4 attempts in 30 days (décret 2022-1313);
 * house rules: at most 8 for businesses, and a pause of a few days between two attempts.
 */
export function canCall(s: ProspectState, day: string): boolean {
  if (!canContact(s, day) || !s.reachable) return false;
  const last = s.calls.at(-1);
  if (last !== undefined && last >= addDays(day, s.b2c ? -4 : -1)) return false;
  const since = addDays(day, -30);
  return s.calls.filter((d) => d > since).length < (s.b2c ? 4 : 8);
}

export function newQuote(rng: Rng, s: ProspectState): { amount: number; margin: number } {
  const { min, max } = s.d.service;
  const amount = Math.round(rng.int(min, max) / 10) * 10;
  return { amount, margin: Math.round(amount * (0.3 + rng.next() * 0.15)) };
}

/**
 * What an outcome changes for the prospect. Returns a note that must replace the usual one
 * (an opposition must be written down as such).
 */
export function applyOutcome(
  rng: Rng,
  s: ProspectState,
  day: string,
  outcome: Outcome,
  held: boolean,
  campaignId: string | undefined,
): string | undefined {
  s.lastTouch = day;
  switch (outcome) {
    case 'wrong_contact':
      s.blockedUntil = addDays(day, 7);
      return undefined;
    case 'reached':
      s.callbackDue = addDays(day, rng.int(2, 5));
      return undefined;
    case 'refused':
      if (!held && rng.chance(0.04)) {
        s.opposedOn = day;
        return 'Ne souhaite plus être contacté : inscrit sur la liste d’opposition.';
      }
      // No new call for 60 days after a consumer's refusal (décret 2022-1313).
      s.blockedUntil = addDays(day, held ? 60 : s.b2c ? 60 : 21);
      s.quote = undefined;
      return undefined;
    case 'callback':
      s.callbackDue = addDays(day, rng.int(held ? 5 : 3, held ? 15 : 10));
      return undefined;
    case 'appointment':
      s.pendingVisit = {
        day: addWorkdays(day, rng.int(2, 6)),
        remote: !s.b2c && rng.chance(0.2),
        campaignId,
      };
      return undefined;
    case 'proposal':
      s.callbackDue = addDays(day, rng.int(5, 10));
      return undefined;
    case 'signed':
      s.signedOn ??= day;
      s.customer = true;
      s.quote = undefined;
      return undefined;
    default:
      return undefined;
  }
}
