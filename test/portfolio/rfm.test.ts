import { describe, expect, it } from 'vitest';
import { quintileScores, rfmAnalysis, rfmSegment, type Score } from '../../src/portfolio/analytics/rfm.ts';

describe('RFM quintile scores', () => {
  it('ten distinct values: two customers per score, 5 for the highest', () => {
    expect(quintileScores([1, 2, 3, 4, 5, 6, 7, 8, 9, 10], true)).toEqual([1, 1, 2, 2, 3, 3, 4, 4, 5, 5]);
  });

  it('recency: lower is better', () => {
    expect(quintileScores([10, 20, 30, 40, 50], false)).toEqual([5, 4, 3, 2, 1]);
  });

  it('ties share the score of their group’s first place (1 + ⌊5 × strictly worse / n⌋)', () => {
    // Six customers with one order, four with more: 6 below none → 1; value 2: 6 worse → 1 + ⌊30/10⌋ = 4.
    expect(quintileScores([1, 1, 1, 1, 1, 1, 2, 2, 3, 9], true)).toEqual([1, 1, 1, 1, 1, 1, 4, 4, 5, 5]);
    // All equal: everyone 1 (nobody is better than anyone).
    expect(quintileScores([3, 3, 3], true)).toEqual([1, 1, 1]);
    // Recency ties: two bought on the last day (0 days), worse = 3 → 1 + ⌊15/5⌋ = 4.
    expect(quintileScores([0, 0, 10, 20, 30], false)).toEqual([4, 4, 3, 2, 1]);
  });

  it('every R × F cell has one segment', () => {
    const map = [5, 4, 3, 2, 1].map((r) => [1, 2, 3, 4, 5].map((f) => rfmSegment(r as Score, f as Score)));
    expect(map).toEqual([
      ['promising', 'promising', 'loyal', 'champions', 'champions'],
      ['promising', 'promising', 'loyal', 'champions', 'champions'],
      ['promising', 'promising', 'loyal', 'loyal', 'loyal'],
      ['hibernating', 'hibernating', 'at_risk', 'at_risk', 'at_risk'],
      ['lost', 'hibernating', 'at_risk', 'at_risk', 'at_risk'],
    ]);
  });

  it('analysis over a date: recency in days, segments with customers and revenue', () => {
    const t = (customer: number, orders: number, revenue: number, last: number) => ({
      customer,
      revenue,
      cost: 0,
      orders,
      first: 0,
      last,
    });
    const r = rfmAnalysis(
      [t(0, 10, 1000, 99), t(1, 1, 10, 10), t(2, 5, 300, 90), t(3, 2, 50, 50), t(4, 3, 80, 70)],
      100,
    );
    expect(r.customers.map((c) => [c.recency, c.r, c.f, c.m, c.segment])).toEqual([
      [1, 5, 5, 5, 'champions'],
      [90, 1, 1, 1, 'lost'],
      [10, 4, 4, 4, 'champions'],
      [50, 2, 2, 2, 'hibernating'],
      [30, 3, 3, 3, 'loyal'],
    ]);
    expect(r.segments.champions).toEqual({ customers: 2, revenue: 1300 });
    expect(r.grid[0]?.[0]).toEqual({ customers: 1, revenue: 10 });
  });
});
