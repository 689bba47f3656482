import { afterEach, describe, expect, it } from 'vitest';
import { followUpWorld } from './helpers.ts';

/** Saturday 5 December 2026, 11:00 in Paris. */
const SATURDAY = new Date('2026-12-05T10:00:00Z');
let w: Awaited<ReturnType<typeof followUpWorld>>;
afterEach(async () => w?.close());

const texts = (r: { blocks: { type: string }[] }) =>
  r.blocks.filter((b): b is { type: 'text'; text: string } => b.type === 'text').map((b) => b.text);

describe('a follow-up set with /log', () => {
  it('is stored as typed, as an instant and the Paris wall clock, and answered in French', async () => {
    w = await followUpWorld(SATURDAY);
    const r = await w.run(
      '/journal type:appel résultat:rappeler prospect:"Boulangerie Martin" relance:15/12 10h',
    );
    expect(r.error).toBeUndefined();
    expect(texts(r)).toContain('Relance F-1 prévue le 15 déc. 2026 10:00.');
    const [f] = await w.followUps();
    expect(f).toMatchObject({
      id: 'F-1',
      prospectId: 'P-1',
      repId: 'cli:alice',
      dueAt: '2026-12-15T09:00:00.000Z',
      dueLocal: '2026-12-15T10:00',
      typed: '15/12 10h',
      status: 'open',
      createdBy: 'cli:alice',
    });
    expect(f?.fromActivityId).toMatch(/^A-/);
  });

  it('in English with follow_up:, at 9:00 by default', async () => {
    w = await followUpWorld(SATURDAY);
    const r = await w.run('/log kind:call outcome:callback prospect:Acme follow_up:tuesday', {
      locale: 'en',
    });
    expect(texts(r)).toContain('Follow-up F-1 planned for 8 Dec 2026 09:00.');
    expect((await w.followUps())[0]?.dueAt).toBe('2026-12-08T08:00:00.000Z');
  });

  it('a date in the past is refused naming the option, and nothing is written', async () => {
    w = await followUpWorld(SATURDAY);
    await w.run('/relances');
    const r = await w.run('/journal type:appel résultat:rappeler prospect:Durand relance:hier');
    expect(r.error).toMatchObject({ code: 'follow_up_in_past', field: 'follow_up' });
    expect(r.error?.message).toBe(
      'relance : « hier » tombe dans le passé (2026-12-04 09:00). Une relance se prévoit dans le futur : demain, mardi, 15/12 10h…',
    );
    const bad = await w.run('/log kind:call outcome:callback prospect:Durand follow_up:soonish', {
      locale: 'en',
    });
    expect(bad.error?.message).toBe(
      'follow_up: “soonish” is not a follow-up date. Write tuesday, tomorrow, 2026-12-15, 2026-12-15 10:00 or monday 9am.',
    );
    const activities = await w.app.deps.store.transact('local:acme', (tx) => tx.activities.size);
    expect(activities).toBe(0);
    expect(await w.followUps()).toEqual([]);
  });

  it('closes itself when a later activity with the prospect is logged, not with an earlier-dated one', async () => {
    w = await followUpWorld(SATURDAY);
    await w.run('/journal type:appel résultat:rappeler prospect:Durand relance:mardi');
    await w.run('/journal type:appel résultat:rappeler prospect:Martin relance:mercredi');
    w.clock.now = new Date('2026-12-07T10:00:00Z');
    const before = await w.run('/journal type:visite résultat:refus prospect:P-1 date:04/12');
    expect(texts(before).some((t) => t.includes('close'))).toBe(false);
    const r = await w.run('/journal type:visite résultat:rdv prospect:P-1');
    expect(texts(r)).toContain('Relance F-1 clôturée par cette action.');
    const [durand, martin] = await w.followUps();
    expect(durand).toMatchObject({ status: 'closed_by_activity', closedAt: '2026-12-07T10:00:00.000Z' });
    expect(durand?.closedBy).toBe(
      (await w.app.deps.store.transact('local:acme', (tx) => tx.activities.all())).at(-1)?.id,
    );
    expect(martin?.status).toBe('open');
  });

  it('closes itself when an imported activity with the prospect is dated on or after the day it was set', async () => {
    w = await followUpWorld(SATURDAY);
    await w.run('/journal type:appel résultat:rappeler prospect:Durand relance:mardi');
    await w.run('/journal type:appel résultat:rappeler prospect:Martin relance:mardi');
    const csv = 'date;type;résultat;prospect\n01/12/2026;appel;refus;Durand\n05/12/2026;visite;rdv;Martin\n';
    w.clock.now = new Date('2026-12-05T15:00:00Z');
    const r = await w.run('/importer actions fichier:a.csv', { files: { 'a.csv': csv } });
    expect(r.error).toBeUndefined();
    const [durand, martin] = await w.followUps();
    expect(durand?.status).toBe('open');
    expect(martin).toMatchObject({ status: 'closed_by_activity', closedAt: '2026-12-05T15:00:00.000Z' });
  });
});
