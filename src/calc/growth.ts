/** DOMAIN §7 growth over several years: overall growth and the compound annual growth rate. */

export interface GrowthFigures {
  start: number;
  end: number;
  /** Number of yearly steps (n). */
  years: number;
  /** V_end / V_start − 1 (or the product of the yearly coefficients − 1); null when V_start is 0. */
  growth_overall: number | null;
  /** (V_end / V_start)^(1/n) − 1; null when n is 0, V_start is 0 or the values change sign. */
  cagr: number | null;
  /** The yearly coefficients (1 + rate) when the growth was given year by year. */
  coefficients?: number[];
}

function cagrOf(ratio: number | null, years: number): number | null {
  if (ratio === null || years <= 0 || ratio < 0) return null;
  return ratio ** (1 / years) - 1;
}

/** From the first and last values over `years` yearly steps. */
export function growthFromEnds(start: number, end: number, years: number): GrowthFigures {
  const ratio = start === 0 ? null : end / start;
  return { start, end, years, growth_overall: ratio === null ? null : ratio - 1, cagr: cagrOf(ratio, years) };
}

/** From the first value and each year's rate of change: V_end = V_start × Π(1 + rate). */
export function growthFromRates(start: number, rates: readonly number[]): GrowthFigures {
  const coefficients = rates.map((r) => 1 + r);
  const product = coefficients.reduce((p, c) => p * c, 1);
  return {
    start,
    end: start * product,
    years: rates.length,
    growth_overall: product - 1,
    cagr: cagrOf(product, rates.length),
    coefficients,
  };
}
