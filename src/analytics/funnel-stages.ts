import { type ActivityKind, HELD_KINDS, type Outcome, type Stage } from '../domain/ids.ts';

const CONTACTED = ['attempted'] as const;
const REACHED = [...CONTACTED, 'reached'] as const;
const PITCHED = [...REACHED, 'pitched'] as const;

/** DOMAIN §1 table: the funnel stages a contact activity (call, email, sms, mail, social, door, event) counts in, by outcome. */
export const CONTACT_OUTCOME_STAGES: Readonly<Record<Outcome, readonly Stage[]>> = {
  no_answer: CONTACTED,
  wrong_contact: CONTACTED,
  reached: REACHED,
  refused: PITCHED,
  callback: PITCHED,
  appointment: [...PITCHED, 'appointment'],
  proposal: [...PITCHED, 'proposal'],
  signed: [...PITCHED, 'signed'],
  lost: PITCHED,
};

/**
 * The stages a held appointment (visit, meeting) counts in: `visited` whatever its outcome (it took
 * place), plus `proposal` or `signed` when that is its outcome; never the contact stages.
 */
export const HELD_OUTCOME_STAGES: Readonly<Record<Outcome, readonly Stage[]>> = {
  no_answer: ['visited'],
  wrong_contact: ['visited'],
  reached: ['visited'],
  refused: ['visited'],
  callback: ['visited'],
  appointment: ['visited'],
  proposal: ['visited', 'proposal'],
  signed: ['visited', 'signed'],
  lost: ['visited'],
};

const HELD: ReadonlySet<ActivityKind> = new Set(HELD_KINDS);

/** True for the kinds that are appointments being held (`visit`, `meeting`). */
export function isHeldKind(kind: ActivityKind): boolean {
  return HELD.has(kind);
}

/** The funnel stages one activity counts in. */
export function stagesOf(kind: ActivityKind, outcome: Outcome): readonly Stage[] {
  return (isHeldKind(kind) ? HELD_OUTCOME_STAGES : CONTACT_OUTCOME_STAGES)[outcome];
}
