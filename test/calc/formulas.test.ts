import { describe, expect, it } from 'vitest';
import { breakEven, type ContributionInput } from '../../src/calc/breakeven.ts';
import { growthFromEnds, growthFromRates } from '../../src/calc/growth.ts';
import { costFrom, marginFigures, type PricingBasis, priceFrom } from '../../src/calc/pricing.ts';
import { clvFigures, roiFigures } from '../../src/calc/value.ts';

const close = (actual: number | null, expected: number | null) => {
  if (expected === null) expect(actual).toBeNull();
  else expect(actual).toBeCloseTo(expected, 9);
};

describe('margin: rates from a cost and a price (DOMAIN §2, §7)', () => {
  it.each([
    // PA, PV, qty, VAT → unit, total, margin rate, markup rate, multiplier, TTC
    [15, 24, 1, 0.2, 9, 9, 0.6, 0.375, 1.6, 28.8],
    [15, 24, 10, 0.2, 9, 90, 0.6, 0.375, 1.6, 28.8],
    [80, 100, 3, 0.2, 20, 60, 0.25, 0.2, 1.25, 120],
    [80, 100, 1, 0.055, 20, 20, 0.25, 0.2, 1.25, 105.5],
    [80, 100, 1, 0.021, 20, 20, 0.25, 0.2, 1.25, 102.1],
    [60, 50, 2, 0.1, -10, -20, -1 / 6, -0.2, 50 / 60, 55],
    // zero denominators: no rate, never Infinity or NaN
    [0, 10, 1, 0.2, 10, 10, null, 1, null, 12],
    [0, 0, 1, 0.2, 0, 0, null, null, null, 0],
  ])('PA %d, PV %d, qty %d, VAT %d', (cost, price, qty, vat, unit, total, mRate, kRate, coef, ttc) => {
    const f = marginFigures(cost, price, qty, vat);
    close(f.unit_margin, unit);
    close(f.total_margin, total);
    close(f.margin_rate, mRate);
    close(f.markup_rate, kRate);
    close(f.multiplier, coef);
    close(f.price_ttc, ttc);
  });

  it('the markup rate is below the margin rate when both are positive', () => {
    const f = marginFigures(15, 24, 1, 0.2);
    expect(f.markup_rate).toBeLessThan(f.margin_rate as number);
  });
});

describe('reverse pricing, both directions', () => {
  const cases: [string, number, PricingBasis, number | null][] = [
    // cost, basis → price (and back: price, basis → cost)
    ['margin rate 60 %', 15, { kind: 'margin_rate', rate: 0.6 }, 24],
    ['markup rate 37,5 %', 15, { kind: 'markup_rate', rate: 0.375 }, 24],
    ['multiplier 1,6', 15, { kind: 'multiplier', rate: 1.6 }, 24],
    ['margin rate 25 %', 80, { kind: 'margin_rate', rate: 0.25 }, 100],
    ['markup rate 20 %', 80, { kind: 'markup_rate', rate: 0.2 }, 100],
    ['markup rate 35 %', 65, { kind: 'markup_rate', rate: 0.35 }, 100],
    ['multiplier 2,5', 40, { kind: 'multiplier', rate: 2.5 }, 100],
  ];
  it.each(cases)('PV from PA with %s, and PA back from PV', (_, cost, basis, price) => {
    close(priceFrom(cost, basis), price);
    close(costFrom(price as number, basis), cost);
  });

  it.each([
    ['markup rate 100 %: PA / 0', { kind: 'markup_rate', rate: 1 } as PricingBasis],
    ['markup rate above 100 %', { kind: 'markup_rate', rate: 1.2 } as PricingBasis],
  ])('no price with a %s', (_, basis) => {
    expect(priceFrom(15, basis)).toBeNull();
  });

  it.each([
    ['margin rate −100 %: PV / 0', { kind: 'margin_rate', rate: -1 } as PricingBasis],
    ['multiplier 0', { kind: 'multiplier', rate: 0 } as PricingBasis],
  ])('no cost with a %s', (_, basis) => {
    expect(costFrom(24, basis)).toBeNull();
  });
});

