import type { Activity } from '../domain/entities.ts';
import type { FunnelRatioId } from '../domain/ids.ts';
import { isHeldKind } from './funnel-stages.ts';
import type { Ratio } from './ratio.ts';

/**
 * Why an activity-view ratio exceeds 100 % (DOMAIN §1): its numerator counts events its denominator
 * does not contain. Each cause comes with the number of such events in the period.
 */
export const EXCESS_CAUSES = [
  /** Visits held in the period for appointments logged before it. */
  'appointments_before_period',
  /** Visits held with no appointment logged before them (a second visit, an appointment never logged). */
  'visits_without_appointment',
  /** Signatures logged on a contact (call, e-mail, door…), not at a held visit. */
  'signed_without_visit',
  /** Proposals sent on a contact, not at a held visit. */
  'proposals_without_visit',
  /** Signatures of prospects with no appointment obtained in the period before them. */
  'signed_without_appointment_in_period',
  /** A prospect signing more than once in the period. */
  'repeat_signatures',
  /** More signing prospects than the campaign's target list holds. */
  'beyond_target_list',
  /** Otherwise: events beyond the base, one prospect counted several times. */
  'repeat_events',
] as const;
export type ExcessCause = (typeof EXCESS_CAUSES)[number];

export interface Excess {
  cause: ExcessCause;
  count: number;
}

export interface ExcessInput {
  /** The period's activities (filtered like the funnel). */
  activities: readonly Activity[];
  /** The same filter's activities before the period: their pending appointments carry over. */
  earlier: readonly Activity[];
  ratios: Readonly<Record<FunnelRatioId, Ratio>>;
  /** True when `targeted` is a campaign's target list size, not the distinct prospects worked. */
  targetList: boolean;
}

const byTime = (a: Activity, b: Activity): number =>
  a.date < b.date
    ? -1
    : a.date > b.date
      ? 1
      : a.createdAt < b.createdAt
        ? -1
        : a.createdAt > b.createdAt
          ? 1
          : 0;
const isAppointment = (a: Activity): boolean => a.outcome === 'appointment' && !isHeldKind(a.kind);

/**
 * For each ratio above 1, the counts that explain it; ratios at or below 1 are absent. Runs only
 * over the prospects concerned, and only when some ratio exceeds 1 (a rare, cheap path).
 */
export function explainExcess(input: ExcessInput): Partial<Record<FunnelRatioId, Excess[]>> {
  const over = (id: FunnelRatioId): boolean => (input.ratios[id].value ?? 0) > 1;
  const out: Partial<Record<FunnelRatioId, Excess[]>> = {};
  if (!Object.keys(input.ratios).some((id) => over(id as FunnelRatioId))) return out;
  const walk = walkProspects(input.activities, input.earlier);
  const put = (id: FunnelRatioId, list: Excess[]) => {
    if (!over(id)) return;
    const kept = list.filter((e) => e.count > 0);
    const { numerator, denominator } = input.ratios[id];
    out[id] = kept.length ? kept : [{ cause: 'repeat_events', count: numerator - denominator }];
  };
  put('show_rate', [
    { cause: 'appointments_before_period', count: walk.visitsFromEarlier },
    { cause: 'visits_without_appointment', count: walk.visitsWithout },
  ]);
  put('close_rate', [{ cause: 'signed_without_visit', count: walk.contactSigned }]);
  put('proposal_rate', [{ cause: 'proposals_without_visit', count: walk.contactProposals }]);
  put('appointment_close_rate', [
    { cause: 'signed_without_appointment_in_period', count: walk.signedWithoutAppointment },
  ]);
  const targeted = input.ratios.global_rate.denominator;
  put('global_rate', [
    { cause: 'repeat_signatures', count: walk.signed - walk.signers },
    { cause: 'beyond_target_list', count: input.targetList ? Math.max(0, walk.signers - targeted) : 0 },
  ]);
  // The other ratios cannot exceed 1 by construction; should one ever do, it is still never silent.
  for (const id of Object.keys(input.ratios) as FunnelRatioId[]) if (!out[id]) put(id, []);
  return out;
}

/**
 * One chronological walk per prospect. Appointments are held first in, first out: a visit takes the
 * oldest appointment still pending (one carried over from before the period, else one of the period).
 */
function walkProspects(activities: readonly Activity[], earlier: readonly Activity[]) {
  const pendingBefore = new Map<string, number>();
  for (const a of [...earlier].sort(byTime)) {
    const n = pendingBefore.get(a.prospectId) ?? 0;
    if (isAppointment(a)) pendingBefore.set(a.prospectId, n + 1);
    else if (isHeldKind(a.kind) && n > 0) pendingBefore.set(a.prospectId, n - 1);
  }
  // From here on, pendingBefore counts the appointments from before the period still to be held.
  const pending = new Map<string, number>();
  const obtained = new Set<string>();
  const signers = new Set<string>();
  const r = {
    visitsFromEarlier: 0,
    visitsWithout: 0,
    contactSigned: 0,
    contactProposals: 0,
    signedWithoutAppointment: 0,
    signed: 0,
    signers: 0,
  };
  for (const a of [...activities].sort(byTime)) {
    const id = a.prospectId;
    if (isAppointment(a)) {
      pending.set(id, (pending.get(id) ?? 0) + 1);
      obtained.add(id);
    } else if (isHeldKind(a.kind)) {
      const before = pendingBefore.get(id) ?? 0;
      const now = pending.get(id) ?? 0;
      if (before > 0) {
        pendingBefore.set(id, before - 1);
        r.visitsFromEarlier++;
      } else if (now > 0) pending.set(id, now - 1);
      else r.visitsWithout++;
    }
    if (a.outcome === 'signed') {
      r.signed++;
      signers.add(id);
      if (!isHeldKind(a.kind)) r.contactSigned++;
      if (!obtained.has(id)) r.signedWithoutAppointment++;
    } else if (a.outcome === 'proposal' && !isHeldKind(a.kind)) r.contactProposals++;
  }
  r.signers = signers.size;
  return r;
}
