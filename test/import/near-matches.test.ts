import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createTestCore } from '../helpers/core.ts';

let core: Awaited<ReturnType<typeof createTestCore>>;
beforeEach(async () => {
  core = await createTestCore();
  await core.run('/prospect add name:"Boulangerie Martin" city:Lyon postal_code:69003');
  await core.run('/prospect add name:"Garage Dupont" postal_code:69003');
});
afterEach(async () => {
  await core.close();
});

const csv = (lines: string[]) => new TextEncoder().encode(lines.join('\r\n'));
const ACTIVITIES = csv([
  'Date;Type;Résultat;Prospect;Note',
  '24/11/2026;appel;joint;Boulangerie Martn;Premier appel',
  '25/11/2026;visite;RDV obtenu;boulangerie martn;',
  '26/11/2026;appel;joint;Boulangerie Martin;Exact',
  '26/11/2026;appel;joint;Fleurs Lemoine;Nouveau',
]);
const PROSPECTS = csv([
  'Nom;Code postal;Téléphone',
  'SARL Garage Dupont;69003;04 78 00 00 00',
  'Garage Dupond;13001;04 91 00 00 00',
  'Boulangerie Martin;69003;04 78 11 11 11',
]);
const files = { 'a.csv': ACTIVITIES, 'p.csv': PROSPECTS };
const prospects = () =>
  core.store.transact('local:acme', (tx) => tx.prospects.all().map((p) => [p.id, p.name]));
const byProspect = () =>
  core.store.transact('local:acme', (tx) => tx.activities.all().map((a) => [a.note ?? '', a.prospectId]));
type Near = { line: number; name: string; rows: number; prospect: { id: string; name: string } }[];

describe('imports and names close to existing prospects', () => {
  it('the dry run lists each near match once (file name → existing prospect)', async () => {
    const r = await core.run('/importer actions fichier:a.csv essai:oui', { files });
    expect(r.error).toBeUndefined();
    expect((r.data as { nearMatches: Near }).nearMatches).toEqual([
      { line: 2, name: 'Boulangerie Martn', rows: 2, prospect: { id: 'P-1', name: 'Boulangerie Martin' } },
    ]);
    const table = r.blocks.find((b) => b.type === 'table' && b.caption?.includes('ressemble'));
    expect(table).toMatchObject({
      rows: [['2', 'Boulangerie Martn', 'P-1 Boulangerie Martin']],
      caption: '1 nom du fichier ressemble à un prospect existant',
    });
  });

  it('refuses to import until doublons:fusionner|créer is given, writing nothing', async () => {
    const before = await core.snapshot();
    const r = await core.run('/importer actions fichier:a.csv', { files });
    expect(r.error?.code).toBe('import_possible_duplicates');
    expect(r.error?.field).toBe('duplicates');
    expect(r.error?.message).toContain('doublons:fusionner');
    expect(await core.snapshot()).toEqual(before);
    const en = await core.run('/import activities file:a.csv', { files, locale: 'en' });
    expect(en.error?.message).toMatch(
      /^1 name in the file resembles an existing prospect: nothing was imported/,
    );
  });

  it('doublons:fusionner attaches the rows to the existing prospect', async () => {
    const r = await core.run('/importer actions fichier:a.csv doublons:fusionner', { files });
    expect(r.error).toBeUndefined();
    expect(r.blocks.at(-1)).toEqual({
      type: 'text',
      text: '1 nom proche d’un prospect existant y a été rattaché (doublons:fusionner).',
    });
    expect(await byProspect()).toEqual([
      ['Premier appel', 'P-1'],
      ['', 'P-1'],
      ['Exact', 'P-1'],
      ['Nouveau', 'P-3'],
    ]);
    expect(await prospects()).toEqual([
      ['P-1', 'Boulangerie Martin'],
      ['P-2', 'Garage Dupont'],
      ['P-3', 'Fleurs Lemoine'],
    ]);
  });

  it('duplicates:create creates the file’s spelling as a new prospect', async () => {
    const r = await core.run('/import activities file:a.csv duplicates:create', { files, locale: 'en' });
    expect(r.error).toBeUndefined();
    expect(await byProspect()).toEqual([
      ['Premier appel', 'P-3'],
      ['', 'P-3'],
      ['Exact', 'P-1'],
      ['Nouveau', 'P-4'],
    ]);
  });

  it('a prospects file compares postal codes, and merge updates the existing prospect without renaming it', async () => {
    const dry = await core.run('/importer prospects fichier:p.csv essai:oui', { files });
    expect((dry.data as { nearMatches: Near }).nearMatches).toEqual([
      { line: 2, name: 'SARL Garage Dupont', rows: 1, prospect: { id: 'P-2', name: 'Garage Dupont' } },
    ]);
    expect((await core.run('/importer prospects fichier:p.csv', { files })).error?.code).toBe(
      'import_possible_duplicates',
    );
    const r = await core.run('/importer prospects fichier:p.csv doublons:fusionner', { files });
    expect(r.error).toBeUndefined();
    const all = await core.store.transact('local:acme', (tx) => tx.prospects.all());
    expect(all.map((p) => [p.id, p.name, p.postalCode, p.phone])).toEqual([
      ['P-1', 'Boulangerie Martin', '69003', '04 78 11 11 11'],
      ['P-2', 'Garage Dupont', '69003', '04 78 00 00 00'],
      ['P-3', 'Garage Dupond', '13001', '04 91 00 00 00'],
    ]);
  });
});
