import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { openAppStore } from '../../../src/app-store.ts';
import { storedUploadLinks, uploadLinksCollection } from '../../../src/core/conversations/upload-links.ts';
import { startHttp } from '../helpers.ts';
import { channelMessage, TEAM, TENANT } from './activities.ts';
import { startFakeConnector } from './fake-connector.ts';
import { askUpload, drop, formNonce, taskFetch } from './upload-helpers.ts';

const CHANNEL_TEAM = `teams:${TENANT}:${TEAM}`;

describe('Teams keeps no state a second replica needs', () => {
  it('an upload link given by one replica opens and imports on another one on the same data', async () => {
    const connector = await startFakeConnector();
    const first = await startHttp();
    const second = await startHttp({}, { dir: first.dir });
    try {
      // The card and its dialog come from the first replica; the page opens on the second.
      const typed = channelMessage('/import prospects', { serviceUrl: connector.serviceUrl });
      const { data } = await askUpload(first.origin, typed);
      const url = String((await taskFetch(first.origin, typed, data)).task?.value?.url);
      expect(url.startsWith(`${first.origin}/upload/`)).toBe(true);
      const elsewhere = url.replace(first.origin, second.origin);

      const page = await fetch(elsewhere);
      expect(page.status).toBe(200);
      const html = await page.text();
      expect(html).toContain('commande /import prospects');
      const done = await drop(
        elsewhere,
        'name,company,city\nBoulangerie Martin,Martin SARL,Lyon\n',
        formNonce(html),
      );
      expect(done.status).toBe(200);
      expect(await done.text()).toContain('1 prospect importé');
      // Stored once, seen by both; the link is spent on both.
      for (const replica of [first, second]) {
        const names = await replica.app.deps.store.transact(CHANNEL_TEAM, (tx) =>
          tx.prospects.all().map((p) => p.name),
        );
        expect(names).toEqual(['Boulangerie Martin']);
      }
      expect((await fetch(url)).status).toBe(404);
      expect((await fetch(elsewhere)).status).toBe(404);
    } finally {
      await second.close(true);
      await first.close();
      await connector.close();
    }
  });

  it('a stored link keeps only a hash of its secret, expires after its time, and refuses a forged token', async () => {
    const dir = await mkdtemp(path.join(os.tmpdir(), 'prospecta-upload-links-'));
    const store = await openAppStore(dir);
    try {
      let now = new Date('2026-11-28T09:00:00Z');
      const links = storedUploadLinks(store, () => now, 15 * 60_000);
      const teamId = 'teams:t:19:abc@thread.tacv2';
      await store.transact(teamId, () => undefined, {
        init: () => ({
          id: teamId,
          name: 'Équipe',
          settings: { locale: 'fr', timeZone: 'Europe/Paris', currency: 'EUR' },
          createdAt: now.toISOString(),
        }),
      });
      const request = {
        inv: {
          channel: 'teams' as const,
          teamId,
          teamName: 'Équipe',
          user: { id: 'teams:aad-1', displayName: 'Alice' },
        },
        text: '/import prospects',
        locale: 'fr' as const,
      };
      const token = await links.create(request);
      const secret = token.split('.')[1] as string;
      const kept = await store.transact(teamId, (tx) => tx.collection(uploadLinksCollection).all());
      expect(kept).toHaveLength(1);
      expect(JSON.stringify(kept)).not.toContain(secret);
      expect(kept[0]?.expiresAt).toBe('2026-11-28T09:15:00.000Z');

      expect(await links.get(token)).toEqual(request);
      expect(await links.get(`${token.split('.')[0]}.${'A'.repeat(32)}`)).toBeUndefined();
      expect(
        await links.get(`${Buffer.from('teams:other').toString('base64url')}.${secret}`),
      ).toBeUndefined();
      expect(await links.get('not-a-token')).toBeUndefined();
      // The page's key is kept as a hash too, and a ticket is not a page.
      const page = String(await links.openPage(token));
      const pageKept = await store.transact(teamId, (tx) => tx.collection(uploadLinksCollection).all());
      expect(JSON.stringify(pageKept)).not.toContain(page.split('.')[1] as string);
      expect(await links.page(token, true)).toBeUndefined();
      expect((await links.page(page, true))?.form).toMatch(/^[A-Za-z0-9_-]{32}$/);
      expect((await links.page(page, true))?.form).toBeUndefined();

      now = new Date('2026-11-28T09:15:01Z');
      expect(await links.get(token)).toBeUndefined();
      // The next link made in the team drops the expired one.
      await links.create(request);
      expect(await store.transact(teamId, (tx) => tx.collection(uploadLinksCollection).size)).toBe(1);
    } finally {
      await store.close();
      await rm(dir, { recursive: true, force: true });
    }
  });
});
