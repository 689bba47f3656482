/** Canonical ids from shared/DOMAIN.md §1: used in code, JSON output and tests. */
export const ACTIVITY_KINDS = [
  'call',
  'email',
  'sms',
  'letter',
  'social',
  'door',
  'event',
  'visit',
  'meeting',
] as const;
export type ActivityKind = (typeof ACTIVITY_KINDS)[number];

/** Kinds that are appointments being held: they count in `visited`, not in `attempted`. */
export const HELD_KINDS: readonly ActivityKind[] = ['visit', 'meeting'];

export const OUTCOMES = [
  'no_answer',
  'wrong_contact',
  'reached',
  'refused',
  'callback',
  'appointment',
  'proposal',
  'signed',
  'lost',
] as const;
export type Outcome = (typeof OUTCOMES)[number];

export const STAGES = [
  'targeted',
  'attempted',
  'reached',
  'pitched',
  'appointment',
  'visited',
  'proposal',
  'signed',
] as const;
export type Stage = (typeof STAGES)[number];

export const FUNNEL_RATIOS = [
  'reach_rate',
  'pitch_rate',
  'appointment_rate',
  'show_rate',
  'proposal_rate',
  'close_rate',
  'appointment_close_rate',
  'global_rate',
  'prospecting_effort',
  'conquest_rate',
] as const;
export type FunnelRatioId = (typeof FUNNEL_RATIOS)[number];

export const ROLES = ['rep', 'manager', 'admin'] as const;
export type Role = (typeof ROLES)[number];

export const LOCALES = ['fr', 'en'] as const;
export type Locale = (typeof LOCALES)[number];

export const PROSPECT_STATUSES = ['suspect', 'prospect', 'customer'] as const;
export const PROSPECT_TYPES = ['b2b', 'b2c'] as const;
export const LEGAL_BASES = ['consent', 'legitimate_interest', 'contract'] as const;
export const CONSENT_STATUSES = ['unknown', 'granted', 'refused'] as const;

/**
 * What a contact with a consumer (B2C) prospect breaks (DOMAIN §6), stored on the activity as a
 * compliance flag and given in `--json` as `data.warnings[].code`.
 */
export const CONTACT_WARNINGS = [
  'b2c_phone_no_consent',
  'call_outside_hours',
  'call_public_holiday',
  'call_too_many_attempts',
  'call_after_refusal',
  'b2c_email_no_consent',
] as const;
export type ContactWarning = (typeof CONTACT_WARNINGS)[number];
