/**
 * A ratio kept as its fraction: DOMAIN.md shows "33,3 % (80/240)" because textbooks name the same
 * ratio differently and only the fraction removes the doubt.
 */
export type Ratio = { numerator: number; denominator: number; value: number | null };

/** `numerator / denominator`, exact (unrounded); `value` is null when the denominator is 0, never 0, NaN or Infinity. */
export function ratio(numerator: number, denominator: number): Ratio {
  return { numerator, denominator, value: denominator === 0 ? null : numerator / denominator };
}
