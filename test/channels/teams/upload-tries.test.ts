import { describe, expect, it } from 'vitest';
import { uploadLinksCollection } from '../../../src/core/conversations/upload-links.ts';
import { startHttp } from '../helpers.ts';
import { channelMessage, TEAM, TENANT } from './activities.ts';
import { openUpload } from './upload-helpers.ts';

const CHANNEL_TEAM = `teams:${TENANT}:${TEAM}`;

describe('a Teams upload link takes few tries and lives briefly', () => {
  it('ends after 3 failed tries, and is valid 10 minutes', async () => {
    const server = await startHttp();
    try {
      const { drop } = await openUpload(server.origin, channelMessage('/import prospects'));
      const expires = await server.app.deps.store.transact(CHANNEL_TEAM, (tx) =>
        tx
          .collection(uploadLinksCollection)
          .all()
          .map((l) => l.expiresAt),
      );
      // The test clock is fixed: the link expires 10 minutes after it.
      expect(expires).toEqual([
        new Date(new Date('2026-11-28T09:00:00Z').getTime() + 10 * 60_000).toISOString(),
      ]);

      const first = await drop('name,company,city\n"Boulangerie Martin,Lyon\n');
      expect(first.status).toBe(422);
      expect(await first.text()).toContain('le lien reste valable pour 2 essais');
      const second = await drop(null);
      expect(second.status).toBe(400);
      const third = await drop('name,company,city\n"Garage,Nantes\n');
      expect(third.status).toBe(410);
      expect(await third.text()).toContain('Trop d’essais : ce lien de dépôt ne sert plus.');
      // The link is gone: even a good file is refused now, and nothing was imported.
      const late = await drop('name\nBoulangerie Petit\n');
      expect(late.status).toBe(404);
      expect(await server.app.deps.store.transact(CHANNEL_TEAM, (tx) => tx.prospects.size)).toBe(0);
    } finally {
      await server.close();
    }
  });
});
