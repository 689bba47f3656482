import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { fold } from '../../src/privacy/person-match.ts';
import { useCli } from '../helpers/cli.ts';

const { dir, prospecta, chat } = useCli('prospecta-gdpr-');

/** Days of last month in the machine's clock, as the CLI reads "mois-dernier". */
function lastMonthDay(day: number): string {
  const now = new Date();
  const d = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() - 1, day));
  return d.toISOString().slice(0, 10);
}

async function everyFile(root: string): Promise<{ file: string; bytes: Buffer }[]> {
  const names = await readdir(root, { recursive: true, withFileTypes: true });
  return Promise.all(
    names
      .filter((e) => e.isFile())
      .map(async (e) => {
        const file = path.join(e.parentPath, e.name);
        return { file, bytes: await readFile(file) };
      }),
  );
}

const NAME = 'Hélène Lefèvre';
const EMAIL = 'helene.lefevre@exemple.fr';
const PHONE = '06 12 34 56 78';

const json = async (...args: string[]) => {
  const r = await prospecta('run', '--json', ...args);
  return {
    code: r.code,
    out: JSON.parse(r.stdout) as Record<string, never> & {
      ok: boolean;
      data: Record<string, unknown>;
      files: { name: string; file: string }[];
      error: { code: string; field: string | null } | null;
    },
  };
};

describe('GDPR rights from the terminal', () => {
  it('exports, erases and opposes a consumer; nothing of them is left in the data folder; last month’s funnel is unchanged', async () => {
    const typed = await chat([
      `/prospect ajouter nom:"${NAME}" type:b2c email:${EMAIL} téléphone:"${PHONE}" ville:Lyon`,
      `/journal type:appel résultat:injoignable prospect:"${NAME}" date:${lastMonthDay(10)}`,
      `/journal type:appel résultat:rdv prospect:"helene lefevre" date:${lastMonthDay(12)} note:"Mme Lefèvre préfère le soir" relance:"dans 3 jours"`,
      `/journal type:visite résultat:signé prospect:"Garage Martin" date:${lastMonthDay(14)} montant:1200`,
      `/veille publier type:commercial titre:"${NAME} ouvre une boutique" texte:"Voir avec ${NAME} au salon"`,
    ]);
    expect(typed.code).toBe(0);
    expect(typed.out).not.toContain('Erreur');
    const history = await readFile(path.join(dir(), '.chat-history'), 'utf8');
    expect(history).toContain(NAME); // the /prospect line is kept…
    expect(history).not.toContain('préfère le soir'); // …but no note

    const before = await json('/funnel période:mois-dernier');
    expect(before.out.ok).toBe(true);

    const exported = await json('/rgpd exporter personne:"HELENE LEFEVRE"');
    expect(exported.code).toBe(0);
    expect(exported.out.data.counts).toEqual({ prospects: 1, activities: 2, 'follow-ups': 1, notes: 1 });
    const names = exported.out.files.map((f) => f.name);
    expect(names).toEqual(['rgpd-R-1.json', 'rgpd-R-1.csv']);
    const exportJson = JSON.parse(await readFile(exported.out.files[0]?.file ?? '', 'utf8')) as {
      sources: Record<string, { name?: string; note?: string }[]>;
    };
    expect(exportJson.sources.prospects?.[0]?.name).toBe(NAME);
    expect(exportJson.sources.activities?.map((a) => a.note ?? null)).toEqual([
      null,
      'Mme Lefèvre préfère le soir',
    ]);
    const csv = await readFile(exported.out.files[1]?.file ?? '', 'utf8');
    expect(csv.startsWith('\uFEFFkind;id;field;value\r\n')).toBe(true);
    expect(csv).toContain(`prospects;P-1;email;${EMAIL}`);

    const preview = await json(`/rgpd effacer personne:${EMAIL}`);
    expect(preview.out.data.confirmed).toBe(false);
    expect(await readFile(path.join(dir(), '.chat-history'), 'utf8')).toContain(NAME); // nothing erased yet

    const erased = await json(`/rgpd effacer personne:"+33 6 12 34 56 78" confirmer:oui`);
    expect(erased.code).toBe(0);
    expect(erased.out.data.counts).toMatchObject({
      prospects: { anonymise: 1 },
      activities: { keep: 1, redact: 1 },
      'follow-ups': { delete: 1 },
      notes: { redact: 1 },
      'chat-history': { redact: 2 },
      'export-files': { delete: 2 },
    });

    const opposed = await json(`/rgpd opposer personne:${EMAIL}`);
    expect(opposed.code).toBe(0);
    const relog = await prospecta('run', `/journal type:appel résultat:injoignable prospect:P-1`);
    expect(relog.code).toBe(2);
    expect(relog.stdout).toContain('opposée à la prospection');
    const recreate = await json(`/prospect ajouter nom:"Autre nom" email:${EMAIL.toUpperCase()}`);
    expect(recreate.code).toBe(2);
    expect(recreate.out.error).toMatchObject({ code: 'opposed_contact', field: 'email' });

    const after = await json('/funnel période:mois-dernier');
    expect(after.out.data).toEqual(before.out.data);

    const needles = [NAME, 'Lefèvre', EMAIL, PHONE, '0612345678', '612345678'];
    for (const { file, bytes } of await everyFile(dir())) {
      const raw = bytes.toString('utf8');
      const folded = fold(raw);
      for (const needle of needles) {
        expect(raw.includes(needle), `${needle} in ${file}`).toBe(false);
        expect(folded.includes(fold(needle)), `${needle} (folded) in ${file}`).toBe(false);
      }
      expect(raw.replace(/\D/g, '').includes('0612345678'), `phone digits in ${file}`).toBe(false);
    }
  }, 300_000);
});
