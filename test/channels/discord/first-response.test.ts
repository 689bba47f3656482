import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Recorded } from './fake-discord.ts';
import { APP_ID } from './fake-discord.ts';
import {
  body,
  type DiscordHarness,
  GUILD_A,
  interactionPayload,
  type Json,
  opt,
  startDiscordHarness,
  type Who,
} from './harness.ts';

// Discord's rule: an interaction is answered (a reply or a deferral) within 3 s, whatever the
// command, the team-channel post or a rate limit; the answer's visibility is decided by then.
let h: DiscordHarness;
beforeAll(async () => {
  h = await startDiscordHarness();
});
afterAll(async () => h?.close());

const manager: Who = { id: '5301', username: 'max', permissions: '32', locale: 'fr' };
const sub = (name: string, subcommand: string, options: unknown[] = []) =>
  interactionPayload(2, manager, GUILD_A, {
    id: '9000',
    name,
    type: 1,
    options: [{ name: subcommand, type: 1, options }],
  });
const watchPost = (title: string) =>
  sub('watch', 'post', [
    opt('type', 'competitive'),
    opt('title', title),
    opt('body', 'Le concurrent Durand a baissé ses prix de 10 %'),
    opt('reliability', 'B'),
    opt('credibility', 2, 4),
  ]);
const isChannelPost = (r: Recorded) => r.method === 'POST' && r.path === '/api/v10/channels/3001/messages';
const callbackOf = (p: { id: string; token: string }) => (r: Recorded) =>
  r.path === `/api/v10/interactions/${p.id}/${p.token}/callback`;

describe('the first response to a Discord interaction', () => {
  test('comes while the team-channel post is still pending (a post that takes 5 s), then the reply is edited with its link', async () => {
    await h.interact(sub('channel', 'set'));
    const post = h.fake.slowDown(isChannelPost, 5000);
    const payload = watchPost('Durand baisse ses prix');
    const first = await h.interact(payload);
    // Answered before the post: the turn did not wait for it to acknowledge.
    expect(post.answeredAt()).toBeUndefined();
    expect(body(first).type).toBe(5);
    // The confirmation is private: so is the deferral made for it.
    expect(body(first).data.flags & 64).toBe(64);
    const edit = await h.edited(payload);
    expect(edit.order).toBeGreaterThan(post.answeredAt() ?? Number.POSITIVE_INFINITY);
    expect(JSON.stringify(edit.body)).toContain(`https://discord.com/channels/${GUILD_A}/3001/`);
    expect(JSON.stringify(edit.body)).toContain('W-1');
  }, 20_000);

  test('comes while the post waits out a 429 (retry_after 3 s), and the post is made once after it', async () => {
    const post = h.fake.rateLimit(isChannelPost, 3);
    const payload = watchPost('Durand ouvre une agence');
    const first = await h.interact(payload);
    expect(post.answeredAt()).toBeUndefined();
    expect(body(first).type).toBe(5);
    const edit = await h.edited(payload);
    expect(edit.order).toBeGreaterThan(post.answeredAt() ?? Number.POSITIVE_INFINITY);
    expect(JSON.stringify(edit.body)).toContain(`https://discord.com/channels/${GUILD_A}/3001/`);
    const posts = h.fake.requests.filter(
      (r) => isChannelPost(r) && JSON.stringify(r.body).includes('Durand ouvre une agence'),
    );
    // The 429 and the one retry: one message in the channel.
    expect(posts).toHaveLength(2);
    expect(
      h.fake.messages.in('3001').filter((m) => JSON.stringify(m.embeds).includes('agence')),
    ).toHaveLength(1);
  }, 20_000);

  test('a late deferral does not make a shared reply private: it is sent as a public follow-up', async () => {
    // Another command holds the team: `/channel set` (a shared answer) waits past the late-deferral time.
    let release = (): void => undefined;
    const held = new Promise<void>((r) => {
      release = r;
    });
    let holding = false;
    const other = h.app.deps.store.transact(`discord:${GUILD_A}`, async () => {
      holding = true;
      await held;
    });
    while (!holding) await new Promise((r) => setImmediate(r));
    const payload = sub('channel', 'set');
    const followUp = h.fake.waitFor(
      (r) => r.method === 'POST' && r.path === `/api/v10/webhooks/${APP_ID}/${payload.token}`,
    );
    const removed = h.fake.waitFor(
      (r) =>
        r.method === 'DELETE' &&
        r.path === `/api/v10/webhooks/${APP_ID}/${payload.token}/messages/%40original`,
    );
    const first = h.fake.waitFor(callbackOf(payload));
    h.fake.dispatchInteraction(payload);
    const deferral = await first;
    expect(body(deferral).type).toBe(5);
    release();
    await other;
    const shared = (await followUp).body as Json;
    expect((shared.flags ?? 0) & 64).toBe(0);
    expect(JSON.stringify(shared.embeds)).toContain('conversation');
    await removed;
  }, 20_000);
});
