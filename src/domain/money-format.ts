import type { Ratio } from '../analytics/ratio.ts';
import type { Formatter } from '../i18n/index.ts';

/** A money ratio with its fraction: `12,50 € (1 250,00 € / 100)`; n.d. when the denominator is 0. */
export function moneyRatio(fmt: Formatter, r: Ratio): string {
  const value = r.value === null ? fmt.notAvailable : fmt.money(r.value);
  return `${value} (${fmt.money(r.numerator)} / ${fmt.integer(r.denominator)})`;
}

/** A ratio whose numerator is money: `ROI 25,0 % (500,00 € / 2 000,00 €)`. */
export function moneyPercent(fmt: Formatter, r: Ratio | null): string {
  if (r === null) return fmt.notAvailable;
  return `${fmt.percent(r.value)} (${fmt.money(r.numerator)} / ${fmt.money(r.denominator)})`;
}

/** A money amount that may be unknown. */
export const moneyOrNa = (fmt: Formatter, v: number | null): string =>
  v === null ? fmt.notAvailable : fmt.money(v);
