import { fromUnits, toUnits } from './money.ts';
import type { CustomerTotals } from './scan.ts';

export type Score = 1 | 2 | 3 | 4 | 5;

/**
 * Quintile scores 1–5, 5 best. Tie rule: customers with equal values always get the same score,
 * the one their group's first place earns: score = 1 + ⌊5 × worse / n⌋, where `worse` counts the
 * customers with a strictly worse value. So a value shared by many (one order) never splits
 * between two scores, and ties never lift anyone above a customer with a better value.
 */
export function quintileScores(values: readonly number[], higherIsBetter: boolean): Score[] {
  const n = values.length;
  const order = values.map((_, i) => i).sort((a, b) => (values[a] as number) - (values[b] as number));
  const scores = new Array<Score>(n);
  let i = 0;
  while (i < n) {
    let j = i;
    const v = values[order[i] as number];
    while (j < n && values[order[j] as number] === v) j++;
    // Ascending order: `i` values are below this group, `n − j` above it.
    const worse = higherIsBetter ? i : n - j;
    const score = (1 + Math.floor((5 * worse) / n)) as Score;
    for (let k = i; k < j; k++) scores[order[k] as number] = score;
    i = j;
  }
  return scores;
}

export const RFM_SEGMENTS = ['champions', 'loyal', 'promising', 'at_risk', 'hibernating', 'lost'] as const;
export type RfmSegment = (typeof RFM_SEGMENTS)[number];

/**
 * The segment of an R × F cell; every one of the 25 cells has exactly one:
 * champions R≥4 F≥4 · loyal R≥3 F≥3 (other cells) · promising R≥3 F≤2 · at risk R≤2 F≥3 ·
 * lost R=1 F=1 · hibernating R≤2 F≤2 (other cells).
 */
export function rfmSegment(r: Score, f: Score): RfmSegment {
  if (r >= 3) return r >= 4 && f >= 4 ? 'champions' : f >= 3 ? 'loyal' : 'promising';
  if (f >= 3) return 'at_risk';
  return r === 1 && f === 1 ? 'lost' : 'hibernating';
}

export interface RfmCustomer {
  customer: number;
  recency: number;
  frequency: number;
  monetary: number;
  r: Score;
  f: Score;
  m: Score;
  segment: RfmSegment;
}

export interface RfmResult {
  /** Analysis date D as a day number. */
  date: number;
  customers: RfmCustomer[];
  segments: Record<RfmSegment, { customers: number; revenue: number }>;
  /** grid[r−1][f−1]: customers and revenue of each R × F cell. */
  grid: { customers: number; revenue: number }[][];
}

/** RFM over `date` from each customer's totals up to that day (recency = days since the last order). */
export function rfmAnalysis(totals: readonly CustomerTotals[], date: number): RfmResult {
  const recency = totals.map((c) => date - c.last);
  const r = quintileScores(recency, false);
  const f = quintileScores(
    totals.map((c) => c.orders),
    true,
  );
  const m = quintileScores(
    totals.map((c) => c.revenue),
    true,
  );
  const customers = totals.map((c, i) => {
    const rs = r[i] as Score;
    const fs = f[i] as Score;
    return {
      customer: c.customer,
      recency: recency[i] as number,
      frequency: c.orders,
      monetary: c.revenue,
      r: rs,
      f: fs,
      m: m[i] as Score,
      segment: rfmSegment(rs, fs),
    };
  });
  const segUnits = Object.fromEntries(RFM_SEGMENTS.map((s) => [s, { customers: 0, units: 0 }]));
  const grid = Array.from({ length: 5 }, () => Array.from({ length: 5 }, () => ({ customers: 0, units: 0 })));
  for (const c of customers) {
    const s = segUnits[c.segment] as { customers: number; units: number };
    s.customers++;
    s.units += toUnits(c.monetary);
    const cell = grid[c.r - 1]?.[c.f - 1] as { customers: number; units: number };
    cell.customers++;
    cell.units += toUnits(c.monetary);
  }
  return {
    date,
    customers,
    segments: Object.fromEntries(
      RFM_SEGMENTS.map((s) => {
        const v = segUnits[s] as { customers: number; units: number };
        return [s, { customers: v.customers, revenue: fromUnits(v.units) }];
      }),
    ) as RfmResult['segments'],
    grid: grid.map((row) => row.map((c) => ({ customers: c.customers, revenue: fromUnits(c.units) }))),
  };
}
