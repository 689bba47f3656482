import iconv from 'iconv-lite';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createTestCore } from '../helpers/core.ts';

let core: Awaited<ReturnType<typeof createTestCore>>;
beforeEach(async () => {
  core = await createTestCore();
  await core.run('/settings'); // alice sets the team up (admin)
});
afterEach(async () => {
  await core.close();
});

// What Excel saves in France: `;`, decimal comma, Windows-1252 (é = 0xE9), day-first dates.
const FRENCH_EXCEL = iconv.encode(
  [
    'Date;Type;Résultat;Société;Commercial;Montant HT;Commentaire',
    '24/11/2026;appel;RDV obtenu;Boulangerie Martin;Alice;;Très intéressé par l’offre',
    '25/11/2026;visite;signé;Boulangerie Martin;Alice;1 234,50;Contrat 12 mois',
    '26/11/2026;appel;pas de réponse;Garage Dupont;Karim;;',
  ].join('\r\n'),
  'win1252',
);

interface ImportData {
  counts: { rows: number; imported: number; duplicates: number; newProspects: number; newReps: number };
  encoding: string;
  delimiter: string;
  dateOrder: string;
}

describe('/import activities', () => {
  it('imports a French Excel export, creating prospects and reps, and adds nothing when run twice', async () => {
    const files = { 'export.csv': FRENCH_EXCEL };
    const r = await core.run('/importer actions fichier:export.csv', { files });
    expect(r.error).toBeUndefined();
    const d = r.data as unknown as ImportData;
    expect(d).toMatchObject({ encoding: 'windows-1252', delimiter: ';', dateOrder: 'dmy' });
    expect(d.counts).toMatchObject({ rows: 3, imported: 3, duplicates: 0, newProspects: 2, newReps: 1 });
    const acts = await core.store.transact('local:acme', (tx) => tx.activities.all());
    expect(acts.map((a) => [a.date, a.kind, a.outcome, a.amount ?? null])).toEqual([
      ['2026-11-24', 'call', 'appointment', null],
      ['2026-11-25', 'visit', 'signed', 1234.5],
      ['2026-11-26', 'call', 'no_answer', null],
    ]);
    expect(acts[0]?.note).toBe('Très intéressé par l’offre');
    const again = await core.run('/import activities file:export.csv', { files });
    expect((again.data as unknown as ImportData).counts).toMatchObject({ imported: 0, duplicates: 3 });
  });

  it('states the file\'s format in the user\'s words: « ; » in French, ";" in English', async () => {
    const files = { 'export.csv': FRENCH_EXCEL };
    const format = (r: Awaited<ReturnType<typeof core.run>>) =>
      r.blocks.flatMap((b) => (b.type === 'fields' ? b.fields : [])).find((f) => f.label === 'Format')?.value;
    const fr = await core.run('/importer actions fichier:export.csv essai:oui', { files });
    expect(format(fr)).toBe('windows-1252 · séparateur « ; » · dates jour/mois/année');
    const en = await core.run('/import activities file:export.csv dry_run:true', { files, locale: 'en' });
    expect(format(en)).toBe('windows-1252 · separator ";" · dates day/month/year');
  });

  it('a file left out is asked for as a file: attached, or typed as a path in the terminal', async () => {
    const fr = await core.run('/importer actions');
    expect(fr.error).toMatchObject({ code: 'missing_file', field: 'file' });
    expect(fr.error?.message).toBe(
      'Il manque le fichier : joignez-le à votre message (dans le terminal : fichier:chemin), puis renvoyez la commande.',
    );
    const en = await core.run('/import activities', { locale: 'en' });
    expect(en.error?.message).toBe(
      'The file is missing: attach it to your message (in the terminal: file:path) and send the command again.',
    );
  });

  it('reports every bad row with its line and imports nothing', async () => {
    const csv = new TextEncoder().encode(
      [
        'date,kind,outcome,prospect,amount',
        '2026-11-24,call,reached,Acme,',
        '2026-11-24,telepathy,reached,Acme,',
        '2026-11-25,visit,signed,Acme,-12',
        '2026-11-25,call,refused,,',
        '2027-01-01,call,refused,Acme,',
      ].join('\n'),
    );
    const before = await core.snapshot();
    const r = await core.run('/import activities file:bad.csv', { files: { 'bad.csv': csv } });
    expect(r.error?.code).toBe('import_rows_invalid');
    expect(r.title).toBe('4 lignes sont invalides : rien n’a été importé. Corrigez le fichier et relancez.');
    const errors = (r.data as { errors: { line: number; code: string }[] }).errors;
    expect(errors.map((e) => [e.line, e.code])).toEqual([
      [3, 'invalid_choice'],
      [4, 'negative_amount'],
      [5, 'missing_option'],
      [6, 'date_in_future'],
    ]);
    expect(await core.snapshot()).toEqual(before);
  });

  it('refuses a malformed CSV, a file without the required columns, and previews without writing', async () => {
    const before = await core.snapshot();
    const malformed = await core.run('/import activities file:m.csv', {
      files: {
        'm.csv': new TextEncoder().encode('date,kind,outcome,prospect\n2026-11-24,call,"reached,Acme\n'),
      },
    });
    expect(malformed.error?.code).toBe('csv_malformed');
    const missing = await core.run('/import activities file:x.csv', {
      files: { 'x.csv': new TextEncoder().encode('date,prospect\n2026-11-24,Acme\n') },
    });
    expect(missing.error?.code).toBe('import_missing_columns');
    expect(missing.error?.message).toContain('absentes : type, résultat.'); // French field names, as colonnes: takes them
    const mapped = new TextEncoder().encode('Quand,Quoi,Issue,Qui\n2026-11-24,call,reached,Acme\n');
    const preview = await core.run(
      '/import activities file:y.csv dry_run:true columns:"Quand=date;Quoi=kind;Qui=prospect"',
      { files: { 'y.csv': mapped } },
    );
    expect(preview.error).toBeUndefined();
    expect((preview.data as { dryRun: boolean; counts: { valid: number } }).counts.valid).toBe(1);
    expect(await core.snapshot()).toEqual(before);
  });

  it('refuses notes with sensitive data row by row (CNIL), unless confirmed', async () => {
    const csv = new TextEncoder().encode(
      [
        'date,kind,outcome,prospect,note',
        '2026-11-24,call,reached,Acme,Échange difficile',
        '2026-11-25,call,refused,Bistrot,client alcoolique',
      ].join('\n'),
    );
    const files = { 'n.csv': csv };
    const before = await core.snapshot();
    const r = await core.run('/import activities file:n.csv', { files });
    expect(r.error?.code).toBe('import_rows_invalid');
    expect((r.data as { errors: { line: number; field: string; code: string }[] }).errors).toEqual([
      expect.objectContaining({ line: 3, field: 'note', code: 'free_text_sensitive' }),
    ]);
    expect(await core.snapshot()).toEqual(before);
    const ok = await core.run('/import activities file:n.csv confirm:true', { files });
    expect((ok.data as { counts: { imported: number } }).counts.imported).toBe(2);
  });

  it('is for managers: a rep is refused', async () => {
    await core.run('/help', { user: 'bob' });
    const r = await core.run('/import activities file:export.csv', {
      user: 'bob',
      files: { 'export.csv': FRENCH_EXCEL },
    });
    expect(r.error?.code).toBe('forbidden');
  });
});

describe('/import prospects', () => {
  it('imports prospects and updates them on a second import instead of duplicating', async () => {
    const csv = new TextEncoder().encode(
      '\uFEFFNom,Ville,Code postal,Téléphone\nGarage Dupont,Lyon,69003,04 78 00 00 00\nCafé Élysée,Villeurbanne,69100,\n',
    );
    const files = { 'p.csv': csv };
    const r = await core.run('/import prospects file:p.csv', { files });
    expect((r.data as { counts: { imported: number } }).counts.imported).toBe(2);
    const again = await core.run('/import prospects file:p.csv', { files });
    expect((again.data as { counts: { imported: number; unchanged: number } }).counts).toMatchObject({
      imported: 0,
      unchanged: 2,
    });
    const p = await core.run('/prospect show "cafe elysee"');
    expect((p.data as { prospect: { city: string; postalCode: string } }).prospect).toMatchObject({
      city: 'Villeurbanne',
      postalCode: '69100',
    });
  });
});
