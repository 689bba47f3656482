import type { Activity, Prospect } from '../domain/entities.ts';
import { type FunnelRatioId, OUTCOMES, type Outcome, STAGES, type Stage } from '../domain/ids.ts';
import { CONTACT_OUTCOME_STAGES, HELD_OUTCOME_STAGES, isHeldKind } from './funnel-stages.ts';
import type { Period } from './period.ts';
import { quoteSignatures } from './quote-signatures.ts';
import { type Ratio, ratio } from './ratio.ts';

export { compareFunnels, type FunnelComparison, stageConversions } from './funnel-compare.ts';

export type FunnelProspect = Pick<Prospect, 'id' | 'customerSince' | 'status'>;

export interface FunnelInput {
  /** Already filtered to the period (and to a rep or campaign by the caller). */
  activities: readonly Activity[];
  prospectsById: ReadonlyMap<string, FunnelProspect>;
  /** The whole team, for conquest_rate's denominator; `status` is read when present. */
  allProspects: Iterable<Pick<Prospect, 'id' | 'customerSince'> & Partial<Pick<Prospect, 'status'>>>;
  period: Period;
  /** A campaign's target list size: replaces `targeted` when given. */
  targetSize?: number;
}

export interface FunnelResult {
  /** Event counts in the period, except `targeted` (distinct prospects, or the campaign's target size). */
  stages: Record<Stage, number>;
  ratios: Record<FunnelRatioId, Ratio>;
  /** Held visits and meetings; `prospecting` are those with a prospect not yet a customer that day. */
  visits: { all: number; prospecting: number };
  /** `new`: worked prospects that became customers in the period; `total`: the team's customers at its end. */
  customers: { new: number; total: number };
}

const OUTCOME_INDEX: ReadonlyMap<Outcome, number> = new Map(OUTCOMES.map((outcome, i) => [outcome, i]));
const HELD_OFFSET = OUTCOMES.length;
// Day keys that sort after and before every `YYYY-MM-DD`, so that "customer since" compares as a day.
const NEVER_A_CUSTOMER = '\uffff';
const CUSTOMER_OF_UNKNOWN_DATE = '';

/**
 * The prospecting funnel of DOMAIN §1 over one period, in a single pass over the activities.
 * `signed` counts every signature (by contact or at a visit), so close_rate may exceed 100 % when
 * deals close without a visit; likewise show_rate when visits come from appointments set earlier.
 */
export function computeFunnel(input: FunnelInput): FunnelResult {
  const { activities, prospectsById, period } = input;
  // Tallying per outcome (contacts in the first half, held appointments in the second) and spreading
  // over stages once afterwards keeps the loop to a few reads and one increment per activity.
  const tally = new Float64Array(2 * OUTCOMES.length);
  // The worked prospects, each with the day it became a customer: one lookup per activity.
  const customerSinceOf = new Map<string, string>();
  let prospectingVisits = 0;
  let newCustomers = 0;
  for (let i = 0; i < activities.length; i++) {
    const activity = activities[i] as Activity;
    const { prospectId } = activity;
    let since = customerSinceOf.get(prospectId);
    if (since === undefined) {
      since = customerSinceKey(prospectsById.get(prospectId));
      customerSinceOf.set(prospectId, since);
      if (since >= period.from && since <= period.to) newCustomers++;
    }
    const outcome = OUTCOME_INDEX.get(activity.outcome) as number;
    if (isHeldKind(activity.kind)) {
      tally[HELD_OFFSET + outcome]++;
      // A visit on the signing day is still prospecting: it is the visit that won the customer.
      if (since >= activity.date) prospectingVisits++;
    } else {
      tally[outcome]++;
    }
  }
  const stages = spreadOverStages(tally, input.targetSize ?? customerSinceOf.size);
  // A signature logged on the visit that gave the quote is not a second visit held.
  for (const s of quoteSignatures(activities)) {
    stages.visited--;
    if ((customerSinceOf.get(s.prospectId) as string) >= s.date) prospectingVisits--;
  }
  const customers = { new: newCustomers, total: countCustomersAt(input.allProspects, period.to) };
  const visits = { all: stages.visited, prospecting: prospectingVisits };
  return { stages, ratios: funnelRatios(stages, visits, customers), visits, customers };
}

/** The DOMAIN §1 ratios from stage counts, visits and customers. */
export function funnelRatios(
  s: Record<Stage, number>,
  visits: FunnelResult['visits'],
  customers: FunnelResult['customers'],
): Record<FunnelRatioId, Ratio> {
  return {
    reach_rate: ratio(s.reached, s.attempted),
    pitch_rate: ratio(s.pitched, s.reached),
    appointment_rate: ratio(s.appointment, s.reached),
    show_rate: ratio(s.visited, s.appointment),
    proposal_rate: ratio(s.proposal, s.visited),
    close_rate: ratio(s.signed, s.visited),
    appointment_close_rate: ratio(s.signed, s.appointment),
    global_rate: ratio(s.signed, s.targeted),
    prospecting_effort: ratio(visits.prospecting, visits.all),
    conquest_rate: ratio(customers.new, customers.total),
  };
}

/**
 * The day the prospect became a customer, as a sortable key. A prospect with status `customer` but
 * no `customerSince` is a customer of unknown date, taken as older than any period; a prospect
 * missing from the store (erased) is taken as never a customer.
 */
function customerSinceKey(prospect: FunnelProspect | undefined): string {
  if (prospect?.customerSince !== undefined) return prospect.customerSince;
  return prospect?.status === 'customer' ? CUSTOMER_OF_UNKNOWN_DATE : NEVER_A_CUSTOMER;
}

/** Customers on `day`: `customerSince` on or before it, or status `customer` with no date (an older customer). */
function countCustomersAt(prospects: FunnelInput['allProspects'], day: string): number {
  let count = 0;
  for (const { customerSince, status } of prospects) {
    if (customerSince === undefined ? status === 'customer' : customerSince <= day) count++;
  }
  return count;
}

function spreadOverStages(tally: Float64Array, targeted: number): Record<Stage, number> {
  const stages = Object.fromEntries(STAGES.map((stage) => [stage, 0])) as Record<Stage, number>;
  stages.targeted = targeted;
  OUTCOMES.forEach((outcome, i) => {
    for (const stage of CONTACT_OUTCOME_STAGES[outcome]) stages[stage] += tally[i] as number;
    for (const stage of HELD_OUTCOME_STAGES[outcome]) stages[stage] += tally[HELD_OFFSET + i] as number;
  });
  return stages;
}
