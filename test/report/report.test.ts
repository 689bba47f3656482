import { unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import type { Reply } from '../../src/core/reply.ts';
import { frenchTypography } from '../../src/report/french.ts';
import { demoStore } from '../helpers/demo-store.ts';

const NOW = new Date('2026-11-25T14:30:00Z');
const demo = demoStore('report', NOW);
const run = (text: string, user = 'demo:thomas', team = 'demo'): Promise<Reply> =>
  demo.run(text, { user: { id: user, displayName: user }, team });

describe('French typography for print', () => {
  it.each([
    ['Taux : 52,8 %', 'Taux\u202F: 52,8\u202F%'],
    ['Coût 1 234,50 €', 'Coût 1\u202F234,50\u202F€'],
    ['Pourquoi? Oui!', 'Pourquoi\u202F? Oui\u202F!'],
    ['"Salon Habitat"', '«\u00A0Salon Habitat\u00A0»'],
    ['à 10:30 et https://x.fr/a', 'à 10:30 et https://x.fr/a'],
  ])('%s', (input, out) => {
    expect(frenchTypography(input)).toBe(out);
  });
});

describe('/dossier on the demo team', () => {
  it('gives a Word file with every outline section and the same funnel figures as /entonnoir', async () => {
    const r = await run('/dossier campagne:C-2 format:docx');
    expect(r.error).toBeUndefined();
    const file = r.files?.[0];
    expect(file?.name).toBe('dossier-de-prospection-C-2.docx');
    const zip = unzipSync(file?.content as Uint8Array);
    const xml = new TextDecoder().decode(zip['word/document.xml']);
    const words = xml.replace(/<[^>]+>/g, ' ').replace(/[ \t\r\n]+/g, ' ');
    for (const title of [
      '1.1. Présentation de l’entreprise',
      '1.2. Étude du marché',
      '2.2. Chiffre d’affaires',
      '3.3. Démarche de prospection',
      '4.2. Ratios et entonnoir de prospection',
      '4.3. Tableau de bord et rentabilité',
      '5. Développer des réseaux professionnels',
      'II.1. Remonter, valoriser et partager',
      'II.1.3. Règles de confidentialité',
    ])
      expect(words).toContain(title);
    const funnel = await run('/entonnoir campagne:C-2');
    const stages = (funnel.data as { stages: Record<string, number> }).stages;
    expect(stages.reached).toBeGreaterThan(0);
    expect(words).toContain(`Joints ${stages.reached} `);
    expect(words).toContain(`Signatures ${stages.signed} `);
    expect(Object.keys(zip).filter((k) => k.startsWith('word/media/')).length).toBe(
      (r.data as { charts: number }).charts,
    );
    expect((r.data as { charts: number }).charts).toBeGreaterThanOrEqual(4);
  });

  it('fills every section of the demo team’s dossier: no part says there is no data', async () => {
    const r = await run('/dossier format:docx');
    expect(r.error).toBeUndefined();
    const sections = (r.data as { sections: { number: string; parts: number; missing: number }[] }).sections;
    expect(sections.filter((s) => s.missing > 0).map((s) => s.number)).toEqual([]);
    const words = new TextDecoder()
      .decode(unzipSync(r.files?.[0]?.content as Uint8Array)['word/document.xml'])
      .replace(/<[^>]+>/g, ' ')
      .replace(/[ \t\r\n]+/g, ' ');
    // The empty answers of the commands the dossier runs, and its own "no data yet" line.
    for (const empty of [
      'Pas encore de données',
      'Aucun concurrent',
      'Aucun persona',
      'Aucune vente importée',
      'Aucune visite saisie',
      'Aucun objectif de networking',
      'Aucune note ne correspond',
      'Aucune note de veille',
      'Aucune demande enregistrée',
    ])
      expect(words).not.toContain(empty);
    // 1.2 competitors and their SWOT, 2.2 and 2.3 the sales history, 4.1 a round, II.1 the watch notes.
    expect(words).toContain('Isol’Rhône (K-1)');
    expect(words).toContain('Méthode ABC');
    expect(words).toContain('Segmentation RFM');
    expect(words).toContain('Marge et valeur client');
    expect(words).toMatch(/Tournée du \d+ \S+ \d{4}/);
    expect(words).toContain('ThermiConfort ouvre une agence à Villeurbanne');
    // 5: the team's networking objectives, with their owners.
    expect(words).toContain('Alice Martin Rejoindre un club d’affaires');
  });

  it('says, in a new team’s dossier, which command fills each empty section', async () => {
    const r = await run('/dossier format:docx', 'newbie', 'empty');
    expect(r.error).toBeUndefined();
    const xml = new TextDecoder().decode(unzipSync(r.files?.[0]?.content as Uint8Array)['word/document.xml']);
    const words = xml.replace(/<[^>]+>/g, ' ').replace(/[ \t\r\n]+/g, ' ');
    expect(words).toContain('Commande à utiliser\u202F: /portefeuille synthèse');
    const sections = (r.data as { sections: { number: string; missing: number }[] }).sections;
    expect(sections.find((s) => s.number === '2.2')?.missing).toBe(3);
  });

  it('gives a PDF with a cover, contents and numbered pages', async () => {
    const r = await run('/dossier campagne:C-2');
    const file = r.files?.[0];
    expect(file?.mimeType).toBe('application/pdf');
    const bytes = file?.content as Uint8Array;
    expect(new TextDecoder().decode(bytes.slice(0, 5))).toBe('%PDF-');
    const sections = (r.data as { sections: { number: string; missing: number }[] }).sections;
    expect(sections.map((s) => s.number)).toEqual([
      'I',
      '1',
      '1.1',
      '1.2',
      '2',
      '2.1',
      '2.2',
      '2.3',
      '2.4',
      '3',
      '3.1',
      '3.2',
      '3.3',
      '4',
      '4.1',
      '4.2',
      '4.3',
      '5',
      'II',
      'II.1',
      'II.1.3',
      'II.2',
    ]);
    expect(bytes.length).toBeLessThan(5 * 1024 * 1024);
  });

  it('leaves the team free while the file is rendered: a /log typed just after is answered first', async () => {
    const answered: string[] = [];
    const dossier = run('/dossier format:pdf').then((r) => {
      answered.push('dossier');
      return r;
    });
    const logged = await run(
      '/log type:appel résultat:joint prospect:P-2 note:"pendant le dossier"',
      'demo:julie',
    ).then((r) => {
      answered.push('log');
      return r;
    });
    const r = await dossier;
    expect(logged.error).toBeUndefined();
    expect(logged.reference).toMatch(/^A-\d+$/);
    expect(r.error).toBeUndefined();
    expect(answered).toEqual(['log', 'dossier']);
    expect(r.title).toBe('Dossier prêt : dossier-de-prospection-C-2.pdf');
    expect(r.files?.[0]?.mimeType).toBe('application/pdf');
    expect((r.data as { sections: unknown[] }).sections).toHaveLength(22);
    const ko = new Intl.NumberFormat('fr-FR', { maximumFractionDigits: 0 });
    expect(r.blocks[0]).toEqual({
      type: 'fields',
      fields: [
        {
          label: 'Fichier',
          value: `dossier-de-prospection-C-2.pdf · ${ko.format((r.data as { bytes: number }).bytes / 1024)} Ko`,
        },
      ],
    });
  });

  it('gives the file’s size in English units in English', async () => {
    const r = await demo.run('/report format:docx', { locale: 'en' });
    expect(r.title).toBe('Dossier ready: prospecting-dossier-C-2.docx');
    const kb = new Intl.NumberFormat('en-GB', { maximumFractionDigits: 0 });
    expect(r.blocks[0]).toEqual({
      type: 'fields',
      fields: [
        {
          label: 'File',
          value: `prospecting-dossier-C-2.docx · ${kb.format((r.data as { bytes: number }).bytes / 1024)} KB`,
        },
      ],
    });
  });
});
