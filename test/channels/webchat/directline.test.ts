import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startHttp, WEBCHAT_KEY } from '../helpers.ts';
import { directLineFetch, pageToken } from './directline-client.ts';

describe('local Direct Line and page', () => {
  let server: Awaited<ReturnType<typeof startHttp>>;
  beforeAll(async () => {
    server = await startHttp();
  });
  afterAll(() => server.close());

  const tokenOf = (query: string) => pageToken(server.origin, query);
  const dl = (path: string, token: string, body?: object) =>
    directLineFetch(server.origin, path, token, body);

  it('runs a typed command for the page’s team and user, and keeps conversations apart', async () => {
    const token = await tokenOf('?team=ouest&user=alice&locale=en');
    const { conversationId } = (await (await dl('/conversations', token, {})).json()) as {
      conversationId: string;
    };
    const posted = await dl(`/conversations/${conversationId}/activities`, token, {
      type: 'message',
      text: '/log kind:email outcome:reached prospect:Acme',
      from: { id: 'web:alice', name: 'someone else' },
      locale: 'en-GB',
    });
    expect(posted.status).toBe(200);
    const got = (await (
      await dl(`/conversations/${conversationId}/activities?watermark=0`, token)
    ).json()) as {
      activities: { from: { role: string }; attachments?: { content: { body: { text?: string }[] } }[] }[];
      watermark: string;
    };
    expect(got.watermark).toBe('2');
    expect(got.activities.map((a) => a.from.role)).toEqual(['user', 'bot']);
    expect(got.activities[1]?.attachments?.[0]?.content.body[0]?.text).toBe('Email logged');
    const stored = await server.app.deps.store.transact('local:ouest', (tx) => ({
      activity: tx.activities.all()[0],
      member: tx.members.get('web:alice'),
    }));
    expect(stored.activity).toMatchObject({ kind: 'email', outcome: 'reached', repId: 'web:alice' });
    expect(stored.member).toMatchObject({ displayName: 'alice', role: 'admin' });

    const since = (await (
      await dl(`/conversations/${conversationId}/activities?watermark=2`, token)
    ).json()) as {
      activities: unknown[];
    };
    expect(since.activities).toEqual([]);
    const other = await tokenOf('?team=ouest&user=bob');
    expect((await dl(`/conversations/${conversationId}/activities?watermark=0`, other)).status).toBe(403);
    expect((await dl('/conversations', 'made-up', {})).status).toBe(403);
  });

  it('serves Web Chat from the npm package and refuses bad names and non-JSON posts', async () => {
    const js = await fetch(`${server.origin}/webchat/webchat.js`);
    expect(js.status).toBe(200);
    expect((await js.arrayBuffer()).byteLength).toBeGreaterThan(1_000_000);
    expect(
      (await fetch(`${server.origin}/?key=${WEBCHAT_KEY}&team=${encodeURIComponent('../etc')}`)).status,
    ).toBe(400);
    const form = await fetch(`${server.origin}/api/messages`, {
      method: 'POST',
      headers: { 'content-type': 'text/plain' },
      body: '{}',
    });
    expect(form.status).toBe(415);
  });

  it('takes files uploaded as Web Chat sends them (multipart), serves them back, and refuses bad uploads', async () => {
    const token = await tokenOf('?team=upload&user=alice&locale=en');
    const { conversationId } = (await (await dl('/conversations', token, {})).json()) as {
      conversationId: string;
    };
    const csv = 'name,company,city\nBoulangerie Martin,Martin SARL,Lyon\nGarage Durand,,Nantes\n';
    const upload = (form: FormData, extra: Record<string, string> = {}) =>
      fetch(`${server.origin}/directline/conversations/${conversationId}/upload?userId=web:alice`, {
        method: 'POST',
        headers: { authorization: `Bearer ${token}`, ...extra },
        body: form,
      });
    const form = new FormData();
    const activity = {
      type: 'message',
      text: '/import prospects',
      from: { id: 'web:alice' },
      locale: 'en-GB',
      attachments: [],
    };
    form.append(
      'activity',
      new Blob([JSON.stringify(activity)], { type: 'application/vnd.microsoft.activity' }),
    );
    form.append('file', new Blob([csv], { type: 'text/csv' }), 'clients.csv');
    expect((await upload(form)).status).toBe(200);

    const got = (await (
      await dl(`/conversations/${conversationId}/activities?watermark=0`, token)
    ).json()) as {
      activities: {
        attachments?: { name?: string; contentUrl?: string; content?: { body: { text?: string }[] } }[];
      }[];
    };
    const file = got.activities[0]?.attachments?.[0];
    expect(file?.name).toBe('clients.csv');
    expect(got.activities[1]?.attachments?.[0]?.content?.body[0]?.text).toBe('2 prospects imported');
    const names = await server.app.deps.store.transact('local:upload', (tx) =>
      tx.prospects.all().map((p) => p.name),
    );
    expect(names.sort()).toEqual(['Boulangerie Martin', 'Garage Durand']);
    expect((await fetch(file?.contentUrl ?? '')).status).toBe(403);
    const back = await fetch(file?.contentUrl ?? '', { headers: { authorization: `Bearer ${token}` } });
    expect(back.status).toBe(200);
    expect(await back.text()).toBe(csv);
    expect((await fetch(`${server.origin}/directline/attachments/made-up`)).status).toBe(404);

    const json = await fetch(`${server.origin}/directline/conversations/${conversationId}/upload`, {
      method: 'POST',
      headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
      body: '{}',
    });
    expect(json.status).toBe(415);
    const big = new FormData();
    big.append('activity', new Blob([JSON.stringify(activity)]));
    big.append('file', new Blob([new Uint8Array(51 * 2 ** 20)]), 'big.csv');
    expect((await upload(big)).status).toBe(413);
    const bad = new FormData();
    bad.append('activity', new Blob(['not json']));
    expect((await upload(bad)).status).toBe(400);
  });
});
