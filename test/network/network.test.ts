import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { NetworkChartSpec } from '../../src/charts/diagram-spec.ts';
import type { Reply } from '../../src/core/reply.ts';
import { networkEntriesOf } from '../../src/network/personal-data.ts';
import { createTestCore } from '../helpers/core.ts';

let core: Awaited<ReturnType<typeof createTestCore>>;
beforeEach(async () => {
  core = await createTestCore();
});
afterEach(() => core.close());

const fieldValue = (r: Reply, label: string) =>
  r.blocks.flatMap((b) => (b.type === 'fields' ? b.fields : [])).find((f) => f.label === label)?.value;
const mapOf = (r: Reply) => {
  const block = r.blocks.find((b) => b.type === 'chart');
  return block?.type === 'chart' ? (block.spec as NetworkChartSpec) : undefined;
};

describe('/network', () => {
  it('adds typed contacts, links a prospect, edits, lists and maps them', async () => {
    await core.run('/prospect ajouter "Garage Martin"');
    const added = await core.run(
      '/réseau ajouter "Paul Girard" type:transversal organisation:"CCI Lyon" force:3 moyen:"club d’affaires" objet:"Recommandations" prospect:"garage martin" dernier_échange:2026-11-20',
    );
    expect(added.error).toBeUndefined();
    expect(added.data?.contact).toMatchObject({
      id: 'N-1',
      name: 'Paul Girard',
      type: 'transversal',
      organisation: 'CCI Lyon',
      strength: 3,
      means: 'business_club',
      purpose: 'Recommandations',
      prospectId: 'P-1',
      lastExchange: '2026-11-20',
      ownerId: 'cli:alice',
    });
    await core.run(
      '/network add "Marc Dupuis" type:vertical organisation:"Grossiste Rhône" means:trade_show',
      { locale: 'en' },
    );
    await core.run('/réseau ajouter "Sophie" type:personnel force:1 moyen:famille');
    const edited = await core.run('/réseau modifier N-2 force:3 dernier_échange:hier');
    expect(edited.data?.contact).toMatchObject({
      strength: 3,
      lastExchange: '2026-11-27',
      organisation: 'Grossiste Rhône',
    });
    const card = await core.run('/réseau voir "paul girard"');
    expect(fieldValue(card, 'Prospect lié')).toBe('Garage Martin (P-1)');
    expect(fieldValue(card, 'Lien')).toBe('fort');
    const list = await core.run('/réseau liste');
    expect((list.data?.contacts as { id: string }[] | undefined)?.map((c) => c.id)).toEqual([
      'N-1',
      'N-2',
      'N-3',
    ]);
    const map = await core.run('/réseau carte');
    const spec = mapOf(map);
    expect(spec?.type).toBe('network');
    expect(spec?.center).toBe('Alice');
    expect(spec?.sectors.map((s) => s.label)).toEqual(['Personnel', 'Vertical', 'Horizontal', 'Transversal']);
    expect(spec?.nodes).toEqual([
      { label: 'Paul Girard', sublabel: 'CCI Lyon', sector: 3, ring: 0 },
      { label: 'Marc Dupuis', sublabel: 'Grossiste Rhône', sector: 1, ring: 0 },
      { label: 'Sophie', sector: 0, ring: 2 },
    ]);
    expect(map.data?.by_type).toEqual({ personal: 1, vertical: 1, horizontal: 0, transversal: 1 });
  });

  it('keeps a rep’s personal contacts private from other reps, and edits to their owner or a manager', async () => {
    await core.run('/réseau ajouter "Sophie" type:personnel');
    await core.run('/réseau ajouter "Paul Girard" type:horizontal');
    const bobList = await core.run('/réseau liste portée:équipe', { user: 'bob' });
    expect(bobList.data?.contacts).toEqual([
      { id: 'N-1', type: 'personal', strength: 2, masked: true },
      expect.objectContaining({ id: 'N-2', name: 'Paul Girard' }),
    ]);
    expect(JSON.stringify(bobList.blocks)).not.toContain('Sophie');
    expect(JSON.stringify(bobList.blocks)).toContain('Contact personnel de Alice');
    const bobMap = await core.run('/réseau carte portée:équipe', { user: 'bob' });
    expect(JSON.stringify(mapOf(bobMap))).not.toContain('Sophie');
    expect((await core.run('/réseau voir Sophie', { user: 'bob' })).error?.code).toBe(
      'network_contact_not_found',
    );
    const bobEdit = await core.run('/réseau modifier N-2 force:1', { user: 'bob' });
    expect(bobEdit.error?.code).toBe('network_not_yours');
    const bobMine = await core.run('/réseau liste', { user: 'bob' });
    expect(bobMine.data?.contacts).toEqual([]);
  });

  it('refuses bad input with the field named, and writes nothing', async () => {
    await core.run('/réseau liste');
    const before = await core.snapshot();
    const strength = await core.run('/réseau ajouter "X" type:vertical force:4');
    expect(strength.error?.field).toBe('strength');
    const type = await core.run('/réseau ajouter "X" type:cousin');
    expect(type.error?.field).toBe('type');
    const prospect = await core.run('/réseau ajouter "X" type:vertical prospect:"Nobody"');
    expect(prospect.error?.code).toBe('prospect_not_found');
    const guarded = await core.run('/réseau ajouter "X" type:vertical objet:"Joindre au 06 12 34 56 78"');
    expect(guarded.error?.field).toBe('purpose');
    expect(await core.snapshot()).toEqual(before);
    const overridden = await core.run(
      '/réseau ajouter "X" type:vertical objet:"Joindre au 06 12 34 56 78" confirmer:oui',
    );
    expect(overridden.error).toBeUndefined();
  });

  it('lists a team’s network entries with their personal fields (for GDPR access and erasure)', async () => {
    await core.run(
      '/réseau ajouter "Paul Girard" type:transversal organisation:"CCI Lyon" rencontre:"Soirée CCI"',
    );
    await core.run('/network add "Jo" type:horizontal', { team: 'other' });
    const entries = await core.store.transact('local:acme', (tx) => networkEntriesOf(tx));
    expect(entries).toEqual([
      {
        id: 'N-1',
        ownerId: 'cli:alice',
        personal: { name: 'Paul Girard', organisation: 'CCI Lyon', howMet: 'Soirée CCI' },
      },
    ]);
  });
});

