import { operationCost } from '../campaigns/costs.ts';
import { ratesOf } from '../domain/operation-settings.ts';
import type { TeamView } from '../store/types.ts';

/** Where a CAC figure comes from: typed by the user, or the team's campaign costs. */
export interface CacFigure {
  value: number;
  source: 'option' | 'campaigns';
  /** For `campaigns`: total cost of the campaigns and the new customers they won. */
  cost?: number;
  newCustomers?: number;
}

/**
 * `cac` = prospecting/marketing costs / new customers won (DOMAIN §2). A `cac:` typed by the user
 * wins; else the team's campaigns: their full cost (fixed items + logged time + travel, as
 * `/profitability` counts it) over the distinct prospects signed by a campaign activity. Null
 * when there is no campaign cost or no customer won (a ratio with a zero denominator).
 */
export function cacFor(view: TeamView, typed: number | undefined): CacFigure | null {
  if (typed !== undefined) return { value: typed, source: 'option' };
  const campaigns = view.campaigns.all();
  if (campaigns.length === 0) return null;
  const byCampaign = new Map<string, ReturnType<TeamView['activities']['all']>>();
  const won = new Set<string>();
  for (const a of view.activities.all()) {
    if (a.campaignId === undefined) continue;
    const list = byCampaign.get(a.campaignId) ?? [];
    list.push(a);
    byCampaign.set(a.campaignId, list);
    if (a.outcome === 'signed') won.add(a.prospectId);
  }
  const rates = ratesOf(view);
  const cost = campaigns.reduce(
    (sum, c) => sum + operationCost(byCampaign.get(c.id) ?? [], c.costs ?? [], rates).total,
    0,
  );
  if (cost <= 0 || won.size === 0) return null;
  return { value: cost / won.size, source: 'campaigns', cost, newCustomers: won.size };
}
