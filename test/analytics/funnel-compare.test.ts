import { describe, expect, it } from 'vitest';
import {
  compareFunnels,
  computeFunnel,
  type FunnelResult,
  stageConversions,
} from '../../src/analytics/funnel.ts';
import type { Activity } from '../../src/domain/entities.ts';
import type { Stage } from '../../src/domain/ids.ts';
import { activity as a } from './build.ts';

const stages = (counts: number[]): Record<Stage, number> => {
  const [targeted, attempted, reached, pitched, appointment, visited, proposal, signed] = counts as [
    number,
    number,
    number,
    number,
    number,
    number,
    number,
    number,
  ];
  return { targeted, attempted, reached, pitched, appointment, visited, proposal, signed };
};

describe('stageConversions', () => {
  it('divides each stage by its predecessor in funnel order, null first', () => {
    expect(stageConversions(stages([10, 20, 10, 8, 4, 3, 1, 1]))).toEqual([
      null,
      2,
      0.5,
      0.8,
      0.5,
      0.75,
      1 / 3,
      1,
    ]);
  });

  it('is null after an empty stage, never Infinity or NaN', () => {
    expect(stageConversions(stages([5, 5, 0, 0, 0, 2, 0, 0]))).toEqual([
      null,
      1,
      0,
      null,
      null,
      null,
      0,
      null,
    ]);
  });
});

const funnelOf = (activities: Activity[]): FunnelResult =>
  computeFunnel({
    activities,
    prospectsById: new Map(),
    allProspects: [],
    period: { from: '2026-11-16', to: '2026-11-29' },
  });

describe('compareFunnels', () => {
  // This week: 4 calls, 2 reached, 1 appointment. Last week: 2 calls, 2 reached, no appointment.
  const current = funnelOf([
    a('call', 'no_answer', 'P-1', '2026-11-23'),
    a('call', 'no_answer', 'P-2', '2026-11-23'),
    a('call', 'reached', 'P-3', '2026-11-24'),
    a('call', 'appointment', 'P-4', '2026-11-24'),
  ]);
  const previous = funnelOf([
    a('call', 'reached', 'P-1', '2026-11-16'),
    a('call', 'refused', 'P-2', '2026-11-17'),
  ]);
  const comparison = compareFunnels(current, previous);

  it('gives each stage its delta and growth over the previous period', () => {
    expect(comparison.stages.attempted).toEqual({
      current: 4,
      previous: 2,
      delta: 2,
      change: { numerator: 2, denominator: 2, value: 1 },
    });
    expect(comparison.stages.pitched).toEqual({
      current: 1,
      previous: 1,
      delta: 0,
      change: { numerator: 0, denominator: 1, value: 0 },
    });
  });

  it('growth is null when the previous period had none', () => {
    expect(comparison.stages.appointment).toEqual({
      current: 1,
      previous: 0,
      delta: 1,
      change: { numerator: 1, denominator: 0, value: null },
    });
  });

  it('gives each ratio its difference of values (0.5 → 1: −0.5, i.e. −50 points)', () => {
    expect(comparison.ratios.reach_rate).toEqual({ current: 0.5, previous: 1, delta: -0.5 });
  });

  it('a ratio difference is null when either side is null', () => {
    expect(comparison.ratios.appointment_close_rate).toEqual({ current: 0, previous: null, delta: null });
    expect(comparison.ratios.close_rate).toEqual({ current: null, previous: null, delta: null });
  });
});