describe('/network objectives', () => {
  it('adds objectives, marks one reached with its day, and keeps each rep’s own', async () => {
    const added = await core.run(
      '/réseau objectifs ajouter texte:"Rejoindre le club d’affaires" échéance:2027-03-31',
    );
    expect(added.reference).toBe('NO-1');
    await core.run('/network objectives add text:"Meet 3 accountants"', { locale: 'en' });
    const done = await core.run('/réseau objectifs atteint NO-1 le:2026-11-25');
    expect(done.data?.objectives).toMatchObject([
      { id: 'NO-1', done: true, doneOn: '2026-11-25', due: '2027-03-31' },
      { id: 'NO-2', done: false },
    ]);
    expect(done.data?.done).toBe(1);
    const bob = await core.run('/réseau objectifs', { user: 'bob' });
    expect(bob.data?.objectives).toEqual([]);
    const bobDone = await core.run('/réseau objectifs atteint NO-2', { user: 'bob' });
    expect(bobDone.error?.code).toBe('network_objective_not_found');
    const missing = await core.run('/réseau objectifs ajouter');
    expect(missing.error?.message).toContain('texte');
    const reopened = await core.run('/network objectives reopen NO-1', { locale: 'en' });
    expect(reopened.data?.objectives).toMatchObject([{ id: 'NO-1', done: false }, { id: 'NO-2' }]);
    expect((reopened.data?.objectives as { doneOn?: string }[] | undefined)?.[0]?.doneOn).toBeUndefined();
  });
});
