import { computeFunnel, type FunnelResult, type Period } from '../analytics/index.ts';
import type { Activity, Campaign, Member } from '../domain/entities.ts';
import { activityShardOf } from '../store/collections.ts';
import type { TeamView } from '../store/types.ts';

export interface FunnelFilter {
  rep?: Member;
  campaign?: Campaign;
}

/** The activities of a period, read from the shards that cover it only. */
export function activitiesIn(view: TeamView, period: Period, filter: FunnelFilter = {}): Activity[] {
  return view.activities
    .inShards(activityShardOf(period.from), activityShardOf(period.to))
    .filter(
      (a) =>
        a.date >= period.from &&
        a.date <= period.to &&
        (filter.rep === undefined || a.repId === filter.rep.id) &&
        (filter.campaign === undefined || a.campaignId === filter.campaign.id),
    );
}

/** The team's funnel over a period; a named campaign's target list size is its `targeted` stage. */
export function funnelFor(view: TeamView, period: Period, filter: FunnelFilter = {}): FunnelResult {
  const prospects = view.prospects.all();
  const prospectsById = new Map(prospects.map((p) => [p.id, p]));
  return computeFunnel({
    activities: activitiesIn(view, period, filter),
    prospectsById,
    allProspects: prospects,
    period,
    ...(filter.campaign?.targetSize !== undefined && { targetSize: filter.campaign.targetSize }),
  });
}
