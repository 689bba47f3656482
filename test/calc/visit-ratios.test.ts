import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type VisitFigures, visitRatios } from '../../src/calc/visit-ratios.ts';
import { createTestCore } from '../helpers/core.ts';

describe('per-visit ratios (DOMAIN §7), worked numbers', () => {
  it.each([
    [
      // 40 visits (30 to prospects), 8 signatures for 24 000 € and 7 200 € of margin, 6 new customers
      { visits: { all: 40, prospecting: 30 }, signed: 8, revenue: 24_000, margin: 7_200, newCustomers: 6 },
      {
        revenue_per_visit: 600,
        margin_per_visit: 180,
        margin_per_order: 900,
        visits_per_order: 5,
        prospecting_yield: 0.2,
      },
    ],
    [
      { visits: { all: 12, prospecting: 12 }, signed: 3, revenue: 4_500, margin: null, newCustomers: 3 },
      {
        revenue_per_visit: 375,
        margin_per_visit: null,
        margin_per_order: null,
        visits_per_order: 4,
        prospecting_yield: 0.25,
      },
    ],
  ] as [VisitFigures, Record<string, number | null>][])('%j', (figures, expected) => {
    const r = visitRatios(figures);
    for (const [id, value] of Object.entries(expected)) {
      const ratio = r[id as keyof typeof r];
      if (value === null) expect(ratio, id).toBeNull();
      else expect(ratio?.value, id).toBeCloseTo(value, 12);
    }
  });

  it('is null, never Infinity, without visits or signatures', () => {
    const r = visitRatios({
      visits: { all: 0, prospecting: 0 },
      signed: 0,
      revenue: 0,
      margin: 0,
      newCustomers: 0,
    });
    for (const id of [
      'revenue_per_visit',
      'margin_per_visit',
      'margin_per_order',
      'visits_per_order',
      'prospecting_yield',
    ] as const)
      expect(r[id]?.value, id).toBeNull();
  });
});

describe('/funnel and /dashboard carry the per-visit ratios', () => {
  let core: Awaited<ReturnType<typeof createTestCore>>;
  beforeAll(async () => {
    core = await createTestCore();
    const lines = [
      '/campaign create Relance from:2026-11-02 to:2026-11-27',
      '/log kind:call outcome:appointment prospect:Alpha campaign:C-1 date:2026-11-02',
      '/log kind:visit outcome:proposal prospect:Alpha campaign:C-1 date:2026-11-04 amount:1000 margin:300',
      '/log kind:visit outcome:signed prospect:Alpha campaign:C-1 date:2026-11-09 amount:1000 margin:300',
      '/log kind:call outcome:appointment prospect:Beta campaign:C-1 date:2026-11-03',
      '/log kind:visit outcome:refused prospect:Beta campaign:C-1 date:2026-11-05',
    ];
    for (const line of lines) expect((await core.run(line)).error, line).toBeUndefined();
  });
  afterAll(async () => {
    await core.close();
  });

  it.each([['/funnel period:2026-11-02..2026-11-27'], ['/dashboard C-1']])('%s', async (line) => {
    const r = await core.run(line);
    expect(r.error).toBeUndefined();
    // 2 visits held (the signature concludes Alpha's quoted visit), 1 signature of 1 000 € / 300 € margin
    expect(r.data).toMatchObject({
      revenue_per_visit: { numerator: 1000, denominator: 2, value: 500 },
      margin_per_visit: { numerator: 300, denominator: 2, value: 150 },
      margin_per_order: { numerator: 300, denominator: 1, value: 300 },
      visits_per_order: { numerator: 2, denominator: 1, value: 2 },
      prospecting_yield: { numerator: 1, denominator: 2, value: 0.5 },
    });
  });
});
