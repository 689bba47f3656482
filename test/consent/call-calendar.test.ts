import { DateTime } from 'luxon';
import { describe, expect, it } from 'vitest';
import { callTimeBreaches, isPublicHoliday, nextLegalCallSlot } from '../../src/consent/call-calendar.ts';

describe('French public holidays (the planning calendar’s, shared)', () => {
  it.each([
    ['2026-04-06', true], // Easter Monday
    ['2026-05-14', true], // Ascension
    ['2026-05-25', true], // Whit Monday
    ['2026-11-11', true],
    ['2027-03-29', true],
    ['2027-05-06', true],
    ['2027-05-17', true],
    ['2026-04-05', false], // Easter Sunday: a Sunday, not a listed holiday
    ['2026-12-26', false], // Saint-Étienne: Alsace-Moselle only
    ['2026-04-03', false], // Good Friday: Alsace-Moselle only
  ])('%s is a public holiday: %s', (day, expected) => {
    expect(isPublicHoliday(day)).toBe(expected);
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
