import { describe, expect, it } from 'vitest';
import { createFormatter } from '../../src/i18n/format.ts';
import { dayInZone } from '../../src/i18n/zoned-day.ts';

describe('instants are shown in the team’s time zone', () => {
  it.each([
    ['2026-12-04T23:28:00Z', 'Europe/Paris', '2026-12-05'],
    ['2026-12-04T23:28:00Z', 'America/Montreal', '2026-12-04'],
    ['2026-12-04T23:28:00Z', 'UTC', '2026-12-04'],
    ['2026-12-05T04:30:00Z', 'America/Montreal', '2026-12-04'],
    ['2026-03-29T00:30:00Z', 'Europe/Paris', '2026-03-29'],
    ['2026-06-30T22:30:00Z', 'Europe/Paris', '2026-07-01'],
  ])('%s is on %s … %s', (instant, zone, day) => {
    expect(dayInZone(instant, zone)).toBe(day);
  });

  it('formats a note’s instant as the local day, in French and English', () => {
    const at = '2026-12-04T23:28:00Z';
    expect(createFormatter('fr', 'EUR', 'Europe/Paris').instantDate(at)).toBe('5 déc. 2026');
    expect(createFormatter('en', 'EUR', 'Europe/Paris').instantDate(at)).toBe('5 Dec 2026');
    expect(createFormatter('fr', 'CAD', 'America/Montreal').instantDate(at)).toBe('4 déc. 2026');
    // A calendar day stays that day whatever the zone.
    expect(createFormatter('fr', 'CAD', 'America/Montreal').date('2026-12-05')).toBe('5 déc. 2026');
  });

  it('writes the first of a month as an ordinal in French only', () => {
    expect(createFormatter('fr', 'EUR', 'Europe/Paris').date('2026-01-01')).toBe('1er janv. 2026');
    expect(createFormatter('fr', 'EUR', 'Europe/Paris').instantDate('2026-06-30T22:30:00Z')).toBe(
      '1er juil. 2026',
    );
    expect(createFormatter('fr', 'EUR', 'Europe/Paris').date('2026-01-11')).toBe('11 janv. 2026');
    expect(createFormatter('en', 'EUR', 'Europe/Paris').date('2026-01-01')).toBe('1 Jan 2026');
  });
});
