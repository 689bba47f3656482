import { describe, expect, it } from 'vitest';
import {
  averageBasket,
  cagr,
  clv,
  growthRate,
  margin,
  marginRate,
  markupRate,
  multiplier,
  purchaseFrequency,
  share,
} from '../../src/portfolio/analytics/formulas.ts';
import { flowOf } from '../../src/portfolio/analytics/value.ts';

describe('portfolio formulas (DOMAIN §2, worked numbers)', () => {
  it.each([
    // revenue, cost → margin, margin_rate (margin/cost), markup_rate (margin/revenue), multiplier
    [150, 100, 50, 0.5, 1 / 3, 1.5],
    [1000, 800, 200, 0.25, 0.2, 1.25],
    [80, 100, -20, -0.2, -0.25, 0.8],
    [0, 0, 0, null, null, null],
    [100, 0, 100, null, 1, null],
  ])(
    'revenue %d, cost %d → margin %d, margin rate %s, markup rate %s, multiplier %s',
    (rev, cost, m, mr, mk, k) => {
      expect(margin(rev, cost)).toBe(m);
      expect(marginRate(m, cost)).toEqual({ numerator: m, denominator: cost, value: mr });
      expect(markupRate(m, rev).value).toBe(mk);
      expect(multiplier(rev, cost).value).toBe(k);
    },
  );

  it('markup rate is below margin rate when both are positive, and PV = PA × (1 + margin rate) = PA / (1 − markup rate)', () => {
    const pa = 100;
    const pv = 160;
    const mr = marginRate(margin(pv, pa), pa).value as number;
    const mk = markupRate(margin(pv, pa), pv).value as number;
    expect(mk).toBeLessThan(mr);
    expect(pa * (1 + mr)).toBeCloseTo(pv, 12);
    expect(pa / (1 - mk)).toBeCloseTo(pv, 12);
  });

  it.each([
    [120, 100, 0.2],
    [80, 100, -0.2],
    [100, 0, null],
    [0, 0, null],
  ])('growth rate %d against %d is %s (null when the previous value is 0)', (cur, prev, v) => {
    expect(growthRate(cur, prev)).toEqual({ current: cur, previous: prev, value: v });
  });

  it.each([
    [100, 121, 2, 0.1],
    [484_247.4981, 733_215.2552, 3, (733_215.2552 / 484_247.4981) ** (1 / 3) - 1],
    [100, 200, 0, null],
    [0, 200, 3, null],
    [100, 0, 3, null],
  ])('cagr from %d to %d over %d years is %s', (start, end, years, v) => {
    const r = cagr(start, end, years);
    if (v === null) expect(r.value).toBeNull();
    else expect(r.value).toBeCloseTo(v, 12);
  });

  it('average basket, purchase frequency and share keep their fraction; zero denominators give null', () => {
    expect(averageBasket(1000, 8)).toEqual({ numerator: 1000, denominator: 8, value: 125 });
    expect(averageBasket(0, 0).value).toBeNull();
    expect(purchaseFrequency(12, 4).value).toBe(3);
    expect(purchaseFrequency(0, 0).value).toBeNull();
    expect(share(25, 100).value).toBe(0.25);
    expect(share(25, 0).value).toBeNull();
  });

  it('clv = basket × purchases per year × years × markup rate − cac; without cac the margin variant', () => {
    expect(clv(200, 3, 4, 0.25, null)).toMatchObject({ variant: 'margin', value: 600 });
    expect(clv(200, 3, 4, 0.25, 150)).toMatchObject({ variant: 'margin_minus_cac', value: 450 });
    expect(clv(200, 3, null, 0.25, null).value).toBeNull();
    expect(clv(null, 3, 4, 0.25, null).value).toBeNull();
  });

  it('retention and churn: 10 customers in N-1, 7 stay, 3 leave, 4 new → 70 % and 30 %', () => {
    const bits = [...Array(7).fill(3), ...Array(3).fill(1), ...Array(4).fill(2), 0];
    const f = flowOf(bits);
    expect(f).toMatchObject({ start: 10, end: 11, newCustomers: 4, lost: 3 });
    expect(f.retention_rate).toEqual({ numerator: 7, denominator: 10, value: 0.7 });
    expect(f.churn_rate).toEqual({ numerator: 3, denominator: 10, value: 0.3 });
    expect(flowOf([2, 2]).retention_rate.value).toBeNull();
  });
});
