import { describe, expect, it } from 'vitest';
import { abcClasses, parseThresholds } from '../../src/portfolio/analytics/abc.ts';

const customers = (revenues: number[]) => revenues.map((revenue, customer) => ({ customer, revenue }));

describe('ABC classes', () => {
  it('the customer that crosses a threshold belongs to the lower class', () => {
    // Total 1000; cumulative 50 %, 75 %, 85 % (crosses 80 %: B), 95 % (= B limit: B), 99 % (C), 100 % (C).
    const r = abcClasses(customers([500, 250, 100, 100, 40, 10]));
    expect(r.ranked.map((c) => c.class)).toEqual(['A', 'A', 'B', 'B', 'C', 'C']);
    expect(r.ranked.map((c) => c.cumulative)).toEqual([0.5, 0.75, 0.85, 0.95, 0.99, 1]);
    expect(r.classes.A.customers).toEqual({ numerator: 2, denominator: 6, value: 2 / 6 });
    expect(r.classes.A.revenue).toEqual({ numerator: 750, denominator: 1000, value: 0.75 });
    expect(r.classes.B.revenue.numerator).toBe(200);
    expect(r.classes.C.revenue.numerator).toBe(50);
  });

  it('a customer landing exactly on 80 % stays in A', () => {
    const r = abcClasses(customers([600, 200, 150, 50]));
    expect(r.ranked.map((c) => [c.cumulative, c.class])).toEqual([
      [0.6, 'A'],
      [0.8, 'A'],
      [0.95, 'B'],
      [1, 'C'],
    ]);
  });

  it('one customer above 80 % on its own crosses the threshold: class B, A is empty', () => {
    const r = abcClasses(customers([900, 60, 40]));
    expect(r.ranked.map((c) => c.class)).toEqual(['B', 'C', 'C']);
    expect(r.classes.A.customers.numerator).toBe(0);
  });

  it('cumulative shares are exact with amounts of up to 4 decimals', () => {
    const r = abcClasses(customers([0.1, 0.2, 0.7]));
    expect(r.revenue_total).toBe(1);
    expect(r.ranked[0]?.cumulative).toBe(0.7);
  });

  it('ties are ranked by the tie key, so the result does not depend on input order', () => {
    const refs = ['Z', 'B', 'A'];
    const r = abcClasses(customers([100, 100, 100]), undefined, (n) => refs[n] as string);
    expect(r.ranked.map((c) => c.customer)).toEqual([2, 1, 0]);
  });

  it('with no revenue everyone is C and shares are null', () => {
    const r = abcClasses(customers([0, 0]));
    expect(r.ranked.map((c) => c.class)).toEqual(['C', 'C']);
    expect(r.classes.C.revenue.value).toBeNull();
  });

  it('other thresholds: 70/90', () => {
    const r = abcClasses(customers([500, 250, 100, 100, 40, 10]), { a: 0.7, b: 0.9 });
    expect(r.ranked.map((c) => c.class)).toEqual(['A', 'B', 'B', 'C', 'C', 'C']);
  });

  it.each([
    ['80/95', { a: 0.8, b: 0.95 }],
    ['70/90', { a: 0.7, b: 0.9 }],
    ['80-15-5', { a: 0.8, b: 0.95 }],
    ['70/20/10', { a: 0.7, b: 0.9 }],
    ['50-30-20', { a: 0.5, b: 0.8 }],
    ['80 %/95 %', { a: 0.8, b: 0.95 }],
    ['95/80', undefined],
    ['80/15/4', undefined],
    ['abc', undefined],
  ])('thresholds "%s" → %o', (text, expected) => {
    expect(parseThresholds(text)).toEqual(expected);
  });
});
