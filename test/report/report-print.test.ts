import { spawnSync } from 'node:child_process';
import { unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import type { Reply } from '../../src/core/reply.ts';
import { demoStore } from '../helpers/demo-store.ts';

const NOW = new Date('2026-11-25T14:30:00Z');
const demo = demoStore('report-print', NOW);
const run = (text: string, user: string, locale: 'fr' | 'en'): Promise<Reply> =>
  demo.run(text, { user: { id: user, displayName: user }, locale });

/** The Word file's words, spaces (non-breaking ones too) made plain. */
const docxWords = (r: Reply): string =>
  new TextDecoder()
    .decode(unzipSync(r.files?.[0]?.content as Uint8Array)['word/document.xml'])
    .replace(/<[^>]+>/g, ' ')
    .replace(/&amp;/g, '&')
    .replace(/[ \t\r\n\u00A0\u202F]+/g, ' ');

const hasPdftotext = spawnSync('pdftotext', ['-v']).status === 0;
/** The PDF's text as poppler's pdftotext reads it (what a reader copies out of the file). */
const pdfWords = (r: Reply): string =>
  spawnSync('pdftotext', ['-enc', 'UTF-8', '-', '-'], { input: r.files?.[0]?.content as Uint8Array })
    .stdout.toString('utf8')
    .replace(/[ \t\r\n\u00A0\u202F]+/g, ' ');

type Sections = { number: string; missing: number; omitted: number }[];
const sectionsOf = (r: Reply): Sections => (r.data as { sections: Sections }).sections;

// What a chat reply says about the chat itself: the --json output, the Suite button, options to type.
const CHAT_ONLY = [
  '--json',
  'bouton Suite',
  'More button',
  'début:',
  'from:',
  'affinez avec',
  'narrow down',
  'lat:',
  'visites:',
  'visits:',
  'prospects:"',
];

describe('the printed dossier carries no chat hint', () => {
  it('in the Word file, FR and EN: the lists say how many rows they show, nothing about --json or buttons', async () => {
    const fr = docxWords(await run('/dossier format:docx', 'demo:thomas', 'fr'));
    for (const hint of CHAT_ONLY) expect(fr).not.toContain(hint);
    expect(fr).toContain('Les 25 premiers clients A sur 155.');
    expect(fr).toContain('Les 25 premières lignes sur 150.');
    expect(fr).toContain('Hypothèses : visite 60 min');
    const en = docxWords(await run('/report format:docx', 'demo:thomas', 'en'));
    for (const hint of CHAT_ONLY) expect(en).not.toContain(hint);
    expect(en).toContain('The first 25 A customers of 155.');
    expect(en).toContain('The first 25 rows of 150.');
  }, 120_000);

  it.runIf(hasPdftotext)(
    'in the PDF',
    async () => {
      const words = pdfWords(await run('/dossier', 'demo:thomas', 'fr'));
      expect(words).toContain('Les 25 premiers clients A sur 155.');
      for (const hint of CHAT_ONLY) expect(words).not.toContain(hint);
    },
    120_000,
  );

  it('while the chat keeps its hints', async () => {
    const abc = await run('/portefeuille abc', 'demo:thomas', 'fr');
    expect(JSON.stringify(abc.blocks)).toContain('(tous dans --json)');
  });
});

describe('French typography only on French text', () => {
  it('the GDPR notice’s English copy in a French dossier keeps English punctuation (Word and PDF)', async () => {
    const raw = (r: Reply) =>
      new TextDecoder()
        .decode(unzipSync(r.files?.[0]?.content as Uint8Array)['word/document.xml'])
        .replace(/<[^>]+>/g, '');
    const word = raw(await run('/dossier format:docx', 'demo:thomas', 'fr'));
    expect(word).toContain('propre serveur\u202F; la messagerie');
    expect(word).toContain('on its own server; the messaging');
    if (hasPdftotext) {
      const pdf = spawnSync('pdftotext', ['-enc', 'UTF-8', '-', '-'], {
        input: (await run('/dossier', 'demo:thomas', 'fr')).files?.[0]?.content as Uint8Array,
      }).stdout.toString('utf8');
      expect(pdf.replace(/\s+/g, ' ')).toContain('on its own server; the messaging');
    }
  });
});

describe('a rep’s dossier is the rep’s complete dossier', () => {
  for (const locale of ['fr', 'en'] as const) {
    it(`${locale}: the grid and the GDPR notice shown, the register of requests listed as left out, no error text`, async () => {
      const r = await run(
        locale === 'fr' ? '/dossier format:docx' : '/report format:docx',
        'demo:alice',
        locale,
      );
      expect(r.error).toBeUndefined();
      const sections = sectionsOf(r);
      expect(sections.filter((s) => s.missing > 0).map((s) => s.number)).toEqual([]);
      expect(sections.filter((s) => s.omitted > 0).map((s) => s.number)).toEqual(['II.1.3']);
      const words = docxWords(r);
      if (locale === 'fr') {
        expect(words).not.toContain('réservée au rôle');
        expect(words).not.toContain('Pas encore de données');
        expect(words).toContain('Grille de qualification');
        expect(words).toContain('Non inclus dans ce dossier (rôle « commercial »)');
        expect(words).toContain(
          'II.1.3. Règles de confidentialité (RGPD, CNIL) — le registre des demandes RGPD (il nomme les personnes qui ont exercé leurs droits) : réservé au rôle « manager ».',
        );
      } else {
        expect(words).not.toContain('is for the');
        expect(words).not.toContain('No data for this part yet');
        expect(words).toContain('Qualification grid');
        expect(words).toContain('Not included in this dossier (role “sales rep”)');
        expect(words).toContain(
          'the register of GDPR requests (it names the people who exercised their rights)',
        );
      }
    }, 120_000);
  }

  it('a manager’s dossier leaves nothing out and has the register', async () => {
    const r = await run('/dossier format:docx', 'demo:thomas', 'fr');
    expect(sectionsOf(r).every((s) => s.omitted === 0 && s.missing === 0)).toBe(true);
    expect(docxWords(r)).not.toContain('Non inclus dans ce dossier');
  }, 120_000);
});
