import type { Activity } from '../domain/entities.ts';
import type { FunnelRatioId } from '../domain/ids.ts';
import { isHeldKind } from './funnel-stages.ts';
import { quoteSignatures } from './quote-signatures.ts';
import type { Ratio } from './ratio.ts';

/**
 * Why an activity-view ratio exceeds 100 % (DOMAIN §1): its numerator counts events its denominator
 * does not contain. Each cause comes with the number of such events in the period.
 */
export const EXCESS_CAUSES = [
  /** Visits held in the period for appointments logged before it. */
  'appointments_before_period',
  /** Visits held with no appointment waiting for them (a second visit, an appointment not logged or lapsed). */
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

/**
 * How far before the period an appointment still waiting to be held is looked for: one not held
 * within three months is taken as lapsed. It also bounds the history read on a large team.
 */
export const APPOINTMENT_LAPSE_DAYS = 92;

/** The first day whose appointments can still be pending at `periodStart` (UTC day arithmetic on ISO days). */
export function lapseStart(periodStart: string): string {
  const t = Date.parse(`${periodStart}T00:00:00Z`) - APPOINTMENT_LAPSE_DAYS * 86_400_000;
  return new Date(t).toISOString().slice(0, 10);
}

export interface Excess {
  cause: ExcessCause;
  count: number;
}

export interface ExcessInput {
  /** The period's activities (filtered like the funnel). */
  activities: readonly Activity[];
  /** The same filter's activities of the APPOINTMENT_LAPSE_DAYS before the period: their pending appointments carry over. */
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

/** Each prospect's activities in time order: grouped first, so that only short lists ever get sorted. */
function chronologyByProspect(activities: readonly Activity[], keep: (a: Activity) => boolean) {
  const groups = new Map<string, Activity[]>();
  for (const a of activities) {
    if (!keep(a)) continue;
    const list = groups.get(a.prospectId);
    if (list) list.push(a);
    else groups.set(a.prospectId, [a]);
  }
  for (const list of groups.values()) {
    // The store gives them mostly in date order already: sort only when needed.
    for (let i = 1; i < list.length; i++) {
      if (byTime(list[i - 1] as Activity, list[i] as Activity) > 0) {
        list.sort(byTime);
        break;
      }
    }
  }
  return groups;
}

/**
 * One chronological walk per prospect. Appointments are held first in, first out: a visit takes the
 * oldest appointment still pending (one carried over from before the period, else one of the period).
 */
function walkProspects(activities: readonly Activity[], earlier: readonly Activity[]) {
  const r = {
    visitsFromEarlier: 0,
    visitsWithout: 0,
    contactSigned: 0,
    contactProposals: 0,
    signedWithoutAppointment: 0,
    signed: 0,
    signers: 0,
  };
  const past = chronologyByProspect(earlier, (a) => isAppointment(a) || isHeldKind(a.kind));
  // Signatures logged on the visit that gave the quote are not visits (as in computeFunnel).
  const concluding = quoteSignatures(activities);
  for (const [id, list] of chronologyByProspect(activities, () => true)) {
    // Appointments from before the period still to be held when it starts.
    let before = 0;
    for (const a of past.get(id) ?? []) {
      if (isAppointment(a)) before++;
      else if (before > 0) before--;
    }
    let now = 0;
    let obtained = false;
    let signer = false;
    for (const a of list) {
      if (isAppointment(a)) {
        now++;
        obtained = true;
      } else if (isHeldKind(a.kind) && !concluding.has(a)) {
        if (before > 0) {
          before--;
          r.visitsFromEarlier++;
        } else if (now > 0) now--;
        else r.visitsWithout++;
      }
      if (a.outcome === 'signed') {
        r.signed++;
        signer = true;
        if (!isHeldKind(a.kind)) r.contactSigned++;
        if (!obtained) r.signedWithoutAppointment++;
      } else if (a.outcome === 'proposal' && !isHeldKind(a.kind)) r.contactProposals++;
    }
    if (signer) r.signers++;
  }
  return r;
}
