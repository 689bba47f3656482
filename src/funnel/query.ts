import { type CohortResult, computeCohortFunnel } from '../analytics/funnel-cohort.ts';
import { type Excess, explainExcess, lapseStart } from '../analytics/funnel-excess.ts';
import { computeFunnel, type FunnelResult, isHeldKind, type Period } from '../analytics/index.ts';
import type { Activity, Campaign, Member } from '../domain/entities.ts';
import type { FunnelRatioId } from '../domain/ids.ts';
import { activityShardOf } from '../store/collections.ts';
import type { TeamView } from '../store/types.ts';

export interface FunnelFilter {
  rep?: Member;
  campaign?: Campaign;
}

const matches = (a: Activity, filter: FunnelFilter): boolean =>
  (filter.rep === undefined || a.repId === filter.rep.id) &&
  (filter.campaign === undefined || a.campaignId === filter.campaign.id);

/** The activities of a period, read from the shards that cover it only. */
export function activitiesIn(view: TeamView, period: Period, filter: FunnelFilter = {}): Activity[] {
  return view.activities
    .inShards(activityShardOf(period.from), activityShardOf(period.to))
    .filter((a) => a.date >= period.from && a.date <= period.to && matches(a, filter));
}

/** The filter's activities before `day` (from `since` on, when given). */
function activitiesBefore(view: TeamView, day: string, filter: FunnelFilter, since = ''): Activity[] {
  return view.activities
    .inShards(since && activityShardOf(since), activityShardOf(day))
    .filter((a) => a.date < day && a.date >= since && matches(a, filter));
}

/** For each activity-view ratio above 100 %, the counts that explain it (see explainExcess). */
export function excessFor(
  view: TeamView,
  period: Period,
  result: FunnelResult,
  filter: FunnelFilter = {},
): Partial<Record<FunnelRatioId, Excess[]>> {
  const over = Object.values(result.ratios).some((r) => (r.value ?? 0) > 1);
  if (!over) return {};
  const activities = activitiesIn(view, period, filter);
  // Only the visited prospects' past matters (their appointments still to be held): a small sort.
  const visited = new Set(activities.filter((a) => isHeldKind(a.kind)).map((a) => a.prospectId));
  return explainExcess({
    activities,
    earlier: activitiesBefore(view, period.from, filter, lapseStart(period.from)).filter((a) =>
      visited.has(a.prospectId),
    ),
    ratios: result.ratios,
    targetList: filter.campaign?.targetSize !== undefined,
  });
}

/** The cohort view: prospects first worked in the period (within the filter), followed up to `today`. */
export function cohortFor(
  view: TeamView,
  period: Period,
  today: string,
  filter: FunnelFilter = {},
): CohortResult {
  const prospects = view.prospects.all();
  const until = today > period.to ? today : period.to;
  return computeCohortFunnel({
    activities: activitiesIn(view, { from: period.from, to: until }, filter),
    seenBefore: new Set(activitiesBefore(view, period.from, filter).map((a) => a.prospectId)),
    prospectsById: new Map(prospects.map((p) => [p.id, p])),
    allProspects: prospects,
    period,
    today,
  });
}

/** The team's funnel over a period; a named campaign's target list size is its `targeted` stage. */
export function funnelFor(
  view: TeamView,
  period: Period,
  filter: FunnelFilter = {},
  activities: readonly Activity[] = activitiesIn(view, period, filter),
): FunnelResult {
  const prospects = view.prospects.all();
  const prospectsById = new Map(prospects.map((p) => [p.id, p]));
  return computeFunnel({
    activities,
    prospectsById,
    allProspects: prospects,
    period,
    ...(filter.campaign?.targetSize !== undefined && { targetSize: filter.campaign.targetSize }),
  });
}
