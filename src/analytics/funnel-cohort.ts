import type { Activity } from '../domain/entities.ts';
import { type FunnelRatioId, STAGES, type Stage } from '../domain/ids.ts';
import { type FunnelProspect, funnelRatios } from './funnel.ts';
import { isHeldKind, stagesOf } from './funnel-stages.ts';
import type { Period } from './period.ts';
import { quoteSignatures } from './quote-signatures.ts';
import type { Ratio } from './ratio.ts';

export interface CohortInput {
  /** The activities from the period's first day up to today (filtered to a rep or campaign by the caller). */
  activities: readonly Activity[];
  /** Prospects with an activity (same filter) before the period: they are not in its cohort. */
  seenBefore: ReadonlySet<string>;
  prospectsById: ReadonlyMap<string, FunnelProspect>;
  /** The whole team, for conquest_rate's denominator (customers today). */
  allProspects: Iterable<
    Pick<FunnelProspect, 'id' | 'customerSince'> & Partial<Pick<FunnelProspect, 'status'>>
  >;
  period: Period;
  today: string;
}

export interface CohortResult {
  /** Prospects of the cohort in each stage they reached or passed: monotonic, targeted first. */
  stages: Record<Stage, number>;
  ratios: Record<FunnelRatioId, Ratio>;
  /** Visits held by the cohort up to today; `prospecting`: while the prospect was not yet a customer. */
  visits: { all: number; prospecting: number };
  /** `new`: cohort prospects that became customers since the period began; `total`: the team's customers today. */
  customers: { new: number; total: number };
  /** Followed up to this day. */
  until: string;
}

const STAGE_INDEX: ReadonlyMap<Stage, number> = new Map(STAGES.map((s, i) => [s, i]));
const ATTEMPTED = STAGE_INDEX.get('attempted') as number;

/**
 * The cohort view of DOMAIN §1: the prospects whose first activity falls in the period, each counted
 * once in every stage up to the deepest it reached by today. Monotonic by construction.
 */
export function computeCohortFunnel(input: CohortInput): CohortResult {
  const { period, today } = input;
  // Every cohort prospect was at least attempted: its first activity is in the period.
  const deepest = new Map<string, number>();
  for (const a of input.activities) {
    if (a.date >= period.from && a.date <= period.to && !input.seenBefore.has(a.prospectId)) {
      deepest.set(a.prospectId, ATTEMPTED);
    }
  }
  let visitsAll = 0;
  let visitsProspecting = 0;
  const concluding = quoteSignatures(input.activities);
  for (const a of input.activities) {
    const known = deepest.get(a.prospectId);
    if (known === undefined || a.date > today || a.date < period.from) continue;
    let depth = known;
    for (const stage of stagesOf(a.kind, a.outcome))
      depth = Math.max(depth, STAGE_INDEX.get(stage) as number);
    deepest.set(a.prospectId, depth);
    if (isHeldKind(a.kind) && !concluding.has(a)) {
      visitsAll++;
      // As in the activity view: a customer of unknown date is an older one; the signing day still prospects.
      const p = input.prospectsById.get(a.prospectId);
      const since = p?.customerSince ?? (p?.status === 'customer' ? '' : undefined);
      if (since === undefined || since >= a.date) visitsProspecting++;
    }
  }
  const stages = Object.fromEntries(STAGES.map((s) => [s, 0])) as Record<Stage, number>;
  let newCustomers = 0;
  for (const [id, depth] of deepest) {
    for (let i = 0; i <= depth; i++) stages[STAGES[i] as Stage]++;
    const since = input.prospectsById.get(id)?.customerSince;
    if (since !== undefined && since >= period.from && since <= today) newCustomers++;
  }
  let total = 0;
  for (const p of input.allProspects) {
    if (p.customerSince === undefined ? p.status === 'customer' : p.customerSince <= today) total++;
  }
  const visits = { all: visitsAll, prospecting: visitsProspecting };
  const customers = { new: newCustomers, total };
  return { stages, ratios: funnelRatios(stages, visits, customers), visits, customers, until: today };
}
