import { describe, expect, it } from 'vitest';
import { computeFunnel, type FunnelProspect } from '../../src/analytics/funnel.ts';
import { computeCohortFunnel } from '../../src/analytics/funnel-cohort.ts';
import { explainExcess } from '../../src/analytics/funnel-excess.ts';
import type { Period } from '../../src/analytics/period.ts';
import type { Activity } from '../../src/domain/entities.ts';
import { activity as a } from './build.ts';

const period: Period = { from: '2026-11-02', to: '2026-11-30' };
const prospects = new Map<string, FunnelProspect>([
  ['P-1', { id: 'P-1', status: 'customer', customerSince: '2026-11-12' }],
  ['P-2', { id: 'P-2', status: 'customer', customerSince: '2026-11-20' }],
]);
const funnelOf = (activities: Activity[]) =>
  computeFunnel({ activities, prospectsById: prospects, allProspects: prospects.values(), period });

/** A textbook case: 1 appointment, 1 visit where the quote is given, then the signature logged on the visit. */
const quoteThenSignature = [
  a('call', 'appointment', 'P-1', '2026-11-03'),
  a('visit', 'proposal', 'P-1', '2026-11-05'),
  a('visit', 'signed', 'P-1', '2026-11-12'),
];

describe('a signature logged after a quote does not count the visit twice', () => {
  it('one visit held: show rate 1/1, close rate 1/1 (was 2/1 and 1/2)', () => {
    const f = funnelOf(quoteThenSignature);
    expect(f.stages).toMatchObject({ appointment: 1, visited: 1, proposal: 1, signed: 1 });
    expect(f.ratios.show_rate).toEqual({ numerator: 1, denominator: 1, value: 1 });
    expect(f.ratios.close_rate).toEqual({ numerator: 1, denominator: 1, value: 1 });
    expect(f.visits).toEqual({ all: 1, prospecting: 1 });
  });

  it('a new appointment between the quote and the signature is a second visit', () => {
    const f = funnelOf([
      ...quoteThenSignature.slice(0, 2),
      a('call', 'appointment', 'P-1', '2026-11-09'),
      quoteThenSignature[2] as Activity,
    ]);
    expect(f.stages).toMatchObject({ appointment: 2, visited: 2, signed: 1 });
  });

  it('one quote concludes once: two signed visits after it are one visit more', () => {
    const f = funnelOf([...quoteThenSignature, a('visit', 'signed', 'P-1', '2026-11-19')]);
    expect(f.stages).toMatchObject({ visited: 2, signed: 2 });
  });

  it('another prospect’s quote does not conclude', () => {
    const f = funnelOf([
      a('visit', 'proposal', 'P-2', '2026-11-05'),
      a('visit', 'signed', 'P-1', '2026-11-12'),
    ]);
    expect(f.stages.visited).toBe(2);
  });

  it('the excess explanation and the cohort view agree', () => {
    const f = funnelOf(quoteThenSignature);
    expect(
      explainExcess({ activities: quoteThenSignature, earlier: [], ratios: f.ratios, targetList: false }),
    ).toEqual({});
    const cohort = computeCohortFunnel({
      activities: quoteThenSignature,
      seenBefore: new Set(),
      prospectsById: prospects,
      allProspects: prospects.values(),
      period,
      today: '2026-11-30',
    });
    expect(cohort.visits).toEqual({ all: 1, prospecting: 1 });
  });
});
