/** DOMAIN §2 and §7 customer value (clv, break_even_spend) and return on investment (roi). */

export interface ClvFigures {
  /** `margin` when a markup rate is given (the default of DOMAIN §2), else `revenue`. */
  variant: 'margin' | 'revenue';
  /** Basket × purchases per year × years: the revenue of the relationship. */
  revenue: number;
  /** Revenue × markup rate; null in the revenue variant. */
  margin: number | null;
  clv: number;
  /** cac / markup rate: the revenue a new customer must bring to repay its acquisition. */
  break_even_spend: number | null;
}

/**
 * `clv` = basket × frequency × years × markup rate − cac (variant `margin`); without a markup rate,
 * basket × frequency × years (variant `revenue`, no margin and no cac).
 */
export function clvFigures(
  basket: number,
  frequency: number,
  years: number,
  markupRate: number | undefined,
  cac: number | undefined,
): ClvFigures {
  const revenue = basket * frequency * years;
  const breakEvenSpend =
    cac === undefined || markupRate === undefined || markupRate === 0 ? null : cac / markupRate;
  if (markupRate === undefined)
    return { variant: 'revenue', revenue, margin: null, clv: revenue, break_even_spend: breakEvenSpend };
  const margin = revenue * markupRate;
  return { variant: 'margin', revenue, margin, clv: margin - (cac ?? 0), break_even_spend: breakEvenSpend };
}

export interface RoiFigures {
  /** (margin − cost) / cost: the base BTS analysis uses; null without a margin or with no cost. */
  roi: number | null;
  /** (revenue − cost) / cost: the variant some courses use; null with no cost. */
  roi_revenue: number | null;
}

export function roiFigures(cost: number, revenue: number, margin: number | undefined): RoiFigures {
  return {
    roi: margin === undefined || cost === 0 ? null : (margin - cost) / cost,
    roi_revenue: cost === 0 ? null : (revenue - cost) / cost,
  };
}
