import { type Ratio, ratio } from '../../analytics/ratio.ts';

/** `growth_rate` (taux d'évolution) = (V_N − V_N−1) / V_N−1; null when V_N−1 is 0. */
export interface Growth {
  current: number;
  previous: number;
  value: number | null;
}
export const growthRate = (current: number, previous: number): Growth => ({
  current,
  previous,
  value: previous === 0 ? null : (current - previous) / previous,
});

/** `cagr` (TCAM) = (V_end / V_start)^(1/n) − 1 over n years; null when n ≤ 0 or a value is not positive. */
export interface Cagr {
  start: number;
  end: number;
  years: number;
  value: number | null;
}
export const cagr = (start: number, end: number, years: number): Cagr => ({
  start,
  end,
  years,
  value: years <= 0 || start <= 0 || end <= 0 ? null : (end / start) ** (1 / years) - 1,
});

/** `margin` = revenue HT − cost HT. */
export const margin = (revenue: number, cost: number): number => revenue - cost;
/** `margin_rate` (taux de marge) = margin / cost HT. */
export const marginRate = (m: number, cost: number): Ratio => ratio(m, cost);
/** `markup_rate` (taux de marque) = margin / revenue HT. */
export const markupRate = (m: number, revenue: number): Ratio => ratio(m, revenue);
/** `multiplier` (coefficient multiplicateur) = selling price HT / cost HT (HT on both sides here). */
export const multiplier = (revenue: number, cost: number): Ratio => ratio(revenue, cost);
/** `average_basket` (panier moyen) = revenue / distinct orders. */
export const averageBasket = (revenue: number, orders: number): Ratio => ratio(revenue, orders);
/** `purchase_frequency` = orders / customers over one year (purchases per customer per year). */
export const purchaseFrequency = (orders: number, customers: number): Ratio => ratio(orders, customers);
/** `share` = part / total. */
export const share = (part: number, total: number): Ratio => ratio(part, total);

/**
 * `clv` = average basket × purchases per year × years × markup rate − cac (the margin variant of
 * DOMAIN §2); `cac` is subtracted only when known. Null when any factor is unknown.
 */
export interface Clv {
  variant: 'margin_minus_cac' | 'margin';
  averageBasket: number | null;
  purchasesPerYear: number | null;
  years: number | null;
  markupRate: number | null;
  cac: number | null;
  value: number | null;
}
export function clv(
  basket: number | null,
  perYear: number | null,
  years: number | null,
  markup: number | null,
  cac: number | null,
): Clv {
  const base = {
    variant: cac === null ? ('margin' as const) : ('margin_minus_cac' as const),
    averageBasket: basket,
    purchasesPerYear: perYear,
    years,
    markupRate: markup,
    cac,
  };
  if (basket === null || perYear === null || years === null || markup === null)
    return { ...base, value: null };
  return { ...base, value: basket * perYear * years * markup - (cac ?? 0) };
}
