import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Activity } from '../../src/domain/entities.ts';
import { createTestCore } from '../helpers/core.ts';

let core: Awaited<ReturnType<typeof createTestCore>>;
beforeEach(async () => {
  core = await createTestCore();
});
afterEach(async () => {
  await core.close();
});

const prospects = () =>
  core.store.transact('local:acme', (tx) => tx.prospects.all().map((p) => [p.id, p.name]));
const activities = () => core.store.transact('local:acme', (tx) => tx.activities.all());
type Asked = {
  possibleDuplicate: { typed: string; candidates: { id: string; name: string; distance: number }[] };
};

describe('/log with a name close to an existing prospect', () => {
  it('asks "Vouliez-vous dire P-1 Boulangerie Martin ?" and writes nothing (the measured duplicate)', async () => {
    await core.run('/journal type:appel résultat:joint prospect:"Boulangerie Martin"');
    const before = await core.snapshot();
    const r = await core.run(
      '/journal type:visite résultat:devis prospect:"Boulangerie Martn" montant:"1 234,50" date:hier durée:1h30 km:12 note:"Vu le gérant : devis envoyé"',
    );
    expect(r.tone).toBe('warning');
    expect(r.title).toBe('Vouliez-vous dire P-1 Boulangerie Martin ?');
    expect(r.error).toEqual({
      code: 'possible_duplicate',
      message: 'Vouliez-vous dire P-1 Boulangerie Martin ?',
      field: 'prospect',
    });
    expect((r.data as Asked).possibleDuplicate).toEqual({
      typed: 'Boulangerie Martn',
      candidates: [{ id: 'P-1', name: 'Boulangerie Martin', postalCode: null, city: null, distance: 1 }],
    });
    expect(r.followUps).toEqual([
      {
        label: 'Oui, P-1',
        command:
          '/journal type:visite résultat:"devis envoyé" prospect:P-1 date:2026-11-27 montant:1234,5 durée:90 km:12 note:"Vu le gérant : devis envoyé"',
      },
      {
        label: 'Non, créer « Boulangerie Martn »',
        command:
          '/journal type:visite résultat:"devis envoyé" prospect:"Boulangerie Martn" date:2026-11-27 montant:1234,5 durée:90 km:12 note:"Vu le gérant : devis envoyé" nouveau:oui',
      },
    ]);
    expect(await core.snapshot()).toEqual(before);
    expect(await prospects()).toEqual([['P-1', 'Boulangerie Martin']]);
  });

  it('"Oui, P-1" stores the activity on P-1 with every typed value; "Non, créer" creates the typed name', async () => {
    await core.run('/log kind:call outcome:reached prospect:"Boulangerie Martin"');
    await core.run('/log kind:call outcome:reached prospect:"Garage Central"');
    const typed =
      '/journal type:visite résultat:devis prospect:"Boulangerie Martn" montant:"1 234,50" marge:"300,25" date:hier durée:1h30 trajet:20 km:12 commercial:Alice note:"Vu le gérant : devis envoyé"';
    const asked = await core.run(typed);
    const [yes, no] = asked.followUps;
    const picked = await core.run(yes?.command ?? '');
    expect(picked.error).toBeUndefined();
    const direct = await core.run(typed.replace('"Boulangerie Martn"', 'P-1'));
    const strip = (a: Activity) => ({ ...a, id: '', createdAt: '' });
    expect(strip((picked.data as { activity: Activity }).activity)).toEqual(
      strip((direct.data as { activity: Activity }).activity),
    );
    expect((picked.data as { activity: Activity }).activity).toMatchObject({
      prospectId: 'P-1',
      kind: 'visit',
      outcome: 'proposal',
      amount: 1234.5,
      margin: 300.25,
      date: '2026-11-27',
      durationMin: 90,
      travelMin: 20,
      km: 12,
      note: 'Vu le gérant : devis envoyé',
    });
    const created = await core.run(no?.command ?? '');
    expect((created.data as { prospect: unknown }).prospect).toEqual({
      id: 'P-3',
      name: 'Boulangerie Martn',
      created: true,
    });
    expect((await activities()).filter((a) => a.kind === 'visit').map((a) => a.prospectId)).toEqual([
      'P-1',
      'P-1',
      'P-3',
    ]);
  });

  it('creates at once with nouveau:oui (EN new:true), and asks in English for an English user', async () => {
    await core.run('/log kind:call outcome:reached prospect:"Boulangerie Martin"');
    const en = await core.run('/log kind:call outcome:reached prospect:"boulangerie martn" note:x', {
      locale: 'en',
    });
    expect(en.title).toBe('Did you mean P-1 Boulangerie Martin?');
    expect(en.followUps.map((f) => [f.label, f.command])).toEqual([
      ['Yes, P-1', '/log kind:call outcome:reached prospect:P-1 note:x'],
      [
        'No, create “boulangerie martn”',
        '/log kind:call outcome:reached prospect:"boulangerie martn" note:x new:true',
      ],
    ]);
    const forced = await core.run('/log kind:call outcome:reached prospect:"Boulangerie Martn" new:true', {
      locale: 'en',
    });
    expect(forced.error).toBeUndefined();
    const fr = await core.run('/journal type:appel résultat:joint prospect:"SARL Dupont"');
    expect(fr.error).toBeUndefined();
    const again = await core.run('/journal type:appel résultat:joint prospect:"Dupont SAS" nouveau:oui');
    expect(again.error).toBeUndefined();
    expect(await prospects()).toEqual([
      ['P-1', 'Boulangerie Martin'],
      ['P-2', 'Boulangerie Martn'],
      ['P-3', 'SARL Dupont'],
      ['P-4', 'Dupont SAS'],
    ]);
  });

  it('does not ask for the same name typed otherwise, an id, a different trade, or another team’s prospect', async () => {
    await core.run('/log kind:call outcome:reached prospect:"Café Élysée"');
    await core.run('/log kind:call outcome:reached prospect:"Boulangerie Martin"', { team: 'other' });
    for (const name of ['cafe elysee', 'P-1', 'Boucherie Élysée', 'Boulangerie Martn']) {
      const r = await core.run(`/log kind:call outcome:reached prospect:"${name}"`);
      expect([name, r.error]).toEqual([name, undefined]);
    }
    expect(await prospects()).toEqual([
      ['P-1', 'Café Élysée'],
      ['P-2', 'Boucherie Élysée'],
      ['P-3', 'Boulangerie Martn'],
    ]);
  });

  it('lists the closest candidates first, each with a button, and finds a prospect created just before', async () => {
    await core.run('/log kind:call outcome:reached prospect:"Boulangerie Martins"');
    await core.run('/log kind:call outcome:reached prospect:"Boulangerie Martin" new:true');
    const r = await core.run('/journal type:appel résultat:joint prospect:"Boulangerie Martn"');
    expect((r.data as Asked).possibleDuplicate.candidates.map((c) => [c.id, c.distance])).toEqual([
      ['P-2', 1],
      ['P-1', 2],
    ]);
    expect(r.followUps.map((f) => f.label)).toEqual([
      'Oui, P-2',
      'Oui, P-1',
      'Non, créer « Boulangerie Martn »',
    ]);
    const text = r.blocks.map((b) => (b.type === 'text' ? b.text : '')).join('\n');
    expect(text).toContain('Autres prospects proches : P-1 Boulangerie Martins');
  });
});

