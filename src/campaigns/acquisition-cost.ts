import type { Period } from '../analytics/period.ts';
import { type Ratio, ratio } from '../analytics/ratio.ts';
import type { Activity, Prospect } from '../domain/entities.ts';

/**
 * DOMAIN §2 `cac`, the one definition `/profitability`, `/portfolio value` and the calculator share:
 * prospecting/marketing costs of the period / customers new in the period.
 */
export const customerAcquisitionCost = (cost: number, newCustomers: number): Ratio =>
  ratio(cost, newCustomers);

/**
 * The customers new in `period` among the prospects `activities` worked: those whose first signature
 * (`customerSince`) falls in it. A customer from before (a re-order, an imported customer, one of
 * unknown date) never counts, whatever it signs in the period; each prospect counts once.
 */
export function newCustomersIn(
  activities: readonly Activity[],
  prospectsById: ReadonlyMap<string, Pick<Prospect, 'customerSince'>>,
  period: Period,
): number {
  const seen = new Set<string>();
  let count = 0;
  for (const a of activities) {
    if (seen.has(a.prospectId)) continue;
    seen.add(a.prospectId);
    const since = prospectsById.get(a.prospectId)?.customerSince;
    if (since !== undefined && since >= period.from && since <= period.to) count++;
  }
  return count;
}
