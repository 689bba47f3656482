import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type PgCluster, startPgCluster } from '../../helpers/pg-cluster.ts';
import { startHttp } from '../helpers.ts';
import { channelMessage } from './activities.ts';

const BASE = 'https://prospecta.example.org';

/** The chart image URLs in the cards answering `text` on `origin`. */
async function chartUrls(origin: string, text: string): Promise<string[]> {
  const res = await fetch(`${origin}/api/messages`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ ...channelMessage(text), deliveryMode: 'expectReplies' }),
  });
  expect(res.status).toBe(200);
  return (
    JSON.stringify(await res.json()).match(/https:\/\/prospecta\.example\.org\/charts\/[0-9a-f]{32}\.png/g) ??
    []
  );
}

// Two replicas behind a load balancer: the one that rendered a chart is not always the one Teams
// asks for the image.
describe('Teams chart images on PostgreSQL', () => {
  let cluster: PgCluster;
  beforeAll(async () => {
    cluster = await startPgCluster();
  }, 60_000);
  afterAll(async () => {
    await cluster?.stop();
  });

  it('the image URL given by one replica is served by the other', async () => {
    const env = { DATABASE_URL: await cluster.createDatabase('charts'), PUBLIC_BASE_URL: BASE };
    const a = await startHttp(env);
    const b = await startHttp(env);
    try {
      await chartUrls(a.origin, '/prospect ajouter nom:"Boulangerie Martin" ville:Lyon');
      const urls = await chartUrls(a.origin, '/entonnoir');
      expect(urls.length).toBeGreaterThan(0);
      for (const url of urls) {
        const fromA = await fetch(url.replace(BASE, a.origin));
        const fromB = await fetch(url.replace(BASE, b.origin));
        expect(fromB.status).toBe(200);
        expect(fromB.headers.get('content-type')).toBe('image/png');
        const png = new Uint8Array(await fromB.arrayBuffer());
        expect([...png.slice(1, 4)].map((c) => String.fromCharCode(c)).join('')).toBe('PNG');
        expect(png).toEqual(new Uint8Array(await fromA.arrayBuffer()));
      }
      const unknown = await fetch(`${b.origin}/charts/${'0'.repeat(32)}.png`);
      expect(unknown.status).toBe(404);
    } finally {
      await b.close();
      await a.close();
    }
  });
});
