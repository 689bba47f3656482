import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { notesCollection } from '../../src/watch/entities.ts';
import { channelMessage, personalMessage, TEAM, TENANT } from '../channels/teams/activities.ts';
import { type ConnectorHarness, startConnectorHarness } from '../channels/teams/connector-harness.ts';

const CHANNEL_TEAM = `teams:${TENANT}:${TEAM}`;
const BOB = { id: '29:bob-teams', name: 'Bob Leroy', aadObjectId: 'aad-bob' };
const CAROL = { id: '29:carol-teams', name: 'Carol Petit', aadObjectId: 'aad-carol' };

let h: ConnectorHarness;
beforeEach(async () => {
  h = await startConnectorHarness();
});
afterEach(() => h.close());
const send = (activity: object) => h.send(activity);

const say = (text: string, from?: object) => send(channelMessage(text, from ? { from } : {}));
/** The card text of the last activity the bot sent. */
const lastCard = () => JSON.stringify(h.connector.received.at(-1)?.body.attachments);
const noteOf = (id: string) =>
  h.server.app.deps.store.transact(CHANNEL_TEAM, (tx) => tx.collection(notesCollection).get(id));

describe('a watch note edited or deleted from Teams', () => {
  it('editing updates its activity in the team channel, deleting removes it', async () => {
    await say('/canal définir');
    await say('/veille publier type:commerciale titre:"Salon Batimat" texte:"Stand hall 4"');
    const post = (await noteOf('W-1'))?.post;
    const posted = h.connector.activities(TEAM);
    expect(post).toEqual({ channel: 'teams', conversationId: TEAM, messageId: expect.any(String) });
    expect(JSON.stringify(posted.get(post?.messageId ?? '')?.attachments)).toContain('Salon Batimat · W-1');

    await say('/veille modifier W-1 titre:"Salon Batimat reporté"');
    const put = h.connector.received.find((r) => r.method === 'PUT');
    expect(put?.path).toBe(`/v3/conversations/${encodeURIComponent(TEAM)}/activities/${post?.messageId}`);
    expect(JSON.stringify(posted.get(post?.messageId ?? '')?.attachments)).toContain(
      'Salon Batimat reporté · W-1',
    );
    expect(lastCard()).toContain('Son message dans le canal de l’équipe est mis à jour.');

    await say('/veille supprimer W-1');
    expect(h.connector.received.filter((r) => r.method === 'DELETE').map((r) => r.path)).toEqual([
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
    const before = h.connector.received.length;
    await say('/veille publier type:concurrentielle titre:"Martin aligne ses prix" texte:"-5 %" tags:prix');
    const sent = h.connector.received.slice(before).filter((r) => r.method === 'POST');
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
