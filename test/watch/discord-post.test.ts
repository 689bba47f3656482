import { afterAll, beforeAll, describe, expect, test } from 'vitest';
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
