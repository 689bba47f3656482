import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Reply } from '../../src/core/reply.ts';
import type { Activity } from '../../src/domain/entities.ts';
import { type FollowUp, followUpsCollection } from '../../src/follow-ups/entities.ts';
import { createTestCore } from '../helpers/core.ts';

let core: Awaited<ReturnType<typeof createTestCore>>;
beforeEach(async () => {
  core = await createTestCore(); // today: Saturday 2026-11-28, 10:00 Paris
});
afterEach(async () => {
  await core.close();
});

const ok = async (text: string, o: Parameters<typeof core.run>[1] = {}): Promise<Reply> => {
  const r = await core.run(text, o);
  expect(r.error, `${text}: ${r.error?.message}`).toBeUndefined();
  return r;
};
const texts = (r: Reply) => r.blocks.map((b) => (b.type === 'text' ? b.text : '')).join('\n');

/** A follow-up set the day before, so that today's /log closes it. */
const followUp = (id: string, prospectId: string): FollowUp => ({
  id,
  prospectId,
  repId: 'cli:alice',
  dueAt: '2026-11-28T08:00:00.000Z',
  dueLocal: '2026-11-28T09:00',
  typed: 'demain',
  status: 'open',
  createdAt: '2026-11-27T09:00:00.000Z',
  createdBy: 'cli:alice',
  postponedFrom: [],
});
const followUpsNow = () =>
  core.store.transact('local:acme', (tx) =>
    tx
      .collection(followUpsCollection)
      .all()
      .map((f) => [f.id, f.prospectId, f.status, f.closedBy ?? null]),
  );

describe('undo and follow-ups', () => {
  it('deleting the action that closed a follow-up reopens it; restoring closes it again', async () => {
    await ok('/log kind:call outcome:reached prospect:Martin');
    await core.store.transact('local:acme', (tx) =>
      tx.collection(followUpsCollection).put(followUp('F-1', 'P-1')),
    );
    await ok('/log kind:call outcome:appointment prospect:P-1');
    expect(await followUpsNow()).toEqual([['F-1', 'P-1', 'closed_by_activity', 'A-2']]);
    const del = await ok('/action supprimer A-2');
    expect(texts(del)).toContain('La relance F-1 qu’elle avait close est rouverte.');
    expect(await followUpsNow()).toEqual([['F-1', 'P-1', 'open', null]]);
    await ok('/activity restore A-2');
    expect(await followUpsNow()).toEqual([['F-1', 'P-1', 'closed_by_activity', 'A-2']]);
  });

  it('deleting the action that set a follow-up removes it; restoring brings it back as it was', async () => {
    await ok('/journal type:appel résultat:rappeler prospect:Durand relance:mardi');
    const set = await followUpsNow();
    expect(set).toEqual([['F-1', 'P-1', 'open', null]]);
    const del = await ok('/action supprimer A-1');
    expect(texts(del)).toContain(
      'La relance F-1 prévue avec elle est retirée (elle reviendra si vous rétablissez l’action).',
    );
    expect(await followUpsNow()).toEqual([]);
    await ok('/action rétablir A-1');
    expect(await followUpsNow()).toEqual(set);
  });

  it('a merge moves the merged prospect’s follow-ups to the prospect kept', async () => {
    await ok('/log kind:call outcome:reached prospect:Right');
    await ok('/log kind:call outcome:reached prospect:Wrong');
    await core.store.transact('local:acme', (tx) =>
      tx.collection(followUpsCollection).put(followUp('F-1', 'P-2')),
    );
    const r = await ok('/prospect merge from:P-2 into:P-1');
    expect(r.data).toMatchObject({ merged: { movedFollowUpIds: ['F-1'], movedActivityIds: ['A-2'] } });
    expect(await followUpsNow()).toEqual([['F-1', 'P-1', 'open', null]]);
  });
});

describe('imported actions', () => {
  const CSV = [
    'Date;Type;Résultat;Société;Commercial',
    '24/11/2026;appel;RDV obtenu;Boulangerie Martin;Bob',
    '25/11/2026;visite;refus;Garage Dupont;Alice',
  ].join('\n');

  it('keep their own ids, which /activity accepts, while /log keeps counting A-1, A-2…', async () => {
    await ok('/log kind:call outcome:reached prospect:Seed');
    await ok('/log kind:call outcome:reached prospect:Seed', { user: 'bob' });
    const files = { 'export.csv': new TextEncoder().encode(CSV) };
    await ok('/importer actions fichier:export.csv', { files });
    const imported = await core.store.transact('local:acme', (tx) =>
      tx.activities.all().filter((a) => a.source === 'import'),
    );
    expect(imported).toHaveLength(2);
    for (const a of imported) expect(a.id).toMatch(/^A-[0-9a-z]+-[0-9a-z]+$/);
    expect((await ok('/log kind:call outcome:reached prospect:Seed')).reference).toBe('A-3');
    const bobs = imported.find((a) => a.repId === 'cli:bob') as Activity;
    // Bob may delete the imported row that is his, not Alice's.
    await ok(`/activity delete ${bobs.id}`, { user: 'bob' });
    const alices = imported.find((a) => a.repId === 'cli:alice') as Activity;
    expect((await core.run(`/activity delete ${alices.id}`, { user: 'bob' })).error?.code).toBe(
      'activity_not_yours',
    );
    const listed = (await ok('/activity list', { user: 'bob' })).data as { activities: Activity[] };
    expect(listed.activities.map((a) => a.id)).toEqual(['A-2']);
  });
});
