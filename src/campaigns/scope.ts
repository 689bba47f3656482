import { computeFunnel, type FunnelResult, type Period } from '../analytics/index.ts';
import type { Activity, Campaign, Prospect } from '../domain/entities.ts';
import type { TeamView } from '../store/types.ts';
import { type SignedFigures, signedFigures } from './margin.ts';

/** A campaign's activities and the days they span. */
export interface CampaignScope {
  campaign: Campaign;
  activities: Activity[];
  /** The campaign's period widened to every activity logged under it (follow-ups after a trade show count). */
  period: Period;
  prospectsById: ReadonlyMap<string, Prospect>;
  allProspects: readonly Prospect[];
}

/** Every activity logged with `campaign:`, whatever its date. */
export function campaignScope(view: TeamView, campaign: Campaign, today: string): CampaignScope {
  const activities = view.activities.all().filter((a) => a.campaignId === campaign.id);
  let from = campaign.from ?? activities[0]?.date ?? campaign.createdAt.slice(0, 10);
  let to = campaign.to ?? today;
  for (const a of activities) {
    if (a.date < from) from = a.date;
    if (a.date > to) to = a.date;
  }
  const allProspects = view.prospects.all();
  return {
    campaign,
    activities,
    // biome-ignore lint/complexity/useMathMinMax: ISO days compare as strings; Math.max would give NaN
    period: { from, to: to > from ? to : from },
    prospectsById: new Map(allProspects.map((p) => [p.id, p])),
    allProspects,
  };
}

/** What the campaign (or one rep, or one week of it) achieved: the funnel and the signatures. */
export interface Results {
  funnel: FunnelResult;
  signed: SignedFigures;
}

/**
 * The team-wide results: the core funnel of the campaign with its target list size as `targeted`
 * (what `funnelFor(view, scope.period, { campaign })` gives, without reading the shards a second time).
 */
export function campaignResults(scope: CampaignScope, markupRate: number | null): Results {
  const { targetSize } = scope.campaign;
  return {
    funnel: computeFunnel({
      activities: scope.activities,
      prospectsById: scope.prospectsById,
      allProspects: scope.allProspects,
      period: scope.period,
      ...(targetSize !== undefined && { targetSize }),
    }),
    signed: signedFigures(scope.activities, markupRate),
  };
}

/** Results of a subset of the campaign's activities (one rep, one week). */
export function resultsOf(
  scope: CampaignScope,
  activities: readonly Activity[],
  period: Period,
  markupRate: number | null,
): Results {
  return {
    funnel: computeFunnel({
      activities,
      prospectsById: scope.prospectsById,
      allProspects: scope.allProspects,
      period,
    }),
    signed: signedFigures(activities, markupRate),
  };
}
