import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { notesCollection } from '../../src/watch/entities.ts';
import { startHttp } from '../channels/helpers.ts';
import { channelMessage, personalMessage, TEAM, TENANT } from '../channels/teams/activities.ts';
import { startFakeConnector } from '../channels/teams/fake-connector.ts';

const CHANNEL_TEAM = `teams:${TENANT}:${TEAM}`;
const BOB = { id: '29:bob-teams', name: 'Bob Leroy', aadObjectId: 'aad-bob' };
const CAROL = { id: '29:carol-teams', name: 'Carol Petit', aadObjectId: 'aad-carol' };

let connector: Awaited<ReturnType<typeof startFakeConnector>>;
let server: Awaited<ReturnType<typeof startHttp>>;
beforeEach(async () => {
  connector = await startFakeConnector();
  server = await startHttp();
});
afterEach(async () => {
  await server.close();
  await connector.close();
});

/** One activity to the bot, answered through the connector (the turn's sends are done when it resolves). */
async function send(activity: object): Promise<void> {
  const res = await fetch(`${server.origin}/api/messages`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ ...activity, serviceUrl: connector.serviceUrl }),
  });
  expect(res.status).toBe(200);
}
const say = (text: string, from?: object) => send(channelMessage(text, from ? { from } : {}));
/** The card text of the last activity the bot sent. */
const lastCard = () => JSON.stringify(connector.received.at(-1)?.body.attachments);
const noteOf = (id: string) =>
  server.app.deps.store.transact(CHANNEL_TEAM, (tx) => tx.collection(notesCollection).get(id));

describe('a watch note edited or deleted from Teams', () => {
  it('editing updates its activity in the team channel, deleting removes it', async () => {
    await say('/canal définir');
    await say('/veille publier type:commerciale titre:"Salon Batimat" texte:"Stand hall 4"');
    const post = (await noteOf('W-1'))?.post;
    const posted = connector.activities(TEAM);
    expect(post).toEqual({ channel: 'teams', conversationId: TEAM, messageId: expect.any(String) });
    expect(JSON.stringify(posted.get(post?.messageId ?? '')?.attachments)).toContain('Salon Batimat · W-1');

    await say('/veille modifier W-1 titre:"Salon Batimat reporté"');
    const put = connector.received.find((r) => r.method === 'PUT');
    expect(put?.path).toBe(`/v3/conversations/${encodeURIComponent(TEAM)}/activities/${post?.messageId}`);
    expect(JSON.stringify(posted.get(post?.messageId ?? '')?.attachments)).toContain(
      'Salon Batimat reporté · W-1',
    );
    expect(lastCard()).toContain('Son message dans le canal de l’équipe est mis à jour.');

    await say('/veille supprimer W-1');
    expect(connector.received.filter((r) => r.method === 'DELETE').map((r) => r.path)).toEqual([
      `/v3/conversations/${encodeURIComponent(TEAM)}/activities/${post?.messageId}`,
    ]);
    expect(posted.has(post?.messageId ?? '')).toBe(false);
    expect(lastCard()).toContain('Son message dans le canal de l’équipe est retiré.');
  });
});

describe('a subscriber on Teams', () => {
  it('is told in their personal chat with the bot; one who never wrote to it personally is not', async () => {
    await send(personalMessage('/help'));
    await say('/canal définir');
    await say('/veille suivre tag:prix', BOB);
    await say('/veille suivre tag:prix', CAROL);
    const before = connector.received.length;
    await say('/veille publier type:concurrentielle titre:"Martin aligne ses prix" texte:"-5 %" tags:prix');
    const sent = connector.received.slice(before).filter((r) => r.method === 'POST');
    // The post in the channel, Bob's notice, then Alice's confirmation: nothing for Carol.
    expect(sent.map((r) => decodeURIComponent(r.path))).toEqual([
      `/v3/conversations/${TEAM}/activities`,
      '/v3/conversations/a:personal-bob/activities',
      expect.stringMatching(new RegExp(`^/v3/conversations/${TEAM};messageid=\\d+/activities/msg-\\d+$`)),
    ]);
    const notice = sent[1]?.body;
    expect(JSON.stringify(notice?.attachments)).toContain(
      '🔔 Nouvelle note de veille que vous suivez : Martin aligne ses prix',
    );
    expect(notice?.replyToId).toBeUndefined();
  });
});
