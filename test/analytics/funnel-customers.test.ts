import { describe, expect, it } from 'vitest';
import { computeFunnel, type FunnelProspect } from '../../src/analytics/funnel.ts';
import type { Period } from '../../src/analytics/period.ts';
import { activity as a } from './build.ts';

const week: Period = { from: '2026-11-23', to: '2026-11-29' };

describe('prospecting effort', () => {
  const effort = (prospect: FunnelProspect, visitDay: string) =>
    computeFunnel({
      activities: [a('visit', 'callback', prospect.id, visitDay)],
      prospectsById: new Map([[prospect.id, prospect]]),
      allProspects: [prospect],
      period: week,
    }).ratios.prospecting_effort.value;

  it.each<{ label: string; prospect: FunnelProspect; day: string; value: number }>([
    {
      label: 'a prospect never signed',
      prospect: { id: 'P-1', status: 'prospect' },
      day: '2026-11-24',
      value: 1,
    },
    {
      label: 'a customer since the day before',
      prospect: { id: 'P-1', status: 'customer', customerSince: '2026-11-23' },
      day: '2026-11-24',
      value: 0,
    },
    {
      label: 'a customer signed that very day',
      prospect: { id: 'P-1', status: 'customer', customerSince: '2026-11-24' },
      day: '2026-11-24',
      value: 1,
    },
    {
      label: 'a customer signed the day after',
      prospect: { id: 'P-1', status: 'customer', customerSince: '2026-11-25' },
      day: '2026-11-24',
      value: 1,
    },
    {
      label: 'a customer of unknown date',
      prospect: { id: 'P-1', status: 'customer' },
      day: '2026-11-24',
      value: 0,
    },
  ])('visiting $label gives a prospecting effort of $value', ({ prospect, day, value }) => {
    expect(effort(prospect, day)).toBe(value);
  });

  it('a visit to a prospect unknown to the store (erased) counts as prospecting', () => {
    const { visits } = computeFunnel({
      activities: [a('visit', 'lost', 'P-99', '2026-11-24')],
      prospectsById: new Map(),
      allProspects: [],
      period: week,
    });
    expect(visits).toEqual({ all: 1, prospecting: 1 });
  });
});

describe('conquest rate', () => {
  it('counts as new only worked prospects that became customers within the period', () => {
    const byId = new Map<string, FunnelProspect>([
      ['P-1', { id: 'P-1', status: 'customer', customerSince: '2026-11-23' }], // first day: new
      ['P-2', { id: 'P-2', status: 'customer', customerSince: '2026-11-22' }], // day before: old customer
      ['P-3', { id: 'P-3', status: 'customer', customerSince: '2026-11-30' }], // after: not a customer yet
    ]);
    const { customers, ratios } = computeFunnel({
      activities: [...byId.keys()].map((id) => a('call', 'signed', id, '2026-11-23')),
      prospectsById: byId,
      allProspects: [...byId.values(), { id: 'P-4', status: 'customer' }],
      period: week,
    });
    expect(customers).toEqual({ new: 1, total: 3 }); // P-1, P-2, and P-4 of unknown date
    expect(ratios.conquest_rate.value).toBe(1 / 3);
  });

  it('is null when the team has no customer', () => {
    const { ratios } = computeFunnel({
      activities: [a('call', 'refused', 'P-1', '2026-11-23')],
      prospectsById: new Map(),
      allProspects: [{ id: 'P-1' }],
      period: week,
    });
    expect(ratios.conquest_rate).toEqual({ numerator: 0, denominator: 0, value: null });
  });
});