describe('break-even (seuil de rentabilité, point mort)', () => {
  const start = '2026-01-01';
  it.each([
    // textbook: CA 500 000, CV 300 000, CF 120 000 → MCV 200 000 (40 %), SR 300 000
    [
      'variable costs, 360 days',
      120_000,
      500_000,
      { kind: 'variable_costs', value: 300_000 },
      360,
      216,
      '2026-08-06',
    ],
    [
      'variable costs, 365 days',
      120_000,
      500_000,
      { kind: 'variable_costs', value: 300_000 },
      365,
      219,
      '2026-08-07',
    ],
    [
      'contribution, 360 days',
      120_000,
      500_000,
      { kind: 'contribution', value: 200_000 },
      360,
      216,
      '2026-08-06',
    ],
    [
      'contribution rate, 360 days',
      120_000,
      500_000,
      { kind: 'contribution_rate', value: 0.4 },
      360,
      216,
      '2026-08-06',
    ],
  ] as const)('%s', (_, fixed, revenue, contribution, days, day, date) => {
    const b = breakEven({
      fixedCosts: fixed,
      revenue,
      contribution: contribution as ContributionInput,
      days,
      start,
    });
    close(b.contribution_margin, 200_000);
    close(b.contribution_rate, 0.4);
    close(b.break_even_revenue, 300_000);
    close(b.break_even_day, day);
    expect(b.break_even_date).toBe(date);
    close(b.safety_margin, 200_000);
    close(b.safety_index, 0.4);
  });

  it('counts months of 30 days on the commercial year and calendar days otherwise', () => {
    // CA 800 000, taux de MCV 25 %, CF 150 000 → SR 600 000, 270 days (360) or 273,75 days (365)
    const input = {
      fixedCosts: 150_000,
      revenue: 800_000,
      contribution: { kind: 'contribution_rate', value: 0.25 } as const,
      start,
    };
    const commercial = breakEven({ ...input, days: 360 });
    close(commercial.break_even_revenue, 600_000);
    close(commercial.break_even_day, 270);
    expect(commercial.break_even_date).toBe('2026-09-30');
    const calendar = breakEven({ ...input, days: 365 });
    close(calendar.break_even_day, 273.75);
    expect(calendar.break_even_date).toBe('2026-10-01');
    close(calendar.safety_margin, 200_000);
    close(calendar.safety_index, 0.25);
  });

  it('counts from the start given (a financial year starting in July)', () => {
    const b = breakEven({
      fixedCosts: 120_000,
      revenue: 500_000,
      contribution: { kind: 'contribution_rate', value: 0.4 },
      days: 365,
      start: '2026-07-01',
    });
    expect(b.break_even_date).toBe('2027-02-04');
  });

  it('is not reached within the year when the threshold exceeds the revenue', () => {
    const b = breakEven({
      fixedCosts: 300_000,
      revenue: 500_000,
      contribution: { kind: 'contribution_rate', value: 0.4 },
      days: 360,
      start,
    });
    close(b.break_even_revenue, 750_000);
    close(b.break_even_day, 540);
    expect(b.break_even_date).toBeNull();
    close(b.safety_margin, -250_000);
    close(b.safety_index, -0.5);
  });

  it.each([
    ['no revenue', 0, { kind: 'variable_costs', value: 0 }],
    ['a contribution rate of 0', 500_000, { kind: 'contribution_rate', value: 0 }],
    ['variable costs above the revenue', 500_000, { kind: 'variable_costs', value: 600_000 }],
  ] as const)('has no threshold with %s (null, never Infinity)', (_, revenue, contribution) => {
    const b = breakEven({ fixedCosts: 120_000, revenue, contribution, days: 365, start });
    expect(b.break_even_revenue).toBeNull();
    expect(b.break_even_day).toBeNull();
    expect(b.break_even_date).toBeNull();
    expect(b.safety_margin).toBeNull();
    expect(b.safety_index).toBeNull();
  });
});

describe('growth over several years', () => {
  it.each([
    [100, 121, 2, 0.21, 0.1],
    [250_000, 300_000, 4, 0.2, 1.2 ** 0.25 - 1],
    [500, 400, 1, -0.2, -0.2],
    [100, 0, 2, -1, -1],
    // zero denominators and impossible roots
    [0, 120, 3, null, null],
    [100, 120, 0, 0.2, null],
    [100, -10, 2, -1.1, null],
  ])('from %d to %d over %d years', (start, end, years, overall, cagr) => {
    const g = growthFromEnds(start, end, years);
    close(g.growth_overall, overall);
    close(g.cagr, cagr);
    expect(g.end).toBe(end);
  });

  it.each([
    [100, [0.1, 0.1], 121, 0.21, 0.1],
    [1000, [0.03, -0.02], 1009.4, 0.0094, Math.sqrt(1.0094) - 1],
    [200, [0.05, 0.05, 0.05], 231.525, 0.157625, 0.05],
    [100, [-1.5], -50, -1.5, null],
  ])('from %d with yearly rates %j', (start, rates, end, overall, cagr) => {
    const g = growthFromRates(start, rates);
    close(g.end, end);
    close(g.growth_overall, overall);
    close(g.cagr, cagr);
    expect(g.years).toBe(rates.length);
  });

  it('gives the same figures from the ends as from the yearly rates', () => {
    const byRates = growthFromRates(250_000, [0.04, 0.06, -0.01, 0.08]);
    const byEnds = growthFromEnds(250_000, byRates.end, 4);
    close(byEnds.growth_overall, byRates.growth_overall);
    close(byEnds.cagr, byRates.cagr);
  });
});

describe('customer lifetime value and ROI', () => {
  it.each([
    // basket, frequency, years, markup, cac → variant, clv, break_even_spend
    [50, 4, 3, 0.3, 40, 'margin', 140, 40 / 0.3],
    [50, 4, 3, 0.3, undefined, 'margin', 180, null],
    [50, 4, 3, undefined, 40, 'revenue', 600, null],
    [120, 2.5, 5, 0.25, 150, 'margin', 225, 600],
    [50, 4, 3, 0, 40, 'margin', -40, null],
  ] as const)(
    'basket %d × %d/year × %d years, markup %s, cac %s',
    (basket, freq, years, markup, cac, variant, clv, spend) => {
      const f = clvFigures(basket, freq, years, markup, cac);
      expect(f.variant).toBe(variant);
      close(f.clv, clv);
      close(f.break_even_spend, spend);
    },
  );

  it.each([
    [1000, 5000, 1500, 0.5, 4],
    [2000, 1500, 300, -0.85, -0.25],
    [1000, 5000, undefined, null, 4],
    [0, 5000, 1500, null, null],
  ])('cost %d, revenue %d, margin %s', (cost, revenue, margin, roi, roiRevenue) => {
    const f = roiFigures(cost, revenue, margin);
    close(f.roi, roi);
    close(f.roi_revenue, roiRevenue);
  });
});
