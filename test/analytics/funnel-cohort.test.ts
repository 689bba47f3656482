import { describe, expect, it } from 'vitest';
import type { FunnelProspect } from '../../src/analytics/funnel.ts';
import { computeCohortFunnel } from '../../src/analytics/funnel-cohort.ts';
import { activity as a } from './build.ts';

const week = { from: '2026-11-23', to: '2026-11-29' };

describe('computeCohortFunnel', () => {
  it('follows the prospects first worked in the period up to today, once per stage reached or passed', () => {
    const activities = [
      a('call', 'appointment', 'P-1', '2026-11-24'), // worked before the week: not in its cohort
      a('call', 'no_answer', 'P-2', '2026-11-23'),
      a('call', 'reached', 'P-3', '2026-11-24'),
      a('call', 'appointment', 'P-3', '2026-12-01'),
      a('visit', 'proposal', 'P-3', '2026-12-03'),
      a('call', 'signed', 'P-4', '2026-11-25'), // signed on the phone: passed every stage
      a('email', 'no_answer', 'P-5', '2026-12-01'), // first worked after the week
      a('visit', 'callback', 'P-6', '2026-11-26'),
      a('door', 'refused', 'P-7', '2026-11-27'),
      a('call', 'signed', 'P-2', '2026-12-06'), // after today: not yet
    ];
    const prospects: FunnelProspect[] = [
      ...['P-1', 'P-2', 'P-3', 'P-5', 'P-6', 'P-7'].map((id) => ({ id, status: 'prospect' as const })),
      { id: 'P-4', status: 'customer', customerSince: '2026-11-25' },
    ];
    const r = computeCohortFunnel({
      activities,
      seenBefore: new Set(['P-1']),
      prospectsById: new Map(prospects.map((p) => [p.id, p])),
      allProspects: [...prospects, { id: 'P-50', customerSince: '2024-01-10' }],
      period: week,
      today: '2026-12-05',
    });
    expect(r.stages).toEqual({
      targeted: 5,
      attempted: 5,
      reached: 4,
      pitched: 4,
      appointment: 3,
      visited: 3,
      proposal: 2,
      signed: 1,
    });
    expect(r.visits).toEqual({ all: 2, prospecting: 2 });
    expect(r.customers).toEqual({ new: 1, total: 2 });
    expect(r.ratios.show_rate).toEqual({ numerator: 3, denominator: 3, value: 1 });
    expect(r.ratios.global_rate).toEqual({ numerator: 1, denominator: 5, value: 0.2 });
    expect(r.until).toBe('2026-12-05');
  });
});
