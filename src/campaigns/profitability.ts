import { type Ratio, ratio } from '../analytics/ratio.ts';
import { customerAcquisitionCost } from './acquisition-cost.ts';
import type { CostBreakdown } from './costs.ts';
import type { SignedFigures } from './margin.ts';

/** DOMAIN §3 profitability figures, under their ids; money ratios keep their fraction. */
export interface Profitability {
  cost_total: number;
  /** total cost / contact attempts (`attempted`). */
  cost_per_contact: Ratio;
  cost_per_appointment: Ratio;
  /** Coût de la visite: total cost / visits held. */
  cost_per_visit: Ratio;
  /** Coût d'acquisition client: total cost / customers new in the period (see acquisition-cost.ts). */
  cac: Ratio;
  revenue_signed: number;
  margin_generated: number | null;
  profit: number | null;
  /** profit / cost. */
  roi: Ratio | null;
  /** cost / average margin per signature; null without signatures or with an average margin ≤ 0. */
  break_even_signatures: number | null;
}

export interface ProfitabilityInput {
  costs: CostBreakdown;
  signed: SignedFigures;
  counts: { attempted: number; appointment: number; visited: number; newCustomers: number };
}

export function profitability({ costs, signed, counts }: ProfitabilityInput): Profitability {
  const cost = costs.total;
  const margin = signed.margin;
  const profit = margin === null ? null : margin - cost;
  const averageMargin = margin === null || signed.signed === 0 ? null : margin / signed.signed;
  return {
    cost_total: cost,
    cost_per_contact: ratio(cost, counts.attempted),
    cost_per_appointment: ratio(cost, counts.appointment),
    cost_per_visit: ratio(cost, counts.visited),
    cac: customerAcquisitionCost(cost, counts.newCustomers),
    revenue_signed: signed.revenue,
    margin_generated: margin,
    profit,
    roi: profit === null ? null : ratio(profit, cost),
    break_even_signatures: averageMargin === null || averageMargin <= 0 ? null : cost / averageMargin,
  };
}
