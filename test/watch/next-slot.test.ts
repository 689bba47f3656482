import { describe, expect, it } from 'vitest';
import { latestDigestSlot, nextDigestSlot } from '../../src/watch/schedule.ts';

const monday9 = { digestWeekday: 1, digestTime: '09:00' };

describe('the next weekly digest slot (when the digest scheduler next looks at a team)', () => {
  it.each([
    ['mid-week', '2026-11-25T12:00:00Z', 'Europe/Paris', '2026-11-30T08:00:00.000Z'],
    [
      'at the slot itself: the one a week on',
      '2026-11-30T08:00:00Z',
      'Europe/Paris',
      '2026-12-07T08:00:00.000Z',
    ],
    ['a minute before the slot', '2026-11-30T07:59:00Z', 'Europe/Paris', '2026-11-30T08:00:00.000Z'],
    [
      'across the end of summer time (09:00 CEST, then 09:00 CET)',
      '2026-10-19T08:00:00Z',
      'Europe/Paris',
      '2026-10-26T08:00:00.000Z',
    ],
    ['across the start of summer time', '2026-03-23T09:00:00Z', 'Europe/Paris', '2026-03-30T07:00:00.000Z'],
    ['in another zone', '2026-11-25T12:00:00Z', 'America/New_York', '2026-11-30T14:00:00.000Z'],
  ])('%s', (_case, now, zone, expected) => {
    const next = nextDigestSlot(monday9, zone, new Date(now));
    expect(next.toISOString()).toBe(expected);
    // It is the slot that becomes the latest once it has come.
    expect(latestDigestSlot(monday9, zone, next).at.toISOString()).toBe(expected);
  });
});
