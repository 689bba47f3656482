import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { commands } from '../../commands/index.ts';
import { renderPlainText } from '../../src/core/render-text.ts';
import { createTestCore } from '../helpers/core.ts';

let core: Awaited<ReturnType<typeof createTestCore>>;
beforeEach(async () => {
  core = await createTestCore();
});
afterEach(async () => {
  await core.close();
});

const plain = (r: Awaited<ReturnType<typeof core.run>>): string => renderPlainText(r);

describe('a French user meets French, an English user English', () => {
  it('names the missing or unknown action in the user’s language', async () => {
    expect((await core.run('/portefeuille')).error?.message).toBe(
      '/portefeuille attend une action : synthèse, abc, rfm, valeur.',
    );
    expect((await core.run('/portfolio', { locale: 'en' })).error?.message).toBe(
      '/portfolio needs an action: summary, abc, rfm, value.',
    );
    expect((await core.run('/prospect vior P-1')).error?.message).toBe(
      'Action « vior » inconnue pour /prospect. Actions possibles : ajouter, voir, liste, modifier, fusionner, qualifier, grille, localiser, consentement, appel-possible. Vouliez-vous dire « voir » ?',
    );
  });

  it('suggests a choice by its French label', async () => {
    expect((await core.run('/journal type:visti résultat:joint prospect:X')).error?.message).toMatch(
      /Vouliez-vous dire « visite » \?$/,
    );
  });

  it('gives next steps as commands of the user’s language', async () => {
    const fr = await core.run('/journal type:appel résultat:rdv prospect:"Boulangerie Martin"');
    expect(fr.followUps.map((f) => f.command)).toEqual([
      '/journal type:visite prospect:P-1',
      '/action modifier A-1',
      '/action supprimer A-1',
      '/entonnoir période:cette-semaine',
    ]);
    const en = await core.run('/log kind:call outcome:appointment prospect:P-1', { locale: 'en' });
    expect(en.followUps.map((f) => f.command)).toEqual([
      '/log kind:visit prospect:P-1',
      '/activity edit A-2',
      '/activity delete A-2',
      '/funnel period:this-week',
    ]);
    // The French next step runs as printed.
    const visit = await core.run(`${fr.followUps[0]?.command} résultat:joint`);
    expect(visit.error).toBeUndefined();
  });

  it('agrees « enregistré » with the kind', async () => {
    expect((await core.run('/journal type:visite résultat:joint prospect:Durand')).title).toBe(
      'Visite enregistrée',
    );
    expect((await core.run('/journal type:appel résultat:joint prospect:Durand')).title).toBe(
      'Appel enregistré',
    );
    expect((await core.run('/journal type:e-mail résultat:joint prospect:Durand')).title).toBe(
      'E-mail enregistré',
    );
    expect((await core.run('/log kind:visit outcome:reached prospect:Durand', { locale: 'en' })).title).toBe(
      'Visit logged',
    );
  });

  it('lists choices by their French labels only', async () => {
    const text = plain(await core.run('/aide journal'));
    expect(text).toContain('appel, e-mail, SMS');
    expect(text).not.toContain('call (appel)');
    expect(text).toContain('/journal type:visite résultat:signé prospect:P-12 montant:"1 234,50" date:hier');
    expect(text).not.toMatch(/\/log |kind:|<text>|<choice>/);
  });

  it('fits /aide on one screen: one line per command, grouped by task', async () => {
    const r = await core.run('/aide');
    const text = plain(r);
    // One screen of a terminal or chat window; grew from 40 with the company and network commands (#15), then /rgpd and /audit (#14), then /exporter (#15).
    expect(text.split('\n').length).toBeLessThanOrEqual(49);
    const groups = (r.data as { groups: { title: string; commands: string[] }[] }).groups;
    expect(groups.map((g) => g.title)).toEqual([
      'Saisir',
      'Analyser',
      'Veille',
      'Portefeuille',
      'Opérations',
      'Réglages',
    ]);
    expect(groups.flatMap((g) => g.commands).sort()).toEqual(commands.map((c) => c.name).sort());
    expect(text).toContain('/entonnoir — Entonnoir de prospection et ratios, avec graphique');
    expect(text).toMatch(/→ Comment saisir une action\s: \/aide journal$/m);
    const en = plain(await core.run('/help', { locale: 'en' }));
    expect(en).toContain('/funnel — Prospecting funnel and ratios, with a chart');
    expect(en).toMatch(/^Market watch$/m); // a bold line, plain in the terminal
  });
});

describe('the import preview', () => {
  it('maps columns to field names of the user’s language', async () => {
    const files = {
      'p.csv': new TextEncoder().encode('Company;City;Telephone\nGarage Dupont;Lyon;0478000000\n'),
    };
    const columnsOf = (r: Awaited<ReturnType<typeof core.run>>): string | undefined =>
      r.blocks
        .flatMap((b) => (b.type === 'fields' ? b.fields : []))
        .find((f) => /Colonnes|Columns/.test(f.label))?.value;
    expect((await core.run('/importer prospects fichier:p.csv essai:oui', { files })).error?.message).toMatch(
      /^Colonnes obligatoires absentes : nom\./,
    );
    files['p.csv'] = new TextEncoder().encode('Nom;City;Telephone\nGarage Dupont;Lyon;0478000000\n');
    const fr = await core.run('/importer prospects fichier:p.csv essai:oui', { files });
    expect(columnsOf(fr)).toBe('Nom → nom, City → ville, Telephone → téléphone');
    const en = await core.run('/import prospects file:p.csv dry_run:yes', { files, locale: 'en' });
    expect(columnsOf(en)).toBe('Nom → name, City → city, Telephone → phone');
  });
});
