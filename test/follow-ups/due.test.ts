import { describe, expect, it } from 'vitest';
import { parseFollowUpDue } from '../../src/follow-ups/due.ts';

const timeZone = 'Europe/Paris';
/** Saturday 5 December 2026, 11:00 in Paris (winter: UTC+1). */
const SATURDAY = new Date('2026-12-05T10:00:00Z');

describe('parseFollowUpDue: a future due time in the team’s time zone', () => {
  it.each([
    // typed, due instant (UTC), wall clock in Paris
    ['mardi', '2026-12-08T08:00:00.000Z', '2026-12-08T09:00'],
    ['Mardi', '2026-12-08T08:00:00.000Z', '2026-12-08T09:00'],
    ['mardi prochain', '2026-12-08T08:00:00.000Z', '2026-12-08T09:00'],
    ['next tuesday', '2026-12-08T08:00:00.000Z', '2026-12-08T09:00'],
    ['samedi', '2026-12-12T08:00:00.000Z', '2026-12-12T09:00'],
    ['demain', '2026-12-06T08:00:00.000Z', '2026-12-06T09:00'],
    ['tomorrow 2pm', '2026-12-06T13:00:00.000Z', '2026-12-06T14:00'],
    ['15/12', '2026-12-15T08:00:00.000Z', '2026-12-15T09:00'],
    ['15/12 10h', '2026-12-15T09:00:00.000Z', '2026-12-15T10:00'],
    ['15/12 à 10h30', '2026-12-15T09:30:00.000Z', '2026-12-15T10:30'],
    ['2026-12-15 14:30', '2026-12-15T13:30:00.000Z', '2026-12-15T14:30'],
    ['2026-12-15T14:30', '2026-12-15T13:30:00.000Z', '2026-12-15T14:30'],
    ['lundi 9h', '2026-12-07T08:00:00.000Z', '2026-12-07T09:00'],
    ['monday at 9am', '2026-12-07T08:00:00.000Z', '2026-12-07T09:00'],
    ['15 décembre', '2026-12-15T08:00:00.000Z', '2026-12-15T09:00'],
    ['J+2', '2026-12-07T08:00:00.000Z', '2026-12-07T09:00'],
    ['dans 3 jours', '2026-12-08T08:00:00.000Z', '2026-12-08T09:00'],
    ['in 2 weeks', '2026-12-19T08:00:00.000Z', '2026-12-19T09:00'],
    // a day already past this year is next year's
    ['01/12', '2027-12-01T08:00:00.000Z', '2027-12-01T09:00'],
    ['1/1', '2027-01-01T08:00:00.000Z', '2027-01-01T09:00'],
    // a time alone: today if still ahead, else tomorrow
    ['14h', '2026-12-05T13:00:00.000Z', '2026-12-05T14:00'],
    ['10h', '2026-12-06T09:00:00.000Z', '2026-12-06T10:00'],
    // today after 9:00: due at once
    ["aujourd'hui", '2026-12-05T10:00:00.000Z', '2026-12-05T11:00'],
    // summer time: 9:00 in Paris is 07:00 UTC
    ['15/06', '2027-06-15T07:00:00.000Z', '2027-06-15T09:00'],
  ])('%s → %s', (typed, at, local) => {
    expect(parseFollowUpDue(typed, { now: SATURDAY, timeZone })).toEqual({ ok: true, value: { at, local } });
  });

  it('a weekday named on that very weekday is the next one, not today', () => {
    const tuesday8am = new Date('2026-12-08T07:00:00Z');
    expect(parseFollowUpDue('mardi', { now: tuesday8am, timeZone })).toEqual({
      ok: true,
      value: { at: '2026-12-15T08:00:00.000Z', local: '2026-12-15T09:00' },
    });
  });

  it('across the spring change, 9:00 stays 9:00 and a skipped 2:30 moves to 3:30', () => {
    const friday = new Date('2027-03-26T10:00:00Z');
    expect(parseFollowUpDue('lundi', { now: friday, timeZone })).toEqual({
      ok: true,
      value: { at: '2027-03-29T07:00:00.000Z', local: '2027-03-29T09:00' },
    });
    expect(parseFollowUpDue('dimanche 2h30', { now: friday, timeZone })).toEqual({
      ok: true,
      value: { at: '2027-03-28T01:30:00.000Z', local: '2027-03-28T03:30' },
    });
  });

  it('across the autumn change, 9:00 is 08:00 UTC and a repeated 2:30 is the first one', () => {
    const tuesday = new Date('2026-10-20T10:00:00Z');
    expect(parseFollowUpDue('lundi', { now: tuesday, timeZone })).toEqual({
      ok: true,
      value: { at: '2026-10-26T08:00:00.000Z', local: '2026-10-26T09:00' },
    });
    expect(parseFollowUpDue('25/10 2h30', { now: tuesday, timeZone })).toEqual({
      ok: true,
      value: { at: '2026-10-25T00:30:00.000Z', local: '2026-10-25T02:30' },
    });
  });

  it.each([
    ['hier', 'follow_up_in_past'],
    ['-2', 'follow_up_in_past'],
    ['01/12/2026', 'follow_up_in_past'],
    ['2026-12-05 08:00', 'follow_up_in_past'],
    ['2062-01-01', 'follow_up_too_far'],
    ['bientôt', 'invalid_follow_up'],
    ['32/12', 'invalid_follow_up'],
    ['lundi 25h', 'invalid_follow_up'],
    ['', 'invalid_follow_up'],
  ])('%s is refused (%s)', (typed, code) => {
    const r = parseFollowUpDue(typed, { now: SATURDAY, timeZone });
    expect(r.ok ? 'accepted' : r.code).toBe(code);
  });

  it('an unknown time zone is an error, not a guess', () => {
    const r = parseFollowUpDue('demain', { now: SATURDAY, timeZone: 'Mars/Olympus' });
    expect(r.ok ? 'accepted' : r.code).toBe('invalid_time_zone');
  });
});
