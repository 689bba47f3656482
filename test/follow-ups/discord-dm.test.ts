import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { followUpsCollection } from '../../src/follow-ups/entities.ts';
import { runDueReminders } from '../../src/follow-ups/scheduler.ts';
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

/** The harness's clock: Saturday 28 November 2026, 10:00 in Paris. */
let h: DiscordHarness;
beforeAll(async () => {
  h = await startDiscordHarness();
});
afterAll(async () => h?.close());

const rep: Who = { id: '5301', username: 'lea', locale: 'fr' };

describe('a follow-up set from Discord', () => {
  test('is reminded by direct message on Monday 9:00 Paris, once, through the real Discord client', async () => {
    const answer = await h.interact(
      interactionPayload(2, rep, GUILD_A, {
        id: '9000',
        name: 'log',
        type: 1,
        options: [
          opt('kind', 'call'),
          opt('outcome', 'callback'),
          opt('prospect', 'Garage Dupont'),
          opt('follow_up', 'lundi'),
        ],
      }),
    );
    expect(JSON.stringify((answer.body as Json).data)).toContain('Relance F-1 prévue le 30 nov. 2026 09:00.');
    const monday9 = new Date('2026-11-30T08:00:00Z');
    expect(await runDueReminders(h.bot, new Date('2026-11-30T07:59:00Z'))).toEqual([]);
    expect(h.fake.messages.dmWith(rep.id)).toBeUndefined();
    expect(await runDueReminders(h.bot, monday9)).toEqual(['F-1']);
    const dm = h.fake.messages.dmWith(rep.id) as string;
    const sent = h.fake.messages.in(dm);
    expect(sent).toHaveLength(1);
    const embed = JSON.stringify(sent[0]?.embeds);
    expect(embed).toContain('🔔 Relance à faire');
    expect(embed).toContain('Garage Dupont (P-1) — prévue le 30 nov. 2026 09:00 · F-1');
    expect(await runDueReminders(h.bot, new Date('2026-11-30T08:05:00Z'))).toEqual([]);
    expect(h.fake.messages.in(dm)).toHaveLength(1);
    const stored = await h.app.deps.store.transact(`discord:${GUILD_A}`, (tx) =>
      tx.collection(followUpsCollection).get('F-1'),
    );
    expect(stored).toMatchObject({
      repId: `discord:${rep.id}`,
      remindedAt: monday9.toISOString(),
      remindedVia: 'direct_message',
    });
  });
});
