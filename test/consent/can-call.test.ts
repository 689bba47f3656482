import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createTestCore } from '../helpers/core.ts';

const now = new Date('2026-11-30T10:00:00Z');
let core: Awaited<ReturnType<typeof createTestCore>>;
beforeEach(async () => {
  now.setTime(Date.parse('2026-11-30T10:00:00Z'));
  core = await createTestCore(now);
  await core.run('/prospect add "Jean Martin" type:b2c');
  await core.run('/prospect consent P-1 channel:phone status:granted proof:"formulaire web" date:2026-11-02');
});
afterEach(async () => {
  await core.close();
});

interface CanCall {
  allowed: boolean;
  warnings: { code: string }[];
  next: string | null;
  needsConsent: boolean;
}
async function canCall(utc: string, text = '/prospect can-call P-1', locale?: 'en') {
  now.setTime(Date.parse(utc));
  const r = await core.run(text, locale ? { locale } : {});
  expect(r.error).toBeUndefined();
  return { r, data: r.data as unknown as CanCall };
}

describe('/prospect can-call', () => {
  it('inside a window with consent: allowed now', async () => {
    const { r, data } = await canCall('2026-12-02T10:20:00Z'); // Wednesday 11:20 Paris
    expect(data).toMatchObject({ allowed: true, warnings: [], next: null });
    expect(r.title).toBe('Jean Martin (P-1) peut être appelé maintenant.');
  });

  it('Friday evening: the next legal slot is Monday 10:00', async () => {
    const { r, data } = await canCall('2026-12-04T19:30:00Z'); // Friday 20:30 Paris
    expect(data).toMatchObject({ allowed: false, next: '2026-12-07T10:00' });
    expect(data.warnings.map((w) => w.code)).toEqual(['call_outside_hours']);
    const body = r.blocks.map((b) => (b.type === 'text' ? b.text : '')).join('\n');
    expect(body).toContain('Prochain créneau légal : lundi 7 déc. 2026 à 10:00.');
  });

  it('the lunch break: 14:00 the same day, in English', async () => {
    const { r, data } = await canCall('2026-12-02T12:15:00Z', '/prospect can-call P-1', 'en'); // 13:15 Paris
    expect(data.next).toBe('2026-12-02T14:00');
    const body = r.blocks.map((b) => (b.type === 'text' ? b.text : '')).join('\n');
    expect(body).toContain('Next legal slot: Wednesday 2 Dec 2026 at 14:00.');
  });

  it('Christmas eve 20:30: Monday 28 December 10:00 (25th a holiday, then a weekend)', async () => {
    const { data } = await canCall('2026-12-24T19:30:00Z', '/prospect appel-possible "jean martin"');
    expect(data.next).toBe('2026-12-28T10:00');
  });

  it('four calls in 30 days: the next slot waits until the oldest leaves the window', async () => {
    for (const day of ['2026-11-23', '2026-11-24', '2026-11-25', '2026-11-26'])
      await core.run(`/log kind:call outcome:no_answer prospect:P-1 date:${day} time:10:30`);
    const { data } = await canCall('2026-12-02T10:20:00Z');
    expect(data.warnings.map((w) => w.code)).toEqual(['call_too_many_attempts']);
    // 23 November + 30 days = 23 December (a Wednesday), 10:00.
    expect(data.next).toBe('2026-12-23T10:00');
  });

  it('after a refusal: not before 60 days, then the first legal slot', async () => {
    await core.run('/log kind:call outcome:refused prospect:P-1 date:2026-11-27 time:15:00');
    const { data } = await canCall('2026-12-02T10:20:00Z');
    expect(data.warnings.map((w) => w.code)).toEqual(['call_after_refusal']);
    // 27 November + 60 days = Tuesday 26 January 2027.
    expect(data.next).toBe('2027-01-26T10:00');
  });

  it('no consent: no slot, and the way to record it', async () => {
    await core.run('/prospect add "Paul Sans" type:b2c');
    const { r, data } = await canCall('2026-12-02T10:20:00Z', '/prospect can-call P-2');
    expect(data).toMatchObject({ allowed: false, next: null, needsConsent: true });
    expect(data.warnings.map((w) => w.code)).toEqual(['b2c_phone_no_consent']);
    expect(r.followUps.map((f) => f.command)).toContain('/prospect consentement P-2');
  });

  it('a business: allowed whenever, the consumer rules do not apply', async () => {
    await core.run('/prospect add "Garage Dupont" type:b2b');
    const { data } = await canCall('2026-12-06T21:00:00Z', '/prospect can-call P-2');
    expect(data).toMatchObject({ allowed: true, warnings: [] });
  });

  it('follows the team’s time zone: 19:30 UTC is still 14:30 in Montreal', async () => {
    await core.store.transact('local:acme', (tx) =>
      tx.setTeam({ ...tx.team, settings: { ...tx.team.settings, timeZone: 'America/Montreal' } }),
    );
    const { data } = await canCall('2026-12-04T19:30:00Z');
    expect(data.allowed).toBe(true);
  });
});
