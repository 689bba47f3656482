import { describe, expect, it } from 'vitest';
import {
  monthKeys,
  type Period,
  type PeriodKind,
  previousPeriod,
  todayIn,
} from '../../src/analytics/period.ts';

describe('previousPeriod', () => {
  it.each<{ label: string; period: Period; kind: PeriodKind; previous: Period }>([
    {
      label: 'a week',
      period: { from: '2026-11-23', to: '2026-11-29' },
      kind: 'week',
      previous: { from: '2026-11-16', to: '2026-11-22' },
    },
    {
      label: 'ISO week 1',
      period: { from: '2025-12-29', to: '2026-01-04' },
      kind: 'week',
      previous: { from: '2025-12-22', to: '2025-12-28' },
    },
    {
      label: 'March',
      period: { from: '2026-03-01', to: '2026-03-31' },
      kind: 'month',
      previous: { from: '2026-02-01', to: '2026-02-28' },
    },
    {
      label: 'January',
      period: { from: '2026-01-01', to: '2026-01-31' },
      kind: 'month',
      previous: { from: '2025-12-01', to: '2025-12-31' },
    },
    {
      label: 'Q4',
      period: { from: '2026-10-01', to: '2026-12-31' },
      kind: 'quarter',
      previous: { from: '2026-07-01', to: '2026-09-30' },
    },
    {
      label: 'Q1',
      period: { from: '2026-01-01', to: '2026-03-31' },
      kind: 'quarter',
      previous: { from: '2025-10-01', to: '2025-12-31' },
    },
    {
      label: 'a year',
      period: { from: '2026-01-01', to: '2026-12-31' },
      kind: 'year',
      previous: { from: '2025-01-01', to: '2025-12-31' },
    },
    {
      label: 'a day',
      period: { from: '2026-03-01', to: '2026-03-01' },
      kind: 'day',
      previous: { from: '2026-02-28', to: '2026-02-28' },
    },
    {
      label: 'a 3-day range',
      period: { from: '2026-11-16', to: '2026-11-18' },
      kind: 'range',
      previous: { from: '2026-11-13', to: '2026-11-15' },
    },
    {
      label: 'the last 30 days',
      period: { from: '2026-10-30', to: '2026-11-28' },
      kind: 'range',
      previous: { from: '2026-09-30', to: '2026-10-29' },
    },
    // 2026-03-29 is the spring DST change in Paris: day arithmetic must not lose or gain a day.
    {
      label: 'a range across DST',
      period: { from: '2026-03-29', to: '2026-04-04' },
      kind: 'range',
      previous: { from: '2026-03-22', to: '2026-03-28' },
    },
  ])('before $label comes $previous.from..$previous.to', ({ period, kind, previous }) => {
    expect(previousPeriod(period, kind)).toEqual(previous);
  });
});

describe('todayIn', () => {
  const now = new Date('2026-11-27T23:30:00Z');
  it.each([
    ['Europe/Paris', '2026-11-28'],
    ['UTC', '2026-11-27'],
    ['America/Martinique', '2026-11-27'],
    ['Indian/Reunion', '2026-11-28'],
  ])('at 23:30 UTC on 27/11 it is %s day %s', (zone, day) => {
    expect(todayIn(zone, now)).toBe(day);
  });

  it('refuses an unknown time zone', () => {
    expect(() => todayIn('Europe/Atlantis', now)).toThrow(/Europe\/Atlantis/);
  });
});

describe('monthKeys', () => {
  it('gives the first and last months a period touches', () => {
    expect(monthKeys({ from: '2025-12-29', to: '2026-01-04' })).toEqual(['2025-12', '2026-01']);
    expect(monthKeys({ from: '2026-11-01', to: '2026-11-30' })).toEqual(['2026-11', '2026-11']);
  });
});
