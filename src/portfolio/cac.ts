import type { Period } from '../analytics/period.ts';
import { customerAcquisitionCost, newCustomersIn } from '../campaigns/acquisition-cost.ts';
import { operationCost } from '../campaigns/costs.ts';
import type { Activity, Campaign } from '../domain/entities.ts';
import { ratesOf } from '../domain/operation-settings.ts';
import type { TeamView } from '../store/types.ts';

/** Where a CAC figure comes from: typed by the user, or the team's campaign costs. */
export interface CacFigure {
  value: number;
  source: 'option' | 'campaigns';
  /** For `campaigns`: total cost of the period's campaigns and the customers new in the period they worked. */
  cost?: number;
  newCustomers?: number;
}

/** The day a campaign starts: its own `from`, else its first activity, else the day it was created. */
function startOf(c: Campaign, activities: readonly Activity[]): string {
  if (c.from !== undefined) return c.from;
  let first = c.createdAt.slice(0, 10);
  for (const a of activities) if (a.date < first) first = a.date;
  return first;
}

/**
 * `cac` of `period` (DOMAIN §2, the definition `/profitability` uses): a `cac:` typed by the user
 * wins; else the full cost (fixed items + logged time + travel) of the campaigns starting in the
 * period, over the customers new in the period among the prospects those campaigns worked. Null
 * when there is no such cost or no new customer (a ratio with a zero denominator).
 */
export function cacFor(
  view: TeamView,
  typed: number | undefined,
  period: Period,
  today: string,
): CacFigure | null {
  if (typed !== undefined) return { value: typed, source: 'option' };
  const byCampaign = new Map<string, Activity[]>();
  for (const a of view.activities.all()) {
    if (a.campaignId === undefined) continue;
    const list = byCampaign.get(a.campaignId);
    if (list) list.push(a);
    else byCampaign.set(a.campaignId, [a]);
  }
  const rates = ratesOf(view);
  let cost = 0;
  const worked: Activity[] = [];
  for (const c of view.campaigns.all()) {
    const activities = byCampaign.get(c.id) ?? [];
    const start = startOf(c, activities);
    if (start < period.from || start > period.to || start > today) continue;
    cost += operationCost(activities, c.costs ?? [], rates).total;
    worked.push(...activities);
  }
  const prospects = new Map(view.prospects.all().map((p) => [p.id, p]));
  const cac = customerAcquisitionCost(cost, newCustomersIn(worked, prospects, period));
  if (cost <= 0 || cac.value === null) return null;
  return { value: cac.value, source: 'campaigns', cost, newCustomers: cac.denominator };
}
