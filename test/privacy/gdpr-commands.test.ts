import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { csvCell } from '../../src/privacy/export-files.ts';
import { createTestCore } from '../helpers/core.ts';

type Core = Awaited<ReturnType<typeof createTestCore>>;
const csv = (text: string) => new TextEncoder().encode(text);

describe('/gdpr and /audit', () => {
  let core: Core;
  beforeEach(async () => {
    core = await createTestCore(); // Saturday 28 Nov 2026
    await core.run('/settings locale:fr'); // alice is the team's admin
  });
  afterEach(() => core.close());

  it('keeps a register of requests with the one-month deadline, overdue ones flagged, and closes one', async () => {
    await core.run('/prospect add name:"Jeanne Dupont" type:b2c');
    const added = await core.run(
      '/rgpd demandes type:rectification personne:"jeanne dupont" reçue:2026-10-20',
    );
    expect(added.error).toBeUndefined();
    expect(added.data?.request).toMatchObject({
      id: 'R-1',
      receivedOn: '2026-10-20',
      dueOn: '2026-11-20',
      status: 'open',
      prospectIds: ['P-1'],
    });
    await core.run('/gdpr requests kind:access received:2026-11-27', { locale: 'en' });
    const list = await core.run('/gdpr requests', { locale: 'en' });
    expect(list.data?.overdue).toEqual(['R-1']);
    const rows = list.blocks.find((b) => b.type === 'table');
    expect(rows?.type === 'table' && rows.rows.map((r) => [r[0], r[4]])).toEqual([
      ['R-1', '⚠ overdue'],
      ['R-2', 'to handle'],
    ]);
    const done = await core.run('/rgpd demandes traitée:R-1');
    expect(done.data?.request).toMatchObject({ status: 'done', doneOn: '2026-11-28' });
    const again = await core.run('/rgpd demandes traitée:R-1');
    expect(again.error).toMatchObject({ code: 'gdpr_request_done', field: 'done' });
    expect(again.error?.message).toContain('traitée : la demande R-1 est déjà traitée');
  });

  it('gives the information notice in French and English, filled with the team', async () => {
    const r = await core.run('/rgpd mention contact:rgpd@acme.fr');
    const all = r.blocks.map((b) => (b.type === 'text' ? b.text : '')).join('\n');
    expect(r.title).toBe('Prospecta — politique de confidentialité');
    expect(all).toContain('Le responsable du traitement est acme');
    expect(all).toContain('The controller is acme');
    expect(all).toContain('rgpd@acme.fr');
    // The upload link's life as the Teams channel gives it (UPLOAD_LINK_TTL_MS, one opening).
    expect(all).toContain('un lien de dépôt de fichier vaut 10 minutes et ne s’ouvre qu’une fois');
    expect(all).toContain('a file upload link lasts 10 minutes and opens once');
    expect(Object.keys(r.data ?? {})).toEqual(['fr', 'en']);
  });

  it('shows the export summary in the reader’s words: an activity’s kind and outcome, a follow-up’s due time', async () => {
    await core.run('/prospect add name:"Jeanne Dupont" type:b2b');
    await core.run(
      '/log kind:call outcome:callback prospect:P-1 follow_up:"1/12 10h" note:"rappeler Jeanne Dupont"',
    );
    const contents = async (locale: 'fr' | 'en') => {
      const r = await core.run('/gdpr export person:P-1', { locale });
      return r.blocks.flatMap((b) => (b.type === 'table' ? b.rows.map((row) => row[3]) : []));
    };
    expect(await contents('fr')).toEqual(
      expect.arrayContaining(['appel · à relancer · rappeler Jeanne Dupont', '1er déc. 2026 10:00']),
    );
    expect(await contents('en')).toEqual(
      expect.arrayContaining(['call · call back · rappeler Jeanne Dupont', '1 Dec 2026 10:00']),
    );
  });

  it('is for managers: a rep is refused and nothing is written', async () => {
    await core.run('/prospect add name:"Jeanne Dupont"');
    const before = await core.snapshot();
    const r = await core.run('/gdpr export person:P-1', { user: 'bob' });
    expect(r.error?.code).toBe('forbidden');
    const after = await core.snapshot();
    expect(Object.keys(after).filter((f) => !f.includes('members'))).toEqual(
      Object.keys(before).filter((f) => !f.includes('members')),
    );
  });

  it('opposes someone who is not a prospect yet: adding them or importing them is refused, naming the field', async () => {
    const o = await core.run('/gdpr oppose person:"07 11 22 33 44"', { locale: 'en' });
    expect(o.error).toBeUndefined();
    expect(o.reference).toBe('X-1');
    expect(o.data?.opposition).toMatchObject({ id: 'X-1', expiresOn: '2029-11-28', prospectIds: [] });
    const add = await core.run('/prospect add name:"Marc Petit" phone:+33711223344', { locale: 'en' });
    expect(add.error).toMatchObject({ code: 'opposed_contact', field: 'phone' });
    expect(add.error?.message).toContain('phone: this person objected to prospecting');
    const imported = await core.run('/import prospects file:p.csv', {
      files: { 'p.csv': csv('nom;téléphone\nMarc Petit;07.11.22.33.44\nLéa Roux;0600000000\n') },
    });
    expect(imported.error).toBeUndefined();
    expect(imported.data).toMatchObject({ opposedRows: [2], counts: { imported: 1 } });
    const list = await core.run('/prospect list');
    expect(list.data).toBeDefined();
    const names = await core.store.transact('local:acme', (tx) => tx.prospects.all().map((p) => p.name));
    expect(names).toEqual(['Léa Roux']);
  });

  it('flags a prospect added again after an erasure, and hides opposed prospects from the list reps work from', async () => {
    await core.run('/prospect add name:"Jeanne Dupont" email:jd@example.fr');
    await core.run('/prospect add name:"Paul Martin"');
    await core.run('/gdpr erase person:P-1 confirm:true');
    const again = await core.run('/prospect add name:"JEANNE DUPONT"');
    expect(again.error).toBeUndefined();
    const texts = again.blocks.map((b) => (b.type === 'text' ? b.text : ''));
    expect(texts.some((s) => s.includes('a été effacée le 28 nov. 2026 (demande R-1)'))).toBe(true);
    await core.run('/gdpr oppose person:P-2');
    const list = await core.run('/prospect list');
    expect(list.title).toContain('1');
    const table = list.blocks.find((b) => b.type === 'table');
    expect(table?.type === 'table' && table.rows.map((r) => r[0])).toEqual(['P-3']);
  });

  it('keeps an audit log of ids, counts and hashes only, filterable and exportable by admins', async () => {
    await core.run('/prospect add name:"Jeanne Dupont" email:jd@example.fr type:b2c');
    await core.run('/log kind:call outcome:reached prospect:P-1 note:"Jeanne Dupont rappelle"');
    await core.run('/gdpr export person:jd@example.fr');
    await core.run('/gdpr erase person:P-1 confirm:true');
    await core.run('/settings currency:USD');
    const all = await core.run('/audit');
    const entries = all.data?.entries as {
      action: string;
      targets: string[];
      counts: Record<string, number>;
      hashes: string[];
    }[];
    expect(entries.map((e) => e.action)).toEqual(['settings', 'erasure', 'export', 'settings']);
    expect(entries[1]).toMatchObject({
      targets: ['R-2', 'P-1'],
      counts: { 'prospects.anonymise': 1, 'activities.redact': 1 },
    });
    expect(entries[1]?.hashes).toHaveLength(2);
    expect(JSON.stringify(entries)).not.toMatch(/jeanne|dupont|jd@/i);
    const erasures = await core.run('/audit action:erasure exporter:oui');
    expect(erasures.data?.entries).toHaveLength(1);
    expect(erasures.files?.[0]?.name).toBe('audit-2026-11-28.csv');
    expect(erasures.files?.[0]?.content).toContain(';erasure;R-2 P-1;');
    const byTarget = await core.run('/audit objet:r-1');
    expect((byTarget.data?.entries as { action: string }[] | undefined)?.map((e) => e.action)).toEqual([
      'export',
    ]);
    const rep = await core.run('/audit', { user: 'bob', role: 'manager' });
    expect(rep.error?.code).toBe('forbidden');
  });
});

describe('CSV cells against formula injection', () => {
  it.each([
    ['=HYPERLINK("x")', `"'=HYPERLINK(""x"")"`],
    ['+33 6 12', "'+33 6 12"],
    ['-1', "'-1"],
    ['@SUM(A1)', "'@SUM(A1)"],
    ['\tcmd', "'\tcmd"],
    ['Dupont; Fils', '"Dupont; Fils"'],
    ['plain', 'plain'],
  ])('%j → %s', (value, expected) => {
    expect(csvCell(value)).toBe(expected);
  });
});