describe('/prospect add with a name close to an existing prospect', () => {
  it('asks when postal codes agree or one is unknown, not when they differ', async () => {
    await core.run('/prospect add name:"Garage Dupont" city:Lyon postal_code:69003');
    const before = await core.snapshot();
    const same = await core.run(
      '/prospect ajouter nom:"Garage Dupond" code_postal:69003 téléphone:"04 78 00 00 00"',
    );
    expect(same.title).toBe('Vouliez-vous dire P-1 Garage Dupont ?');
    expect(same.error?.field).toBe('name');
    expect(same.blocks[0]).toEqual({ type: 'text', text: 'P-1 Garage Dupont (69003 Lyon)' });
    expect(same.followUps.map((f) => f.command)).toEqual([
      '/prospect modifier prospect:P-1 code_postal:69003 téléphone:"04 78 00 00 00"',
      '/prospect ajouter nom:"Garage Dupond" code_postal:69003 téléphone:"04 78 00 00 00" nouveau:oui',
    ]);
    expect(await core.snapshot()).toEqual(before);
    const bare = await core.run('/prospect add "Garage Dupond"', { locale: 'en' });
    expect(bare.followUps.map((f) => f.command)).toEqual([
      '/prospect show prospect:P-1',
      '/prospect add name:"Garage Dupond" new:true',
    ]);
    const elsewhere = await core.run('/prospect add name:"Garage Dupond" postal_code:13001');
    expect(elsewhere.error).toBeUndefined();
    expect(await prospects()).toEqual([
      ['P-1', 'Garage Dupont'],
      ['P-2', 'Garage Dupond'],
    ]);
  });

  it('"Oui, P-1" puts the typed fields on P-1 and "Non, créer" adds the new prospect', async () => {
    await core.run('/prospect add name:"Garage Dupont" city:Lyon');
    const asked = await core.run('/prospect add name:"Garage Dupond" phone:"04 78 00 00 00"', {
      locale: 'en',
    });
    const edited = await core.run(asked.followUps[0]?.command ?? '', { locale: 'en' });
    expect(edited.error).toBeUndefined();
    const p1 = await core.store.transact('local:acme', (tx) => tx.prospects.get('P-1'));
    expect(p1).toMatchObject({ name: 'Garage Dupont', city: 'Lyon', phone: '04 78 00 00 00' });
    const added = await core.run(asked.followUps[1]?.command ?? '', { locale: 'en' });
    expect(added.title).toContain('Garage Dupond');
    expect(await prospects()).toEqual([
      ['P-1', 'Garage Dupont'],
      ['P-2', 'Garage Dupond'],
    ]);
  });
});
