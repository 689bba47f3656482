import { unzipSync } from 'fflate';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Reply } from '../../src/core/reply.ts';
import { sheetToCsv } from '../../src/exports/csv-out.ts';
import { escapeFormulaCell, unescapeFormulaCell } from '../../src/exports/sheet.ts';
import { createTestCore } from '../helpers/core.ts';

let core: Awaited<ReturnType<typeof createTestCore>>;
beforeEach(async () => {
  core = await createTestCore();
  await core.run('/settings'); // alice sets the team up (admin)
});
afterEach(async () => {
  await core.close();
});

const fileOf = (r: Reply) => {
  expect(r.error).toBeUndefined();
  const f = r.files?.[0];
  if (!f) throw new Error('no file');
  return f;
};
const bytesOf = (content: string | Uint8Array) =>
  typeof content === 'string' ? new TextEncoder().encode(content) : content;

describe('CSV for French Excel', () => {
  it('writes a BOM, semicolons, CRLF and decimal commas, and quotes what needs it', () => {
    const csv = sheetToCsv({
      name: 'x',
      headers: ['Nom', 'Montant'],
      rows: [
        ['Boulangerie; Martin', 1234.5],
        ['Dit "bonjour"', -12],
        [null, 0.1 + 0.2],
      ],
    });
    expect(csv).toBe(
      '\uFEFFNom;Montant\r\n"Boulangerie; Martin";1234,5\r\n"Dit ""bonjour""";-12\r\n;0,3\r\n',
    );
  });

  it('guards text cells that a spreadsheet would run as formulas, and reads them back as typed', () => {
    const cells = ['=HYPERLINK("http://x")', '+33 6 12', '-2', '@SUM(A1)', '\tx', 'normal', "'quoted"];
    expect(cells.map(escapeFormulaCell)).toEqual([
      '\'=HYPERLINK("http://x")',
      "'+33 6 12",
      "'-2",
      "'@SUM(A1)",
      "'\tx",
      'normal',
      "'quoted",
    ]);
    expect(cells.map(escapeFormulaCell).map(unescapeFormulaCell)).toEqual(cells);
  });
});

