import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { sirenProblem } from '../../src/company/profile.ts';
import type { Reply } from '../../src/core/reply.ts';
import { createTestCore } from '../helpers/core.ts';

let core: Awaited<ReturnType<typeof createTestCore>>;
beforeEach(async () => {
  core = await createTestCore();
});
afterEach(() => core.close());

const fieldValue = (r: Reply, label: string) =>
  r.blocks.flatMap((b) => (b.type === 'fields' ? b.fields : [])).find((f) => f.label === label)?.value;

describe('SIREN check', () => {
  it.each([
    ['732 829 320', null],
    ['732829320', null],
    ['552 100 554', null],
    ['732 829 321', 'siren_key'],
    ['73282932', 'siren_digits'],
    ['7328293200', 'siren_digits'],
    ['ABC829320', 'siren_digits'],
  ])('%s → %s', (typed, problem) => {
    expect(sirenProblem(typed)).toBe(problem);
  });
});

describe('/company', () => {
  it('a manager fills the profile; everyone reads it; values are stored as typed', async () => {
    const empty = await core.run('/entreprise voir');
    expect(empty.data?.company).toBeNull();
    const saved = await core.run(
      '/entreprise modifier nom:"Durand Énergies" forme_juridique:SAS siren:"732 829 320" effectif:42 chiffre_affaires:"3 250 000" création:2009 prix:"Milieu de gamme, devis gratuit"',
      { role: 'manager' },
    );
    expect(saved.error).toBeUndefined();
    expect(saved.data?.company).toMatchObject({
      name: 'Durand Énergies',
      legalForm: 'SAS',
      siren: '732 829 320',
      headcount: 42,
      revenue: 3_250_000,
      foundedYear: 2009,
      price: 'Milieu de gamme, devis gratuit',
    });
    const card = await core.run('/entreprise voir', { user: 'bob' });
    expect(card.title).toBe('Durand Énergies');
    expect(fieldValue(card, 'SIREN')).toBe('732 829 320');
    expect(fieldValue(card, 'Prix')).toBe('Milieu de gamme, devis gratuit');
    const en = await core.run('/company show', { user: 'bob', locale: 'en' });
    expect(fieldValue(en, 'Legal form')).toBe('SAS');
    // A second edit changes one field and keeps the others.
    await core.run('/company edit loyalty:"Annual service contract"', { role: 'manager' });
    const after = await core.run('/company show');
    expect(after.data?.company).toMatchObject({
      name: 'Durand Énergies',
      loyaltyActions: 'Annual service contract',
    });
    const other = await core.run('/company show', { team: 'other' });
    expect(other.data?.company).toBeNull();
  });

  it('refuses a rep, a bad SIREN and a future year, and writes nothing', async () => {
    await core.run('/entreprise voir', { role: 'manager' });
    const before = await core.snapshot();
    const rep = await core.run('/entreprise modifier nom:"X"', { user: 'bob' });
    expect(rep.error?.code).toBe('forbidden');
    const key = await core.run('/entreprise modifier siren:"732 829 321"', { role: 'manager' });
    expect(key.error?.code).toBe('siren_key');
    expect(key.error?.field).toBe('siren');
    expect(key.error?.message).toContain('732 829 321');
    const digits = await core.run('/company edit siren:1234', { role: 'manager', locale: 'en' });
    expect(digits.error?.message).toBe(
      'SIREN “1234”: it takes 9 digits (spaces allowed), e.g. siren:"732 829 320".',
    );
    const future = await core.run('/entreprise modifier création:2031', { role: 'manager' });
    expect(future.error?.code).toBe('company_founded_future');
    expect(future.error?.message).toContain('création');
    const nothing = await core.run('/entreprise modifier', { role: 'manager' });
    expect(nothing.error?.code).toBe('nothing_to_change');
    // Member records aside, nothing of the company was written.
    const after = await core.snapshot();
    expect(Object.keys(after).filter((f) => f.includes('company'))).toEqual([]);
    expect(Object.keys(before).filter((f) => f.includes('company'))).toEqual([]);
  });
});

