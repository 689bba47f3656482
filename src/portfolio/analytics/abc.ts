import type { Ratio } from '../../analytics/ratio.ts';
import { share } from './formulas.ts';
import { fromUnits, toUnits } from './money.ts';

export type AbcClass = 'A' | 'B' | 'C';
export const ABC_CLASSES: readonly AbcClass[] = ['A', 'B', 'C'];

/** Cumulative revenue shares closing class A and class B, in (0, 1]: the default 80 % / 95 %. */
export interface AbcThresholds {
  a: number;
  b: number;
}
export const DEFAULT_THRESHOLDS: AbcThresholds = { a: 0.8, b: 0.95 };

export interface AbcCustomer {
  customer: number;
  revenue: number;
  /** Cumulative share of revenue once this customer is counted (exact). */
  cumulative: number;
  class: AbcClass;
}

export interface AbcClassFigures {
  customers: Ratio;
  revenue: Ratio;
}

export interface AbcResult {
  thresholds: AbcThresholds;
  revenue_total: number;
  customer_count: number;
  ranked: AbcCustomer[];
  classes: Record<AbcClass, AbcClassFigures>;
}

/**
 * ABC (Pareto) classes of DOMAIN §2: customers by revenue descending (ties by `tieKey`, then
 * number), cumulative share of revenue; a customer is A while the cumulative share after it stays
 * ≤ `a`, B while ≤ `b`, C beyond. The customer whose revenue crosses a threshold belongs to the
 * lower class. With a total ≤ 0 no share exists: everyone is C.
 */
export function abcClasses(
  customers: readonly { customer: number; revenue: number }[],
  thresholds: AbcThresholds = DEFAULT_THRESHOLDS,
  tieKey: (customer: number) => string = () => '',
): AbcResult {
  const sorted = [...customers].sort(
    (x, y) =>
      y.revenue - x.revenue ||
      tieKey(x.customer).localeCompare(tieKey(y.customer)) ||
      x.customer - y.customer,
  );
  const totalUnits = sorted.reduce((s, c) => s + toUnits(c.revenue), 0);
  let cum = 0;
  const ranked = sorted.map((c) => {
    cum += toUnits(c.revenue);
    const cumulative = totalUnits > 0 ? cum / totalUnits : 0;
    const cls: AbcClass =
      totalUnits <= 0 ? 'C' : cumulative <= thresholds.a ? 'A' : cumulative <= thresholds.b ? 'B' : 'C';
    return { customer: c.customer, revenue: c.revenue, cumulative, class: cls };
  });
  const classes = Object.fromEntries(
    ABC_CLASSES.map((k) => {
      const members = ranked.filter((c) => c.class === k);
      const rev = fromUnits(members.reduce((s, c) => s + toUnits(c.revenue), 0));
      return [
        k,
        { customers: share(members.length, ranked.length), revenue: share(rev, fromUnits(totalUnits)) },
      ];
    }),
  ) as Record<AbcClass, AbcClassFigures>;
  return { thresholds, revenue_total: fromUnits(totalUnits), customer_count: ranked.length, ranked, classes };
}

const NAMED: Record<string, AbcThresholds> = {
  '80-15-5': { a: 0.8, b: 0.95 },
  '70-20-10': { a: 0.7, b: 0.9 },
  '50-30-20': { a: 0.5, b: 0.8 },
};
export const NAMED_THRESHOLDS = Object.keys(NAMED);

/**
 * `80/95` (cumulative limits of A and B), `80/15/5` or `80-15-5` (each class's share of revenue,
 * summing to 100), or a named variant; undefined when the text is none of these.
 */
export function parseThresholds(text: string): AbcThresholds | undefined {
  const named = NAMED[text.trim().replace(/[/ ]/g, '-')];
  if (named) return named;
  const parts = text
    .trim()
    .replace(/%/g, '')
    .split(/\s*[/;-]\s*/)
    .map((p) => Number(p.replace(',', '.')));
  if (parts.some((p) => !Number.isFinite(p) || p <= 0)) return undefined;
  const [x = 0, y = 0, z] = parts;
  if (parts.length === 2 && x < y && y <= 100) return { a: x / 100, b: y / 100 };
  if (parts.length === 3 && z !== undefined && Math.abs(x + y + z - 100) < 1e-9)
    return { a: x / 100, b: (x + y) / 100 };
  return undefined;
}