describe('/export', () => {
  it('exports activities as CSV that /import reads back adding nothing, a formula note included', async () => {
    const first = await core.run(
      '/log kind:call outcome:appointment prospect:"Boulangerie Martin" date:2026-11-24 note:"=1+1 rappeler"',
    );
    expect(first.error).toBeUndefined();
    await core.run(
      '/log kind:visit outcome:signed prospect:"Boulangerie Martin" date:2026-11-25 amount:"1 234,50" margin:400,25',
    );
    await core.run('/log kind:call outcome:no_answer prospect:"Garage Dupont" date:2026-11-26 duration:15');
    const r = await core.run('/exporter actions novembre');
    const f = fileOf(r);
    expect(f.name).toBe('actions-2026-11-01_2026-11-30.csv');
    const csv = f.content as string;
    expect(
      csv.startsWith(
        '\uFEFFDate;Type;Résultat;Prospect;Commercial;Montant;Marge;Durée;Trajet;Km;Campagne;Note\r\n',
      ),
    ).toBe(true);
    const lines = csv.slice(1).trimEnd().split('\r\n');
    expect(lines.slice(1)).toEqual([
      "2026-11-24;appel;RDV obtenu;Boulangerie Martin;Alice;;;;;;;'=1+1 rappeler",
      '2026-11-25;visite;signé;Boulangerie Martin;Alice;1234,5;400,25;;;;;',
      '2026-11-26;appel;pas de réponse;Garage Dupont;Alice;;;15;;;;',
    ]);
    expect(r.data).toMatchObject({ what: 'activities', format: 'csv', rows: 3 });
    const before = await core.store.transact('local:acme', (tx) => tx.activities.all());
    const again = await core.run('/importer actions fichier:x.csv', {
      files: { 'x.csv': bytesOf(f.content) },
    });
    expect(again.error).toBeUndefined();
    expect((again.data as { counts: unknown }).counts).toMatchObject({
      rows: 3,
      imported: 0,
      duplicates: 3,
      newProspects: 0,
      newReps: 0,
    });
    const after = await core.store.transact('local:acme', (tx) => tx.activities.all());
    expect(after).toEqual(before);
    expect(after.find((a) => a.date === '2026-11-24')?.note).toBe('=1+1 rappeler');
  });

  it('exports prospects that /import prospects reads back unchanged', async () => {
    await core.run('/prospect add Boulangerie Martin ville:Lyon segment:"-boulangerie" email:bm@example.fr');
    await core.run('/prospect add Garage Dupont type:b2c');
    const f = fileOf(await core.run('/exporter prospects'));
    expect(f.name).toBe('prospects.csv');
    const again = await core.run('/importer prospects fichier:p.csv', {
      files: { 'p.csv': bytesOf(f.content) },
    });
    expect(again.error).toBeUndefined();
    expect((again.data as { counts: unknown }).counts).toMatchObject({
      rows: 2,
      imported: 0,
      updated: 0,
      unchanged: 2,
    });
  });

  it('gives an XLSX workbook with numbers as numbers', async () => {
    await core.run('/log kind:visit outcome:signed prospect:Acme date:2026-11-25 amount:1200,5');
    const r = await core.run('/export activities format:xlsx', { locale: 'en' });
    const f = fileOf(r);
    expect(f.name).toBe('activities.xlsx');
    const zip = unzipSync(f.content as Uint8Array);
    const sheet = new TextDecoder().decode(zip['xl/worksheets/sheet1.xml']);
    expect(sheet).toContain('<v>1200.5</v>');
    const strings = new TextDecoder().decode(zip['xl/sharedStrings.xml']);
    expect(strings).toContain('Acme');
  });

  it('a rep exports only their own activities; prospects are for managers', async () => {
    await core.run('/log kind:call outcome:reached prospect:Acme date:2026-11-24');
    await core.run('/log kind:call outcome:reached prospect:Beta date:2026-11-24', { user: 'bob' });
    const bob = await core.run('/export activities', { user: 'bob' });
    expect(bob.data).toMatchObject({ rows: 1 });
    const refused = await core.run('/export prospects', { user: 'bob' });
    expect(refused.error).toBeDefined();
    expect(refused.files).toBeUndefined();
  });
});

describe('/export sales', () => {
  it('exports the imported lines, which /import sales reads back adding nothing', async () => {
    const csv =
      'Date;N° commande;Client;Catégorie client;Chiffre d’affaires HT;Coût d’achat\n10/01/2025;F1;Café Martin;PME;1 200,50;800,00\n12/01/2025;F2;=Garage;TPE;300,00;210,10\n';
    const first = await core.run('/import ventes fichier:v.csv', { files: { 'v.csv': Buffer.from(csv) } });
    expect(first.data).toMatchObject({ counts: { imported: 2 } });
    const f = fileOf(await core.run('/exporter ventes 2025'));
    expect(f.name).toBe('ventes-2025-01-01_2025-12-31.csv');
    const lines = (f.content as string).slice(1).trimEnd().split('\r\n');
    expect(lines.slice(1)).toEqual([
      '2025-01-10;F1;;Café Martin;PME;;1200,5;800',
      "2025-01-12;F2;;'=Garage;TPE;;300;210,1",
    ]);
    const again = await core.run('/importer ventes fichier:x.csv', {
      files: { 'x.csv': bytesOf(f.content) },
    });
    expect(again.error).toBeUndefined();
    expect(again.data).toMatchObject({ counts: { imported: 0 } });
    const s = await core.run('/portfolio summary 2025');
    expect(s.data).toMatchObject({ revenue_total: 1500.5 });
  });
});
