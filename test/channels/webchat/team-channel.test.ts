import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { linksCollection } from '../../../src/core/conversations/links.ts';
import { startHttp } from '../helpers.ts';
import { directLineFetch, pageToken } from './directline-client.ts';

type Activity = {
  from: { role: string };
  text?: string;
  attachments?: { content: { body: { text?: string; facts?: { value: string }[] }[] } }[];
};

describe('the local web chat has a team channel of its own', () => {
  let server: Awaited<ReturnType<typeof startHttp>>;
  beforeAll(async () => {
    server = await startHttp();
  });
  afterAll(() => server.close());

  const tokenOf = (query: string) => pageToken(server.origin, query);
  const dl = (path: string, token: string, body?: object) =>
    directLineFetch(server.origin, path, token, body);
  const open = async (query: string) => {
    const token = await tokenOf(query);
    const { conversationId } = (await (await dl('/conversations', token, {})).json()) as {
      conversationId: string;
    };
    let seen = 0;
    return {
      id: conversationId,
      /** Types a message; returns the texts of every bot activity since the last call. */
      async say(text: string): Promise<string[]> {
        await dl(`/conversations/${conversationId}/activities`, token, {
          type: 'message',
          text,
          locale: 'fr-FR',
        });
        return this.fresh();
      },
      async fresh(): Promise<string[]> {
        const got = (await (
          await dl(`/conversations/${conversationId}/activities?watermark=${seen}`, token)
        ).json()) as {
          activities: Activity[];
          watermark: string;
        };
        seen = Number(got.watermark);
        return got.activities
          .filter((a) => a.from.role === 'bot')
          .map((a) => JSON.stringify(a.attachments?.[0]?.content ?? a.text ?? ''));
      },
    };
  };

  it('/canal définir works here, and the team’s posts then appear in that conversation', async () => {
    const alice = await open('?team=veille&user=alice&locale=fr');
    const set = await alice.say('/canal définir');
    expect(set.join('\n')).not.toContain('dans Teams');
    expect(set.join('\n')).toContain('Canal des publications enregistré');

    const bob = await open('?team=veille&user=bob&locale=fr');
    const answer = await bob.say(
      '/veille publier type:digitale titre:"Nouveau site Durand" texte:"Refonte complète"',
    );
    expect(answer.join('\n')).toContain('Publiée dans le canal de l’équipe');
    expect(answer.join('\n')).not.toContain('/canal définir');
    // The post lands in alice's conversation, the team channel, without her asking.
    const posted = await alice.fresh();
    expect(posted).toHaveLength(1);
    expect(posted[0]).toContain('Nouveau site Durand');
  });

  it('when the linked conversation is closed, posts go to the team’s open web chats', async () => {
    const carol = await open('?team=ferme&user=carol&locale=fr');
    const dan = await open('?team=ferme&user=dan&locale=fr');
    await carol.say('/aide'); // the team's first command creates it
    // The link of a conversation from before a restart: no such conversation is open any more.
    await server.app.deps.store.transact('local:ferme', (tx) =>
      tx.collection(linksCollection).put({
        id: 'posts:web',
        channel: 'web',
        purpose: 'posts',
        reference: { conversation: { id: 'closed-before-restart' } },
        updatedAt: '2026-11-27T09:00:00.000Z',
      }),
    );
    const answer = await dan.say('/veille publier type:digitale titre:"Salon Lyon" texte:"Stand réservé"');
    expect(answer.join('\n')).toContain('Publiée dans le canal de l’équipe');
    expect((await carol.fresh()).join('\n')).toContain('Salon Lyon');
    // In dan's own conversation the post comes with the answer (both are shown together).
    expect(answer.filter((a) => a.includes('Salon Lyon'))).toHaveLength(1);
  });

  it('another team’s web chat never receives those posts', async () => {
    const other = await open('?team=autre&user=carol&locale=fr');
    await other.say('/canal définir');
    const before = await other.fresh();
    const bob = await open('?team=veille&user=bob&locale=fr');
    await bob.say('/veille publier type:digitale titre:"Deuxième note" texte:"Rien pour autre"');
    expect(before).toEqual([]);
    expect(await other.fresh()).toEqual([]);
  });
});
