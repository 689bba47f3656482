import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { followUpsCollection } from '../../src/follow-ups/entities.ts';
import { runDueReminders } from '../../src/follow-ups/scheduler.ts';
import { channelMessage, personalMessage, TEAM, TENANT } from '../channels/teams/activities.ts';
import { type ConnectorHarness, startConnectorHarness } from '../channels/teams/connector-harness.ts';

const CHANNEL_TEAM = `teams:${TENANT}:${TEAM}`;
const BOB = { id: '29:bob-teams', name: 'Bob Leroy', aadObjectId: 'aad-bob' };
/** The server's clock is Saturday 28 November 2026, 10:00 Paris; `lundi` is due 30 November 08:00 UTC. */
const MONDAY_9AM = new Date('2026-11-30T08:00:00Z');

let h: ConnectorHarness;
beforeEach(async () => {
  h = await startConnectorHarness();
});
afterEach(() => h.close());
const send = (activity: object) => h.send(activity);

const say = (text: string, from?: object) => send(channelMessage(text, from ? { from } : {}));
const followUp = (id: string) =>
  h.server.app.deps.store.transact(CHANNEL_TEAM, (tx) => tx.collection(followUpsCollection).get(id));

describe('a follow-up set in a Teams channel', () => {
  it('is reminded in the rep’s personal chat with the bot, once; a rep without one is given up on at once', async () => {
    await send(personalMessage('/help')); // Bob writes to the bot personally once
    await say('/journal type:appel résultat:rappeler prospect:Durand relance:lundi', BOB);
    await say('/journal type:appel résultat:rappeler prospect:Martin relance:lundi');
    const before = h.connector.received.length;
    expect(await runDueReminders(h.server.bot, MONDAY_9AM)).toEqual(['F-1']);
    const sent = h.connector.received.slice(before).filter((r) => r.method === 'POST');
    expect(sent.map((r) => decodeURIComponent(r.path))).toEqual([
      '/v3/conversations/a:personal-bob/activities',
    ]);
    expect(JSON.stringify(sent[0]?.body.attachments)).toContain(
      'Durand (P-1) — prévue le 30 nov. 2026 09:00 · F-1',
    );
    expect(await runDueReminders(h.server.bot, new Date('2026-11-30T08:10:00Z'))).toEqual([]);
    expect(h.connector.received.slice(before).filter((r) => r.method === 'POST')).toHaveLength(1);
    expect(await followUp('F-1')).toMatchObject({ remindedVia: 'direct_message' });
    // Alice never wrote to the bot personally: given up at once (her next answer carries it, see reminders.test.ts).
    expect((await followUp('F-2'))?.reminderAttempt).toEqual({ failures: 6 });
  });
});
