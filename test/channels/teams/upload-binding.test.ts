import { describe, expect, it } from 'vitest';
import { uploadLinksCollection } from '../../../src/core/conversations/upload-links.ts';
import { startHttp } from '../helpers.ts';
import { channelMessage, personalMessage, TEAM, TENANT } from './activities.ts';
import { startFakeConnector } from './fake-connector.ts';
import { askUpload, drop, formNonce, taskFetch } from './upload-helpers.ts';

const CHANNEL_TEAM = `teams:${TENANT}:${TEAM}`;
const BOB = { id: '29:bob-teams', name: 'Bob Leroy', aadObjectId: 'aad-bob' };

describe('a Teams upload page opens only for who typed the command, where they typed it', () => {
  it('gives no link in the conversation; the dialog refuses another user or conversation; its page opens once', async () => {
    const connector = await startFakeConnector();
    const server = await startHttp();
    const prospects = () => server.app.deps.store.transact(CHANNEL_TEAM, (tx) => tx.prospects.size);
    const pages = () =>
      server.app.deps.store.transact(CHANNEL_TEAM, (tx) =>
        tx
          .collection(uploadLinksCollection)
          .all()
          .map((l) => l.page),
      );
    try {
      const typed = channelMessage('/import prospects', { serviceUrl: connector.serviceUrl });
      const { card, data } = await askUpload(server.origin, typed);
      // What the conversation shows opens nothing by itself: no URL, only a button for Teams' dialog.
      expect(JSON.stringify(card)).not.toContain('/upload/');
      expect(card.actions).toEqual([{ type: 'Action.Submit', title: 'Déposer le fichier', data }]);
      expect(data.msteams).toEqual({ type: 'task/fetch' });
      // The ticket the button carries is not a page: opened as a link, it is unknown.
      const asLink = await fetch(`${server.origin}/upload/${data['prospecta.upload']}`);
      expect(asLink.status).toBe(404);

      // Bob, in the same channel thread, clicks Alice's button: told whose it is, no page made.
      const bob = await taskFetch(server.origin, { ...typed, from: BOB }, data);
      expect(bob.task).toEqual({
        type: 'message',
        value:
          'Ce dépôt est réservé à Alice Martin, qui a tapé la commande : pour importer vous-même, tapez la commande.',
      });
      const bobEn = await taskFetch(server.origin, { ...typed, from: BOB, locale: 'en-US' }, data);
      expect(bobEn.task?.value).toBe(
        'This upload is reserved for Alice Martin, who typed the command: to import yourself, type the command.',
      );
      // Alice's button pasted into another conversation (her personal chat): refused too.
      const elsewhere = await taskFetch(
        server.origin,
        personalMessage(undefined, {
          from: { id: '29:alice-teams', name: 'Alice Martin', aadObjectId: 'aad-alice' },
          locale: 'fr-FR',
        }),
        data,
      );
      expect(elsewhere.task).toEqual({
        type: 'message',
        value:
          'Ce bouton ne sert que dans la conversation où la commande a été tapée : retapez-la ici pour déposer un fichier.',
      });
      expect(await pages()).toEqual([undefined]);

      // Alice, where she typed it: Teams' dialog opens the page.
      const alice = await taskFetch(server.origin, typed, data);
      expect(alice.task?.type).toBe('continue');
      const url = String(alice.task?.value?.url);
      expect(url).toMatch(new RegExp(`^${server.origin}/upload/[A-Za-z0-9_-]+\\.[A-Za-z0-9_-]{32}$`));
      expect(alice.task?.value).toMatchObject({ title: 'Prospecta — déposer un fichier', fallbackUrl: url });
      const first = await fetch(url);
      expect(first.status).toBe(200);
      const nonce = formNonce(await first.text());

      // The page's address copied elsewhere (history, a proxy log): opened already, it serves no form.
      const second = await fetch(url);
      expect(second.status).toBe(403);
      const said = await second.text();
      expect(said).toContain('Cette page de dépôt a déjà été ouverte');
      expect(said).not.toContain('name="nonce"');
      // …and takes no file without the form the first opening gave.
      const forged = await drop(url, 'name\nBoulangerie Pirate\n');
      expect(forged.status).toBe(403);
      const wrong = await drop(url, 'name\nBoulangerie Pirate\n', 'x'.repeat(32));
      expect(wrong.status).toBe(403);
      expect(await prospects()).toBe(0);

      const done = await drop(url, 'name,company,city\nBoulangerie Martin,Martin SARL,Lyon\n', nonce);
      expect(done.status).toBe(200);
      expect(await done.text()).toContain('1 prospect importé');
      expect(await prospects()).toBe(1);
      // Spent: the button now says so.
      const late = await taskFetch(server.origin, typed, data);
      expect(late.task?.type).toBe('message');
      expect(late.task?.value).toContain('a expiré ou a déjà servi');
    } finally {
      await server.close();
      await connector.close();
    }
  });

  it('a second click opens a new page and ends the first one', async () => {
    const server = await startHttp();
    try {
      const typed = channelMessage('/import prospects');
      const { data } = await askUpload(server.origin, typed);
      const one = String((await taskFetch(server.origin, typed, data)).task?.value?.url);
      const two = String((await taskFetch(server.origin, typed, data)).task?.value?.url);
      expect(two).not.toBe(one);
      expect((await fetch(one)).status).toBe(404);
      const page = await fetch(two);
      expect(page.status).toBe(200);
      const done = await drop(two, 'name\nGarage Durand\n', formNonce(await page.text()));
      expect(done.status).toBe(200);
    } finally {
      await server.close();
    }
  });
});
