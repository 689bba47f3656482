import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { mergedProspectsCollection } from '../../src/activities/tombstones.ts';
import type { Reply } from '../../src/core/reply.ts';
import type { Activity, Prospect } from '../../src/domain/entities.ts';
import { notesCollection } from '../../src/watch/entities.ts';
import { createTestCore } from '../helpers/core.ts';

let core: Awaited<ReturnType<typeof createTestCore>>;
beforeEach(async () => {
  core = await createTestCore(); // today: Saturday 2026-11-28, this week 23..29 Nov
});
afterEach(async () => {
  await core.close();
});

const ok = async (text: string, o: Parameters<typeof core.run>[1] = {}): Promise<Reply> => {
  const r = await core.run(text, o);
  expect(r.error, `${text}: ${r.error?.message}`).toBeUndefined();
  return r;
};
const stages = async () =>
  ((await ok('/funnel this-week')).data as { stages: Record<string, number> }).stages;
const read = <T>(fn: Parameters<typeof core.store.transact<T>>[1]) => core.store.transact('local:acme', fn);

describe('/prospect merge', () => {
  it('moves the typo’s activities and notes to the right prospect; the funnel targets one prospect', async () => {
    await ok('/log kind:call outcome:appointment prospect:"Boulangerie Martin" date:2026-11-24');
    await ok(
      '/log kind:visit outcome:signed prospect:"Boulangrie Martin" amount:800 date:2026-11-26 new:true',
    );
    await ok('/log kind:call outcome:reached prospect:"Boulangrie Martin" date:2026-11-25');
    await read((tx) =>
      tx.collection(notesCollection).put({
        id: 'W-1',
        type: 'commercial',
        title: 'Nouveau four',
        body: 'Ils investissent dans un four.',
        tags: [],
        prospectId: 'P-2',
        authorId: 'cli:alice',
        createdAt: '2026-11-25T10:00:00.000Z',
        usefulBy: [],
      }),
    );
    expect((await stages()).targeted).toBe(2);
    const r = await ok('/prospect fusionner de:P-2 vers:P-1');
    expect(r.title).toBe('Prospect P-2 fusionné dans P-1');
    expect(r.reference).toBe('P-1');
    expect(r.blocks[0]).toEqual({
      type: 'text',
      text: '2 actions et 1 note de veille de « Boulangrie Martin » sont passées sur « Boulangerie Martin ». P-2 mène désormais à P-1.',
    });
    expect(await stages()).toMatchObject({ targeted: 1, attempted: 2, visited: 1, signed: 1 });
    const state = await read((tx) => ({
      prospects: tx.prospects.all().map((p) => p.id),
      activities: tx.activities.all().map((a) => [a.id, a.prospectId]),
      note: tx.collection(notesCollection).get('W-1')?.prospectId,
      p1: tx.prospects.get('P-1'),
      tomb: tx.collection(mergedProspectsCollection).get('P-2'),
    }));
    expect(state.prospects).toEqual(['P-1']);
    expect(state.activities.sort()).toEqual([
      ['A-1', 'P-1'],
      ['A-2', 'P-1'],
      ['A-3', 'P-1'],
    ]);
    expect(state.note).toBe('P-1');
    // The typo was signed: the kept prospect is a customer since that day (earliest wins).
    expect(state.p1).toMatchObject({
      name: 'Boulangerie Martin',
      status: 'customer',
      customerSince: '2026-11-26',
    });
    expect(state.tomb).toMatchObject({
      mergedInto: 'P-1',
      mergedBy: 'cli:alice',
      mergedAt: '2026-11-28T09:00:00.000Z',
      movedActivityIds: ['A-2', 'A-3'],
      movedNoteIds: ['W-1'],
      prospect: { id: 'P-2', name: 'Boulangrie Martin' },
    });
  });

  it('keeps the merged id leading to the kept prospect, and never gives it to a new one', async () => {
    await ok('/log kind:call outcome:reached prospect:Right');
    await ok('/log kind:call outcome:reached prospect:Wrnog');
    await ok('/prospect merge from:Wrnog into:Right', { locale: 'en' });
    const show = await ok('/prospect show P-2');
    expect((show.data as { prospect: Prospect }).prospect.id).toBe('P-1');
    const logged = await ok('/log kind:call outcome:refused prospect:p-2');
    expect((logged.data as { activity: Activity }).activity.prospectId).toBe('P-1');
    const added = await ok('/prospect add "Nouveau"');
    expect(added.reference).toBe('P-3');
    const created = await ok('/log kind:call outcome:reached prospect:"Encore un"');
    expect((created.data as { prospect: { id: string } }).prospect.id).toBe('P-4');
    const qualified = await ok('/prospect qualify P-2 budget:3 authority:2 need:3 timing:1');
    expect(qualified.data).toMatchObject({ prospect: { id: 'P-1' } });
    const listed = await ok('/activity list prospect:P-2');
    expect((listed.data as { total: number }).total).toBe(3);
  });

  it('keeps the earliest customer date of the two, and the kept prospect’s own fields', async () => {
    await ok('/prospect add Keep city:Lyon');
    await ok('/prospect add Typo city:Paris phone:"04 78 00 00 00" status:customer');
    await ok('/log kind:visit outcome:signed prospect:Keep date:2026-11-27 amount:10');
    await read((tx) => {
      const typo = tx.prospects.get('P-2');
      if (typo) tx.prospects.put({ ...typo, customerSince: '2025-03-01' });
    });
    await ok('/prospect merge P-2 P-1');
    const kept = await read((tx) => tx.prospects.get('P-1'));
    expect(kept).toMatchObject({
      name: 'Keep',
      city: 'Lyon',
      phone: '04 78 00 00 00',
      status: 'customer',
      customerSince: '2025-03-01',
    });
  });

  it('refuses a merge into itself, a rep merging a prospect they did not create, and writes nothing', async () => {
    await ok('/log kind:call outcome:reached prospect:A');
    await ok('/log kind:call outcome:reached prospect:B');
    const before = await core.snapshot();
    const self = await core.run('/prospect merge from:P-1 into:a');
    expect(self.error?.code).toBe('merge_same_prospect');
    expect(self.error?.field).toBe('into');
    const rep = await core.run('/prospect fusionner de:P-2 vers:P-1', { user: 'bob' });
    expect(rep.error?.code).toBe('merge_forbidden');
    expect(rep.error?.message).toBe(
      'Seul un manager peut fusionner P-2 : vous ne l’avez pas créé. Demandez à un responsable de l’équipe.',
    );
    const unknown = await core.run('/prospect merge from:P-9 into:P-1');
    expect(unknown.error).toMatchObject({ code: 'prospect_not_found', field: 'from' });
    expect(await core.snapshot()).toEqual(before);
    await ok('/log kind:call outcome:reached prospect:"Bobs typo"', { user: 'bob' });
    await ok('/prospect merge from:P-3 into:P-1', { user: 'bob' });
  });

  it('a deleted activity of the merged prospect is restored onto the kept one', async () => {
    await ok('/log kind:call outcome:reached prospect:Right');
    await ok('/log kind:call outcome:reached prospect:Wrnog');
    await ok('/activity delete A-2');
    await ok('/prospect merge from:P-2 into:P-1');
    const r = await ok('/activity restore A-2');
    expect((r.data as { activity: Activity }).activity.prospectId).toBe('P-1');
    expect(r.blocks.map((b) => (b.type === 'text' ? b.text : '')).join('\n')).toContain(
      'Son prospect P-2 a été fusionné entre-temps : elle est rattachée à P-1.',
    );
  });
});
