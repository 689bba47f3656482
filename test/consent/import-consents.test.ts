import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { consentsCollection } from '../../src/consent/entities.ts';
import { createTestCore } from '../helpers/core.ts';

const now = new Date('2026-12-09T10:00:00Z');
let core: Awaited<ReturnType<typeof createTestCore>>;
beforeEach(async () => {
  core = await createTestCore(now);
});
afterEach(async () => {
  await core.close();
});

const FR_FILE = [
  'Nom;Type;Téléphone;Consentement téléphone;Opt-in SMS;Date du consentement;Preuve',
  'Jean Martin;particulier;06 11 22 33 44;oui;non;02/12/2026;https://forms.example/r/1',
  'Paul Durand;particulier;06 55 66 77 88;;oui;03/12/2026;',
  'Garage Dupont;pro;04 78 00 00 00;;;;',
].join('\r\n');

const EN_FILE = [
  'Name,Type,Phone consent,Email consent,Consent date',
  'Ann Smith,b2c,yes,no,2026-12-01',
].join('\n');

const consents = () => core.store.transact('local:acme', (tx) => tx.collection(consentsCollection).all());

describe('/import prospects reads consent columns', () => {
  it('French headers: one record per non-empty channel cell, with its date and proof (the file and line without one)', async () => {
    const r = await core.run('/importer prospects fichier:crm.csv', {
      files: { 'crm.csv': new TextEncoder().encode(FR_FILE) },
    });
    expect(r.error).toBeUndefined();
    expect((r.data as { consentRecords: number }).consentRecords).toBe(3);
    expect(r.blocks.some((b) => b.type === 'text' && b.text.startsWith('3 consentements enregistrés'))).toBe(
      true,
    );
    expect(
      (await consents()).map((c) => [c.id, c.prospectId, c.channel, c.status, c.at, c.proof, c.origin]),
    ).toEqual([
      ['K-1', 'P-1', 'phone', 'granted', '2026-12-02', 'https://forms.example/r/1', 'import'],
      ['K-2', 'P-1', 'sms', 'refused', '2026-12-02', 'https://forms.example/r/1', 'import'],
      ['K-3', 'P-2', 'sms', 'granted', '2026-12-03', 'fichier crm.csv, ligne 3', 'import'],
    ]);
    // The imported consent counts: a call to Jean Martin inside the hours is not flagged.
    const call = await core.run('/log kind:call outcome:reached prospect:P-1 time:11:00');
    expect((call.data as { warnings: unknown[] }).warnings).toEqual([]);
    const paul = await core.run('/log kind:call outcome:reached prospect:P-2 time:11:00');
    expect((paul.data as { warnings: { code: string }[] }).warnings.map((w) => w.code)).toEqual([
      'b2c_phone_no_consent',
    ]);
  });

  it('importing the same file twice adds no record', async () => {
    const files = { 'crm.csv': new TextEncoder().encode(FR_FILE) };
    await core.run('/importer prospects fichier:crm.csv', { files });
    const again = await core.run('/importer prospects fichier:crm.csv', { files });
    expect(again.error).toBeUndefined();
    expect((again.data as { consentRecords: number }).consentRecords).toBe(0);
    expect(await consents()).toHaveLength(3);
  });

  it('English headers, and a bad cell named by line and column with nothing written', async () => {
    const ok = await core.run('/import prospects file:en.csv', {
      files: { 'en.csv': new TextEncoder().encode(EN_FILE) },
      locale: 'en',
    });
    expect(ok.error).toBeUndefined();
    expect((await consents()).map((c) => [c.channel, c.status, c.at])).toEqual([
      ['phone', 'granted', '2026-12-01'],
      ['email', 'refused', '2026-12-01'],
    ]);
    const before = await core.snapshot();
    const bad = await core.run('/import prospects file:bad.csv', {
      files: { 'bad.csv': new TextEncoder().encode('Name,Phone consent\nBob Lee,maybe\n') },
      locale: 'en',
    });
    expect(bad.error?.code).toBe('import_rows_invalid');
    expect(JSON.stringify(bad.data)).toContain('consent_phone');
    expect(await core.snapshot()).toEqual(before);
  });
});

describe('/import activities flags contacts with consumers', () => {
  it('a call without consent, a call on a Sunday and a fifth call in 30 days carry their codes; a business call none', async () => {
    await core.run('/prospect add "Jean Martin" type:b2c');
    await core.run('/prospect add "Garage Dupont" type:b2b');
    await core.run('/prospect consent P-1 channel:phone status:granted proof:"formulaire" date:2026-11-10');
    const file = [
      'date;type;résultat;prospect',
      '2026-11-05;appel;injoignable;Jean Martin', // before the consent
      '2026-11-15;appel;injoignable;Jean Martin', // a Sunday
      '2026-11-16;appel;injoignable;Jean Martin',
      '2026-11-17;appel;injoignable;Jean Martin',
      '2026-11-18;appel;injoignable;Jean Martin', // fifth in 30 days
      '2026-11-15;appel;injoignable;Garage Dupont',
    ].join('\n');
    const r = await core.run('/importer actions fichier:a.csv', {
      files: { 'a.csv': new TextEncoder().encode(file) },
    });
    expect(r.error).toBeUndefined();
    expect((r.data as { complianceFlags: number }).complianceFlags).toBe(3);
    const flags = await core.store.transact('local:acme', (tx) =>
      tx.activities
        .all()
        .sort((a, b) => a.date.localeCompare(b.date) || a.prospectId.localeCompare(b.prospectId))
        .map((a) => [a.date, a.prospectId, a.compliance ?? []]),
    );
    expect(flags).toEqual([
      ['2026-11-05', 'P-1', ['b2c_phone_no_consent']],
      ['2026-11-15', 'P-1', ['call_outside_hours']],
      ['2026-11-15', 'P-2', []],
      ['2026-11-16', 'P-1', []],
      ['2026-11-17', 'P-1', []],
      ['2026-11-18', 'P-1', ['call_too_many_attempts']],
    ]);
  });
});
