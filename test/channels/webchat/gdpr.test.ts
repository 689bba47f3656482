import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fold } from '../../../src/privacy/person-match.ts';
import { databaseRows, testStoreEnv } from '../../helpers/test-store.ts';
import { startHttp } from '../helpers.ts';
import { directLineFetch, pageToken } from './directline-client.ts';

const NAME = 'Hélène Lefèvre';
const EMAIL = 'helene.lefevre@exemple.fr';
const PHONE = '06 12 34 56 78';

describe('GDPR rights from the local web chat', () => {
  let server: Awaited<ReturnType<typeof startHttp>>;
  beforeAll(async () => {
    server = await startHttp();
  });
  afterAll(() => server.close());

  it('exports, erases and opposes a consumer as a manager; nothing of them is left in the data folder; the funnel is unchanged', async () => {
    const token = await pageToken(server.origin, '?team=ouest&user=alice&locale=fr');
    const dl = (p: string, body?: object) => directLineFetch(server.origin, p, token, body);
    const { conversationId } = (await (await dl('/conversations', {})).json()) as { conversationId: string };
    let watermark = 0;
    const say = async (text: string): Promise<string> => {
      const posted = await dl(`/conversations/${conversationId}/activities`, {
        type: 'message',
        text,
        from: { id: 'web:alice' },
      });
      expect(posted.status, text).toBe(200);
      const got = (await (
        await dl(`/conversations/${conversationId}/activities?watermark=${watermark}`)
      ).json()) as {
        activities: { from: { role: string }; attachments?: unknown[] }[];
        watermark: string;
      };
      watermark = Number(got.watermark);
      return JSON.stringify(got.activities.filter((a) => a.from.role === 'bot'));
    };
    for (const line of [
      `/prospect ajouter nom:"${NAME}" type:b2c email:${EMAIL} téléphone:"${PHONE}"`,
      `/journal type:appel résultat:injoignable prospect:P-1 date:2026-10-12`,
      `/journal type:appel résultat:rdv prospect:P-1 date:2026-10-14 note:"Mme Lefèvre préfère le soir" relance:"dans 3 jours"`,
      `/veille publier type:commercial titre:"${NAME} ouvre une boutique" texte:"Voir avec elle au salon"`,
    ]) {
      expect(await say(line)).not.toContain('"tone":"error"');
    }
    const funnel = () =>
      server.app.deps.store.transact('local:ouest', (tx) =>
        tx.activities.all().map((a) => [a.prospectId, a.kind, a.outcome, a.date]),
      );
    const before = await funnel();
    const exported = await say(`/rgpd exporter personne:"${EMAIL}"`);
    expect(exported).toContain('Droit d’accès');
    expect(exported).toContain(NAME);
    const downloads = [
      ...exported.matchAll(
        /"contentType":"([^"]+)","name":"([^"]+)","contentUrl":"data:[^;]+;base64,([^"]+)"/g,
      ),
    ];
    expect(downloads.map((m) => [m[1], m[2]])).toEqual([
      ['application/json', 'rgpd-R-1.json'],
      ['text/csv', 'rgpd-R-1.csv'],
    ]);
    const csv = Buffer.from(downloads[1]?.[3] ?? '', 'base64').toString('utf8');
    expect(csv).toContain(`prospects;P-1;email;${EMAIL}`);
    const preview = await say('/rgpd effacer personne:P-1');
    expect(preview).toContain('Confirmer l’effacement');
    const erased = await say('/rgpd effacer personne:P-1 confirmer:oui');
    expect(erased).toContain('Données effacées');
    const opposed = await say(`/rgpd opposer personne:"${PHONE}"`);
    expect(opposed).toContain('Opposition enregistrée');
    expect(await say('/journal type:appel résultat:injoignable prospect:P-1')).toContain(
      'opposée à la prospection',
    );
    expect(await funnel()).toEqual(before);

    // Everything kept: the data folder's files, and on PostgreSQL the database's rows.
    const kept: [string, string][] = [];
    for (const e of await readdir(server.dir, { recursive: true, withFileTypes: true })) {
      if (e.isFile()) kept.push([e.name, (await readFile(path.join(e.parentPath, e.name))).toString('utf8')]);
    }
    const { DATABASE_URL } = await testStoreEnv(server.dir);
    if (DATABASE_URL) kept.push(...Object.entries(await databaseRows(DATABASE_URL)));
    expect(kept.length).toBeGreaterThan(3);
    for (const [name, raw] of kept) {
      for (const needle of [NAME, 'Lefèvre', EMAIL, PHONE]) {
        expect(fold(raw).includes(fold(needle)), `${needle} in ${name}`).toBe(false);
      }
      expect(raw.replace(/\D/g, '').includes('0612345678'), `phone digits in ${name}`).toBe(false);
    }
  });
});
