import { describe, expect, it } from 'vitest';
import { computeFunnel, type FunnelProspect } from '../../src/analytics/funnel.ts';
import { explainExcess } from '../../src/analytics/funnel-excess.ts';
import type { Period } from '../../src/analytics/period.ts';
import type { Activity } from '../../src/domain/entities.ts';
import { activity as a } from './build.ts';

const week: Period = { from: '2026-11-23', to: '2026-11-29' };

function explain(activities: Activity[], earlier: Activity[], targetSize?: number) {
  const ids = new Set(activities.map((x) => x.prospectId));
  const prospectsById = new Map<string, FunnelProspect>(
    [...ids].map((id) => [id, { id, status: 'prospect' }]),
  );
  const result = computeFunnel({
    activities,
    prospectsById,
    allProspects: prospectsById.values(),
    period: week,
    ...(targetSize !== undefined && { targetSize }),
  });
  return {
    result,
    excess: explainExcess({
      activities,
      earlier,
      ratios: result.ratios,
      targetList: targetSize !== undefined,
    }),
  };
}

describe('explainExcess', () => {
  it('splits visits above appointments into appointments obtained before the period and visits without one', () => {
    const earlier = [
      a('call', 'appointment', 'P-1', '2026-11-18'), // still to be held when the week starts
      a('call', 'appointment', 'P-2', '2026-11-16'),
      a('visit', 'callback', 'P-2', '2026-11-19'), // held before the week: nothing carried over
      a('call', 'appointment', 'P-5', '2026-11-10'),
      a('email', 'appointment', 'P-5', '2026-11-17'), // two carried over
    ];
    const period = [
      a('visit', 'callback', 'P-1', '2026-11-24'),
      a('visit', 'proposal', 'P-2', '2026-11-24'), // a second visit, no appointment logged for it
      a('call', 'appointment', 'P-3', '2026-11-23'),
      a('visit', 'callback', 'P-3', '2026-11-25'), // its appointment is from the week
      a('call', 'appointment', 'P-4', '2026-11-26'), // not held yet
      a('visit', 'callback', 'P-5', '2026-11-24'),
      a('meeting', 'lost', 'P-5', '2026-11-27'),
      a('visit', 'signed', 'P-6', '2026-11-25'),
    ];
    const { result, excess } = explain(period, earlier);
    expect(result.ratios.show_rate).toEqual({ numerator: 6, denominator: 2, value: 3 });
    expect(excess.show_rate).toEqual([
      { cause: 'appointments_before_period', count: 3 },
      { cause: 'visits_without_appointment', count: 2 },
    ]);
    // 1 signature for 6 visits and 2 appointments: nothing else above 100 %
    expect(Object.keys(excess)).toEqual(['show_rate']);
  });

  it('names signatures and proposals made without a visit, and signatures without an appointment', () => {
    const period = [
      a('call', 'signed', 'P-8', '2026-11-23'),
      a('email', 'signed', 'P-9', '2026-11-24'),
      a('call', 'appointment', 'P-10', '2026-11-24'),
      a('visit', 'signed', 'P-10', '2026-11-26'),
      a('email', 'proposal', 'P-11', '2026-11-25'),
      a('email', 'proposal', 'P-12', '2026-11-25'),
    ];
    const { result, excess } = explain(period, []);
    expect(result.ratios.close_rate).toEqual({ numerator: 3, denominator: 1, value: 3 });
    expect(excess.close_rate).toEqual([{ cause: 'signed_without_visit', count: 2 }]);
    expect(excess.proposal_rate).toEqual([{ cause: 'proposals_without_visit', count: 2 }]);
    expect(excess.appointment_close_rate).toEqual([
      { cause: 'signed_without_appointment_in_period', count: 2 },
    ]);
    expect(excess.global_rate).toBeUndefined(); // 3 signatures of 5 distinct prospects
  });

  it('explains a global rate above 100 % by the campaign target list or by repeat signatures', () => {
    const period = [
      a('call', 'signed', 'P-8', '2026-11-23'),
      a('call', 'signed', 'P-8', '2026-11-27'),
      a('email', 'signed', 'P-9', '2026-11-24'),
    ];
    const { excess } = explain(period, [], 1);
    expect(excess.global_rate).toEqual([
      { cause: 'repeat_signatures', count: 1 },
      { cause: 'beyond_target_list', count: 1 },
    ]);
  });

  it('says nothing when no ratio exceeds 100 %', () => {
    const period = [a('call', 'appointment', 'P-1', '2026-11-23'), a('visit', 'signed', 'P-1', '2026-11-25')];
    expect(explain(period, []).excess).toEqual({});
  });
});
