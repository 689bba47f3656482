/** DOMAIN §7 pricing: margins and rates from a cost and a price, and the reverse formulas. */

/** What `/calc margin` answers, under the DOMAIN ids; a rate is null when its denominator is 0. */
export interface MarginFigures {
  unit_margin: number;
  total_margin: number;
  /** (PV − PA) / PA. */
  margin_rate: number | null;
  /** (PV − PA) / PV. */
  markup_rate: number | null;
  /** PV HT / PA HT. */
  multiplier: number | null;
  price_ttc: number;
}

/** unit_margin = PV − PA; total_margin = unit × quantity; price_ttc = PV × (1 + VAT). */
export function marginFigures(cost: number, price: number, quantity: number, vat: number): MarginFigures {
  const unit = price - cost;
  return {
    unit_margin: unit,
    total_margin: unit * quantity,
    margin_rate: cost === 0 ? null : unit / cost,
    markup_rate: price === 0 ? null : unit / price,
    multiplier: cost === 0 ? null : price / cost,
    price_ttc: price * (1 + vat),
  };
}

/** The one rate a reverse formula starts from. */
export type PricingBasis =
  | { kind: 'margin_rate'; rate: number }
  | { kind: 'markup_rate'; rate: number }
  | { kind: 'multiplier'; rate: number };

/**
 * `price` = PA × (1 + margin rate) = PA / (1 − markup rate) = PA × multiplier. Null when the markup
 * rate is 100 % or more: PA / 0 has no value, and above 100 % the price would be negative.
 */
export function priceFrom(cost: number, basis: PricingBasis): number | null {
  switch (basis.kind) {
    case 'margin_rate':
      return cost * (1 + basis.rate);
    case 'markup_rate':
      return basis.rate >= 1 ? null : cost / (1 - basis.rate);
    case 'multiplier':
      return cost * basis.rate;
  }
}

/**
 * `cost` = PV / (1 + margin rate) = PV × (1 − markup rate) = PV / multiplier. Null when the
 * denominator is 0 or less (a margin rate of −100 % or below, a multiplier of 0 or below).
 */
export function costFrom(price: number, basis: PricingBasis): number | null {
  switch (basis.kind) {
    case 'margin_rate':
      return basis.rate <= -1 ? null : price / (1 + basis.rate);
    case 'markup_rate':
      return price * (1 - basis.rate);
    case 'multiplier':
      return basis.rate <= 0 ? null : price / basis.rate;
  }
}
