import { describe, expect, it } from 'vitest';
import { computeFunnel, type FunnelProspect } from '../../src/analytics/funnel.ts';
import type { Period } from '../../src/analytics/period.ts';
import type { Activity } from '../../src/domain/entities.ts';
import { FUNNEL_RATIOS, type FunnelRatioId, type Stage } from '../../src/domain/ids.ts';
import { activity as a } from './build.ts';

const week: Period = { from: '2026-11-23', to: '2026-11-29' };

/**
 * A worked week: 10 calls, 2 door contacts, 3 visits (one signed), 1 meeting with a proposal.
 * P-7 signs at its visit on 26/11 and P-9 by phone on 24/11; P-12 has been a customer since 2025.
 */
const workedWeek: Activity[] = [
  a('call', 'no_answer', 'P-1', '2026-11-23'),
  a('call', 'no_answer', 'P-1', '2026-11-24'),
  a('call', 'wrong_contact', 'P-2', '2026-11-23'),
  a('call', 'reached', 'P-3', '2026-11-23'),
  a('call', 'refused', 'P-4', '2026-11-23'),
  a('call', 'callback', 'P-5', '2026-11-24'),
  a('call', 'appointment', 'P-6', '2026-11-24'),
  a('call', 'appointment', 'P-7', '2026-11-24'),
  a('call', 'lost', 'P-8', '2026-11-24'),
  a('call', 'signed', 'P-9', '2026-11-24'),
  a('door', 'appointment', 'P-10', '2026-11-25'),
  a('door', 'no_answer', 'P-11', '2026-11-25'),
  a('visit', 'callback', 'P-6', '2026-11-26'),
  a('visit', 'signed', 'P-7', '2026-11-26'),
  a('visit', 'lost', 'P-10', '2026-11-27'),
  a('meeting', 'proposal', 'P-12', '2026-11-27'),
];

const customerSince: Record<string, string | undefined> = {
  'P-7': '2026-11-26',
  'P-9': '2026-11-24',
  'P-12': '2025-01-10',
};
const workedProspects = new Map<string, FunnelProspect>(
  Array.from({ length: 12 }, (_, i) => `P-${i + 1}`).map((id) => {
    const since = customerSince[id];
    return [id, { id, customerSince: since, status: since ? 'customer' : 'prospect' }];
  }),
);
/** The team: the 12 worked prospects plus an old customer, a customer won this week but not worked, a future one. */
const team = [
  ...workedProspects.values(),
  { id: 'P-50', customerSince: '2024-03-01' },
  { id: 'P-52', customerSince: '2026-11-25' },
  { id: 'P-51', customerSince: '2026-12-05' },
  { id: 'P-53' },
];

const result = computeFunnel({
  activities: workedWeek,
  prospectsById: workedProspects,
  allProspects: team,
  period: week,
});

describe('computeFunnel on a worked week', () => {
  it.each<[Stage, number]>([
    ['targeted', 12], // P-1 … P-12, P-1 twice
    ['attempted', 12], // 10 calls + 2 door contacts; visits and the meeting are not attempts
    ['reached', 8], // 7 calls past no_answer/wrong_contact + the door appointment
    ['pitched', 7], // reached minus the call that only reached
    ['appointment', 3], // 2 calls + 1 door contact
    ['visited', 4], // 3 visits + 1 meeting, whatever their outcome
    ['proposal', 1], // the meeting
    ['signed', 2], // the call of P-9 and the visit of P-7
  ])('stage %s counts %i', (stage, count) => {
    expect(result.stages[stage]).toBe(count);
  });

  it.each<[FunnelRatioId, number, number]>([
    ['reach_rate', 8, 12],
    ['pitch_rate', 7, 8],
    ['appointment_rate', 3, 8],
    ['show_rate', 4, 3],
    ['proposal_rate', 1, 4],
    ['close_rate', 2, 4],
    ['appointment_close_rate', 2, 3],
    ['global_rate', 2, 12],
    ['prospecting_effort', 3, 4], // the meeting with P-12 is a customer visit; P-7's signing-day visit is prospecting
    ['conquest_rate', 2, 5], // new: P-7, P-9; customers on 29/11: P-7, P-9, P-12, P-50, P-52
  ])('%s is %i/%i', (id, numerator, denominator) => {
    expect(result.ratios[id]).toEqual({ numerator, denominator, value: numerator / denominator });
  });

  it('reports visits and customers behind the ratios', () => {
    expect(result.visits).toEqual({ all: 4, prospecting: 3 });
    expect(result.customers).toEqual({ new: 2, total: 5 });
  });
});

describe('computeFunnel rules', () => {
  const funnel = (activities: Activity[], extra: { targetSize?: number } = {}) =>
    computeFunnel({ activities, prospectsById: workedProspects, allProspects: [], period: week, ...extra });

  it('visits and meetings never count as attempted, reached or pitched', () => {
    const { stages } = funnel([
      a('visit', 'signed', 'P-1', '2026-11-23'),
      a('meeting', 'refused', 'P-2', '2026-11-23'),
    ]);
    expect(stages).toEqual({
      targeted: 2,
      attempted: 0,
      reached: 0,
      pitched: 0,
      appointment: 0,
      visited: 2,
      proposal: 0,
      signed: 1,
    });
  });

  it('a held visit with outcome appointment counts only in visited', () => {
    const { stages } = funnel([a('visit', 'appointment', 'P-1', '2026-11-23')]);
    expect([stages.appointment, stages.visited]).toEqual([0, 1]);
  });

  it('a campaign target size replaces targeted', () => {
    const { stages, ratios } = funnel(workedWeek, { targetSize: 40 });
    expect(stages.targeted).toBe(40);
    expect(ratios.global_rate).toEqual({ numerator: 2, denominator: 40, value: 0.05 });
  });

  it('every ratio is null, never 0, NaN or Infinity, when nothing was logged', () => {
    const { ratios } = funnel([]);
    for (const id of FUNNEL_RATIOS) expect(ratios[id]).toEqual({ numerator: 0, denominator: 0, value: null });
  });

  it('appointment rate is null when nobody was reached, while the reach rate is 0', () => {
    const { ratios } = funnel([
      a('call', 'no_answer', 'P-1', '2026-11-23'),
      a('sms', 'wrong_contact', 'P-2', '2026-11-23'),
    ]);
    expect(ratios.reach_rate).toEqual({ numerator: 0, denominator: 2, value: 0 });
    expect(ratios.appointment_rate).toEqual({ numerator: 0, denominator: 0, value: null });
    expect(ratios.close_rate.value).toBeNull();
  });

  it('show rate is null when no appointment was set, even with visits held', () => {
    const { ratios } = funnel([a('visit', 'callback', 'P-1', '2026-11-23')]);
    expect(ratios.show_rate).toEqual({ numerator: 1, denominator: 0, value: null });
  });
});
