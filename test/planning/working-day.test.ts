import { describe, expect, it } from 'vitest';
import {
  DEFAULT_HOURS,
  dayOff,
  nextWorkingDay,
  parseWorkingHours,
  visitStart,
} from '../../src/planning/working-day.ts';

describe('working days and hours of a round', () => {
  it('knows Saturdays, Sundays and French public holidays', () => {
    expect(dayOff('2026-11-28')).toBe('saturday');
    expect(dayOff('2026-11-29')).toBe('sunday');
    expect(dayOff('2026-12-01')).toBeNull();
    expect(dayOff('2026-11-11')).toBe('holiday'); // a Wednesday
    expect(dayOff('2027-03-29')).toBe('holiday'); // Easter Monday 2027 (Easter: 28 March)
    expect(dayOff('2026-05-14')).toBe('holiday'); // Ascension 2026
    expect(nextWorkingDay('2026-11-28')).toBe('2026-11-30');
    expect(nextWorkingDay('2026-12-25')).toBe('2026-12-28'); // Christmas Friday → Monday
    expect(nextWorkingDay('2026-12-01')).toBe('2026-12-01');
  });

  it('reads working hours as two ranges, French or English style, and refuses anything else', () => {
    expect(parseWorkingHours('8:30-12:00, 13:30-18:00')).toEqual(DEFAULT_HOURS);
    expect(parseWorkingHours('8h30-12h / 13h30-18h')).toEqual(DEFAULT_HOURS);
    expect(parseWorkingHours('9h-12h et 14h-17h30')).toEqual({ morning: [540, 720], afternoon: [840, 1050] });
    expect(parseWorkingHours('9-12')).toBeNull();
    expect(parseWorkingHours('14h-17h, 9h-12h')).toBeNull();
    expect(parseWorkingHours('12h-9h, 14h-17h')).toBeNull();
    expect(parseWorkingHours('25h-26h, 14h-17h')).toBeNull();
  });

  it('never starts a visit during lunch nor lets a morning visit run into it', () => {
    expect(visitStart(9 * 60, 60, DEFAULT_HOURS)).toBe(9 * 60);
    expect(visitStart(11 * 60, 60, DEFAULT_HOURS)).toBe(11 * 60); // ends 12:00 sharp
    expect(visitStart(11 * 60 + 15, 60, DEFAULT_HOURS)).toBe(13 * 60 + 30);
    expect(visitStart(12 * 60 + 40, 30, DEFAULT_HOURS)).toBe(13 * 60 + 30);
    expect(visitStart(14 * 60, 60, DEFAULT_HOURS)).toBe(14 * 60);
  });
});
