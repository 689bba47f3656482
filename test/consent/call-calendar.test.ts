import { DateTime } from 'luxon';
import { describe, expect, it } from 'vitest';
import {
  callTimeBreaches,
  easterSunday,
  frenchPublicHolidays,
  nextLegalCallSlot,
} from '../../src/consent/call-calendar.ts';

describe('French public holidays', () => {
  it.each([
    [2024, '2024-03-31'],
    [2025, '2025-04-20'],
    [2026, '2026-04-05'],
    [2027, '2027-03-28'],
    [2038, '2038-04-25'],
  ])('Easter %i is on %s', (year, day) => {
    expect(easterSunday(year)).toBe(day);
  });

  it('2026 has the eight fixed days plus Easter Monday, Ascension and Whit Monday', () => {
    expect(frenchPublicHolidays(2026)).toEqual([
      '2026-01-01',
      '2026-04-06',
      '2026-05-01',
      '2026-05-08',
      '2026-05-14',
      '2026-05-25',
      '2026-07-14',
      '2026-08-15',
      '2026-11-01',
      '2026-11-11',
      '2026-12-25',
    ]);
  });

  it('2027 moves the Easter days: 29 March, 6 May, 17 May', () => {
    const days = frenchPublicHolidays(2027);
    expect(days).toContain('2027-03-29');
    expect(days).toContain('2027-05-06');
    expect(days).toContain('2027-05-17');
    expect(days).toHaveLength(11);
  });
});

describe('consumer call hours (décret 2022-1313)', () => {
  it.each([
    ['2026-12-02', '09:59', ['call_outside_hours']],
    ['2026-12-02', '10:00', []],
    ['2026-12-02', '12:59', []],
    ['2026-12-02', '13:00', ['call_outside_hours']],
    ['2026-12-02', '13:59', ['call_outside_hours']],
    ['2026-12-02', '14:00', []],
    ['2026-12-02', '19:59', []],
    ['2026-12-02', '20:00', ['call_outside_hours']],
    ['2026-12-02', '21:00', ['call_outside_hours']],
    ['2026-12-05', '11:00', ['call_outside_hours']],
    ['2026-12-06', undefined, ['call_outside_hours']],
    ['2026-11-11', '11:00', ['call_public_holiday']],
    ['2026-12-25', undefined, ['call_public_holiday']],
    ['2026-12-24', undefined, []],
  ] as const)('%s at %s breaks %j', (day, time, expected) => {
    expect(callTimeBreaches(day, time)).toEqual(expected);
  });

  const slot = (local: string): string =>
    nextLegalCallSlot(DateTime.fromISO(local, { zone: 'Europe/Paris' })).toFormat("yyyy-MM-dd'T'HH:mm");

  it.each([
    ['Friday evening → Monday 10:00', '2026-12-04T20:30', '2026-12-07T10:00'],
    ['lunch break → 14:00 the same day', '2026-12-02T13:15', '2026-12-02T14:00'],
    ['early morning → 10:00 the same day', '2026-12-02T07:45', '2026-12-02T10:00'],
    ['inside a window → now', '2026-12-02T11:20', '2026-12-02T11:20'],
    ['Christmas eve 20:30 → Monday 28 December', '2026-12-24T20:30', '2026-12-28T10:00'],
    ['Saturday → Monday', '2026-12-05T11:00', '2026-12-07T10:00'],
    ['Ascension Thursday → Friday', '2026-05-14T09:00', '2026-05-15T10:00'],
    [
      'New Year’s Eve night → 4 January 2027 (1st is a holiday, then a weekend)',
      '2026-12-31T22:00',
      '2027-01-04T10:00',
    ],
  ])('%s', (_name, from, expected) => {
    expect(slot(from)).toBe(expected);
  });

  it('keeps the zone it is given: 20:30 in Paris is 19:30 UTC, still too late', () => {
    const from = DateTime.fromISO('2026-12-04T19:30:00Z').setZone('Europe/Paris');
    const next = nextLegalCallSlot(from);
    expect(next.zoneName).toBe('Europe/Paris');
    expect(next.toUTC().toISO()).toBe('2026-12-07T09:00:00.000Z');
  });
});
