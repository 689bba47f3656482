import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { notesCollection } from '../../src/watch/entities.ts';
import type { Recorded } from '../channels/discord/fake-discord.ts';
import {
  type DiscordHarness,
  GUILD_A,
  interactionPayload,
  opt,
  startDiscordHarness,
  type Who,
} from '../channels/discord/harness.ts';

// biome-ignore lint/suspicious/noExplicitAny: recorded payloads are arbitrary JSON, checked by the assertions.
type Json = any;

let h: DiscordHarness;
beforeAll(async () => {
  h = await startDiscordHarness();
});
afterAll(async () => h?.close());

const manager: Who = { id: '5101', username: 'max', permissions: '32', locale: 'fr' };
const sub = (who: Who, name: string, subcommand: string, options: unknown[] = []) =>
  interactionPayload(2, who, GUILD_A, {
    id: '9000',
    name,
    type: 1,
    options: [{ name: subcommand, type: 1, options }],
  });

describe('a watch note posted from Discord', () => {
  test('reaches the channel set with /channel set, rating explained, and the poster gets the link', async () => {
    const set = await h.interact(sub(manager, 'channel', 'set'));
    expect((set.body as Json).data.embeds[0].description ?? JSON.stringify(set.body)).toContain(
      'conversation',
    );
    const posted = h.fake.waitFor(
      (r: Recorded) => r.method === 'POST' && r.path === '/api/v10/channels/3001/messages',
    );
    const answer = await h.interact(
      sub(manager, 'watch', 'post', [
        opt('type', 'competitive'),
        opt('title', 'Durand baisse ses prix'),
        opt('body', 'Le concurrent Durand a baissé ses prix de 10 %'),
        opt('reliability', 'B'),
        opt('credibility', 2, 4),
      ]),
    );
    const post = (await posted).body as Json;
    const embed = JSON.stringify(post.embeds);
    expect(embed).toContain('Durand baisse ses prix · W-1');
    expect(embed).toContain('B2 : source généralement fiable, information probablement vraie');
    const confirmation = JSON.stringify((answer.body as Json).data);
    expect(confirmation).toContain(`https://discord.com/channels/${GUILD_A}/3001/`);
    expect((answer.body as Json).data.flags & 64).toBe(64);
  });
});

const noteOf = (id: string) =>
  h.app.deps.store.transact(`discord:${GUILD_A}`, (tx) => tx.collection(notesCollection).get(id));
const answerText = (r: Recorded) => JSON.stringify((r.body as Json).data);

describe('a watch note edited or deleted from Discord', () => {
  test('editing updates its message in the channel, deleting removes it', async () => {
    await h.interact(sub(manager, 'channel', 'set'));
    const answer = await h.interact(
      sub(manager, 'watch', 'post', [
        opt('type', 'commercial'),
        opt('title', 'Salon Batimat'),
        opt('body', 'Stand réservé hall 4'),
      ]),
    );
    const id = (answer.body as Json).data.embeds[0].title.match(/W-\d+/)[0] as string;
    const post = (await noteOf(id))?.post;
    const message = h.fake.messages.in('3001').at(-1);
    expect(post).toEqual({
      channel: 'discord',
      conversationId: '3001',
      messageId: message?.id,
      url: `https://discord.com/channels/${GUILD_A}/3001/${message?.id}`,
    });

    const patched = h.fake.waitFor((r) => r.method === 'PATCH' && r.path.includes('/channels/3001/'));
    const edited = await h.interact(
      sub(manager, 'watch', 'edit', [opt('id', id), opt('title', 'Salon Batimat reporté')]),
    );
    expect((await patched).path).toBe(`/api/v10/channels/3001/messages/${message?.id}`);
    const now = h.fake.messages.in('3001').find((m) => m.id === message?.id);
    expect(JSON.stringify(now?.embeds)).toContain(`Salon Batimat reporté · ${id}`);
    expect(answerText(edited)).toContain('Son message dans le canal de l’équipe est mis à jour.');

    const marked = h.fake.waitFor((r) => r.method === 'PATCH' && r.path.includes(`/messages/${message?.id}`));
    await h.interact(sub(manager, 'watch', 'useful', [opt('id', id)]));
    await marked;
    const counted = h.fake.messages.in('3001').find((m) => m.id === message?.id);
    expect(JSON.stringify(counted?.embeds)).toContain('"name":"Utile","value":"1 personne"');

    const deleted = await h.interact(sub(manager, 'watch', 'delete', [opt('id', id)]));
    expect(h.fake.messages.in('3001').some((m) => m.id === message?.id)).toBe(false);
    expect(answerText(deleted)).toContain('Son message dans le canal de l’équipe est retiré.');
    expect(await noteOf(id)).toBeUndefined();
  });

  test('an edit whose message is gone is stored all the same, and says the post did not change', async () => {
    const answer = await h.interact(
      sub(manager, 'watch', 'post', [opt('type', 'legal'), opt('title', 'Décret'), opt('body', 'Publié')]),
    );
    const id = (answer.body as Json).data.embeds[0].title.match(/W-\d+/)[0] as string;
    const messageId = (await noteOf(id))?.post?.messageId as string;
    expect(
      h.fake.messages.handle('DELETE', `/api/v10/channels/3001/messages/${messageId}`, undefined)?.status,
    ).toBe(204);
    const edited = await h.interact(
      sub(manager, 'watch', 'edit', [opt('id', id), opt('title', 'Décret paru')]),
    );
    expect(answerText(edited)).toContain('n’a pas pu être modifié (la note, elle, est à jour)');
    expect((await noteOf(id))?.title).toBe('Décret paru');
  });
});

describe('a subscriber on Discord', () => {
  test('receives the matching note in a direct message', async () => {
    const member: Who = { id: '5102', username: 'lea', permissions: '0', locale: 'fr' };
    await h.interact(sub(member, 'watch', 'subscribe', [opt('tag', 'prix')]));
    const opened = h.fake.waitFor((r) => r.method === 'POST' && r.path === '/api/v10/users/@me/channels');
    // The DM is sent after the author's answer: the next channel message outside the posts channel.
    const messaged = h.fake.waitFor(
      (r) =>
        r.method === 'POST' &&
        /^\/api\/v10\/channels\/\d+\/messages$/.test(r.path) &&
        !r.path.includes('/3001/'),
    );
    await h.interact(
      sub(manager, 'watch', 'post', [
        opt('type', 'competitive'),
        opt('title', 'Martin aligne ses prix'),
        opt('body', 'Remise de 5 %'),
        opt('tags', 'prix'),
      ]),
    );
    expect((await opened).body).toEqual({ recipient_id: '5102' });
    const dm = h.fake.messages.dmWith('5102') as string;
    expect((await messaged).path).toBe(`/api/v10/channels/${dm}/messages`);
    const [notice] = h.fake.messages.in(dm);
    expect(JSON.stringify(notice?.embeds)).toContain(
      '🔔 Nouvelle note de veille que vous suivez : Martin aligne ses prix',
    );
    // A channel message, not an interaction answer: no ephemeral flag; no buttons acting outside the team.
    expect([notice?.flags, notice?.components]).toEqual([0, []]);
  });
});
