import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { linksCollection } from '../../../src/core/conversations/links.ts';
import { isDirectoryId, personalChatsCollection } from '../../../src/core/conversations/personal-chats.ts';
import { channelMessage, personalMessage, TEAM, TENANT } from './activities.ts';
import { type ConnectorHarness, startConnectorHarness } from './connector-harness.ts';

const CHANNEL_TEAM = `teams:${TENANT}:${TEAM}`;
const PERSONAL_TEAM = `teams:${TENANT}:conv:a:personal-bob`;
const DIRECTORY = `directory:teams:${TENANT}`;
const LEGACY = `teams:${TENANT}:personal-chats`;
const BOB = { id: '29:bob-teams', name: 'Bob Leroy', aadObjectId: 'aad-bob' };

let h: ConnectorHarness;
beforeEach(async () => {
  h = await startConnectorHarness();
});
afterEach(() => h.close());
const store = () => h.server.app.deps.store;
const say = (text: string, from?: object) => h.send(channelMessage(text, from ? { from } : {}));

/** Bob follows a tag in the team, then a note with it is published: what the connector was sent. */
async function noticePaths(): Promise<string[]> {
  await say('/canal définir');
  await say('/veille suivre tag:prix', BOB);
  const before = h.connector.received.length;
  await say('/veille publier type:concurrentielle titre:"Martin aligne ses prix" texte:"-5 %" tags:prix');
  return h.connector.received
    .slice(before)
    .filter((r) => r.method === 'POST')
    .map((r) => decodeURIComponent(r.path));
}

describe('Teams personal chats, kept in the tenant’s directory', () => {
  it('makes no team of its own: the store holds the two conversations’ teams and one directory', async () => {
    await h.send(personalMessage('/help'));
    await say('/aide');
    const ids = await store().listTeams();
    expect(ids.filter((id) => !isDirectoryId(id))).toEqual([PERSONAL_TEAM, CHANNEL_TEAM].sort());
    expect(ids).not.toContain(LEGACY);
    expect(ids).toContain(DIRECTORY);
    const chat = await store().read(DIRECTORY, (v) =>
      v.collection(personalChatsCollection).get('teams:aad-bob'),
    );
    expect(chat).toMatchObject({
      channel: 'teams',
      reference: { conversation: { id: 'a:personal-bob' }, serviceUrl: h.connector.serviceUrl },
    });
  });

  it('still reaches a member whose chat was saved before, in the made-up team, and moves it once', async () => {
    // As the bot kept it until 2026-12: a link in a team `teams:<tenant>:personal-chats`.
    const reference = {
      channelId: 'msteams',
      serviceUrl: h.connector.serviceUrl,
      conversation: { id: 'a:personal-bob', conversationType: 'personal', tenantId: TENANT },
      bot: { id: '28:prospecta-bot', name: 'Prospecta' },
      user: { id: BOB.id, name: BOB.name, aadObjectId: BOB.aadObjectId },
    };
    await store().transact(
      LEGACY,
      (tx) =>
        tx.collection(linksCollection).put({
          id: 'teams:aad-bob',
          channel: 'teams',
          purpose: 'conversation',
          reference,
          updatedAt: '2026-11-20T10:00:00.000Z',
        }),
      {
        init: () => ({
          id: LEGACY,
          name: 'Teams personal chats',
          settings: { locale: 'fr', timeZone: 'Europe/Paris', currency: 'EUR' },
          createdAt: '2026-11-20T10:00:00.000Z',
        }),
      },
    );
    expect(await noticePaths()).toContain('/v3/conversations/a:personal-bob/activities');
    const moved = await store().read(DIRECTORY, (v) => v.collection(personalChatsCollection).all());
    expect(moved).toEqual([
      { id: 'teams:aad-bob', channel: 'teams', reference, updatedAt: '2026-11-20T10:00:00.000Z' },
    ]);
  });
});
