import { type Ratio, ratio } from '../analytics/ratio.ts';

/** DOMAIN §7 per-visit ratios of a rep, team or campaign over a period, from the activities logged. */
export const VISIT_RATIOS = [
  'revenue_per_visit',
  'margin_per_visit',
  'margin_per_order',
  'visits_per_order',
  'prospecting_yield',
] as const;
export type VisitRatioId = (typeof VISIT_RATIOS)[number];

export interface VisitFigures {
  /** Visits held (`visited`), and those to prospects not yet customers that day. */
  visits: { all: number; prospecting: number };
  /** Signatures (orders). */
  signed: number;
  /** Signed revenue HT. */
  revenue: number;
  /** Margin of the signatures; null when one cannot be known (then the margin ratios are null). */
  margin: number | null;
  /** Customers won in the period. */
  newCustomers: number;
}

/**
 * revenue_per_visit = signed revenue / visits held; margin_per_visit = margin / visits held;
 * margin_per_order = margin / signatures; visits_per_order = visits held / signatures;
 * prospecting_yield = new customers won / prospecting visits. Each keeps its fraction.
 */
export function visitRatios(f: VisitFigures): Record<VisitRatioId, Ratio | null> {
  return {
    revenue_per_visit: ratio(f.revenue, f.visits.all),
    margin_per_visit: f.margin === null ? null : ratio(f.margin, f.visits.all),
    margin_per_order: f.margin === null ? null : ratio(f.margin, f.signed),
    visits_per_order: ratio(f.visits.all, f.signed),
    prospecting_yield: ratio(f.newCustomers, f.visits.prospecting),
  };
}