describe('/company role (org chart)', () => {
  it('builds the tree, shows it as a chart, refuses a loop and re-attaches on removal', async () => {
    const m = { role: 'manager' as const };
    expect(
      (await core.run('/entreprise poste ajouter nom:"Claire Morel" fonction:"Gérante"', m)).error,
    ).toBeUndefined();
    await core.run(
      '/entreprise poste ajouter nom:"Hugo Petit" fonction:"Chef des ventes" rattaché_à:"Claire Morel"',
      m,
    );
    await core.run('/company role add name:"Lina Roux" title:"Sales rep" reports_to:"hugo petit"', m);
    const list = await core.run('/company role list', { user: 'bob' });
    expect(list.data?.roles).toMatchObject([
      { id: 'R-1', name: 'Claire Morel' },
      { id: 'R-2', reportsTo: 'R-1' },
      { id: 'R-3', reportsTo: 'R-2' },
    ]);
    const spec = list.blocks.find((b) => b.type === 'chart');
    expect(spec?.type === 'chart' && spec.spec.type).toBe('tree');
    expect(spec?.type === 'chart' && spec.spec.type === 'tree' && spec.spec.nodes).toEqual([
      { id: 'R-1', label: 'Claire Morel', sublabel: 'Gérante' },
      { id: 'R-2', label: 'Hugo Petit', sublabel: 'Chef des ventes', parent: 'R-1' },
      { id: 'R-3', label: 'Lina Roux', sublabel: 'Sales rep', parent: 'R-2' },
    ]);
    const loop = await core.run('/company role edit name:"Claire Morel" reports_to:"Lina Roux"', m);
    expect(loop.error?.code).toBe('org_cycle');
    expect(loop.error?.field).toBe('reports_to');
    const unknown = await core.run('/company role add name:"Max" title:"Tech" reports_to:"Hugo Peti"', m);
    expect(unknown.error?.code).toBe('org_role_not_found');
    expect(unknown.error?.message).toContain('Hugo Petit');
    const dup = await core.run('/company role add name:"hugo petit" title:"Tech"', m);
    expect(dup.error?.code).toBe('org_role_exists');
    const rep = await core.run('/company role add name:"Max" title:"Tech"', { user: 'bob' });
    expect(rep.error?.code).toBe('forbidden');
    const missing = await core.run('/entreprise poste ajouter nom:"Max"', m);
    expect(missing.error?.message).toContain('fonction');
    const removed = await core.run('/entreprise poste retirer nom:R-2', m);
    expect(removed.title).toBe(
      'Hugo Petit retiré(e) de l’organigramme (R-2) : 1 personne rattachée à son responsable',
    );
    const after = await core.run('/company role');
    expect(after.data?.roles).toMatchObject([{ id: 'R-1' }, { id: 'R-3', reportsTo: 'R-1' }]);
  });
});

describe('/persona', () => {
  it('adds, edits, lists and shows personas with SONCAS motives', async () => {
    const added = await core.run(
      '/persona ajouter "Artisan plombier" segment:"Artisans du bâtiment" clientèle:pro besoins:"Livraison rapide sur chantier" motivations:"sécurité, argent" objections:"Déjà un fournisseur" canaux:"Salon, visite"',
    );
    expect(added.error).toBeUndefined();
    expect(added.data?.persona).toMatchObject({
      id: 'PE-1',
      customerType: 'b2b',
      motives: ['security', 'money'],
    });
    const bad = await core.run('/persona edit PE-1 motives:"security, greed"', { locale: 'en' });
    expect(bad.error?.code).toBe('persona_motive_unknown');
    expect(bad.error?.message).toContain('“greed”');
    const edited = await core.run('/persona modifier "artisan plombier" motivations:"S, O, N"');
    expect(edited.data?.persona).toMatchObject({
      motives: ['security', 'pride', 'novelty'],
      segment: 'Artisans du bâtiment',
    });
    const card = await core.run('/persona voir PE-1');
    expect(fieldValue(card, 'Motivations (SONCAS)')).toBe('Sécurité, Orgueil, Nouveauté');
    expect(fieldValue(card, 'Freins et objections')).toBe('Déjà un fournisseur');
    await core.run('/persona add "Young retirees" type:b2c');
    const list = await core.run('/persona list', { locale: 'en' });
    expect((list.data?.personas as { id: string }[] | undefined)?.map((p) => p.id)).toEqual(['PE-1', 'PE-2']);
    const dup = await core.run('/persona add "ARTISAN PLOMBIER"');
    expect(dup.error?.code).toBe('persona_exists');
    const other = await core.run('/persona list', { team: 'other' });
    expect(other.data?.personas).toEqual([]);
  });
});

describe('campaign target personas', () => {
  it('a campaign names its target personas, shown on its card and on the persona’s', async () => {
    const m = { role: 'manager' as const };
    await core.run('/persona ajouter "Artisan plombier" clientèle:pro', m);
    await core.run('/persona ajouter "Jeune retraité" clientèle:particuliers', m);
    const created = await core.run('/campagne créer "Salon Habitat" personas:"artisan plombier, PE-2"', m);
    expect(created.error).toBeUndefined();
    expect(created.data?.campaign).toMatchObject({ personaIds: ['PE-1', 'PE-2'] });
    expect(fieldValue(created, 'Personas ciblés')).toBe('Artisan plombier (PE-1), Jeune retraité (PE-2)');
    const unknown = await core.run('/campagne modifier C-1 personas:"Plombiers"', m);
    expect(unknown.error?.code).toBe('persona_not_found');
    expect(unknown.error?.field).toBe('personas');
    await core.run('/campaign edit C-1 personas:PE-2', m);
    const persona = await core.run('/persona voir PE-2');
    expect(fieldValue(persona, 'Opérations qui le ciblent')).toBe('Salon Habitat (C-1)');
  });
});
