import type { Activity, CostItem } from '../domain/entities.ts';
import type { Rates } from '../domain/operation-settings.ts';

/** DOMAIN §3 cost of an operation: fixed items + time (hours × loaded hourly cost) + travel (km × rate). */
export interface CostBreakdown {
  fixed: { items: readonly CostItem[]; total: number };
  /** Logged durations and travel times; `withoutDuration` activities logged none (counted at 0). */
  time: { minutes: number; cost: number; withoutDuration: number };
  travel: { km: number; rate: number; cost: number };
  total: number;
}

/**
 * The cost of a set of activities plus fixed items. Time is costed rep by rep (a rep's own loaded
 * hourly cost, else the team's), from the durations and travel minutes actually logged.
 */
export function operationCost(
  activities: readonly Activity[],
  fixedItems: readonly CostItem[],
  rates: Pick<Rates, 'hourlyCost' | 'repHourlyCosts' | 'kmRate'>,
): CostBreakdown {
  const minutesByRep = new Map<string, number>();
  let minutes = 0;
  let km = 0;
  let withoutDuration = 0;
  for (let i = 0; i < activities.length; i++) {
    const a = activities[i] as Activity;
    const m = (a.durationMin ?? 0) + (a.travelMin ?? 0);
    if (a.durationMin === undefined) withoutDuration++;
    if (m > 0) minutesByRep.set(a.repId, (minutesByRep.get(a.repId) ?? 0) + m);
    minutes += m;
    km += a.km ?? 0;
  }
  let timeCost = 0;
  for (const [repId, m] of minutesByRep)
    timeCost += (m / 60) * (rates.repHourlyCosts[repId] ?? rates.hourlyCost);
  const fixedTotal = fixedItems.reduce((sum, c) => sum + c.amount, 0);
  const travelCost = km * rates.kmRate;
  return {
    fixed: { items: fixedItems, total: fixedTotal },
    time: { minutes, cost: timeCost, withoutDuration },
    travel: { km, rate: rates.kmRate, cost: travelCost },
    total: fixedTotal + timeCost + travelCost,
  };
}
