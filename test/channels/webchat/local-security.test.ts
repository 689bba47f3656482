import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dataPlace } from '../../../src/app-start.ts';
import { HttpError, sendJson } from '../../../src/channels/botframework/http-io.ts';
import { createDirectLine } from '../../../src/channels/webchat/directline.ts';
import { startHttp, WEBCHAT_KEY } from '../helpers.ts';
import { personalMessage } from '../teams/activities.ts';
import { startFakeConnector } from '../teams/fake-connector.ts';
import { directLineFetch } from './directline-client.ts';

describe('local mode without credentials (the app as npm start runs it)', () => {
  let server: Awaited<ReturnType<typeof startHttp>>;
  let connector: Awaited<ReturnType<typeof startFakeConnector>>;
  beforeAll(async () => {
    server = await startHttp({}, { acceptUnauthenticated: false, webChatSecret: undefined });
    connector = await startFakeConnector();
  });
  afterAll(async () => {
    await server.close();
    await connector.close();
  });

  it('refuses Teams-shaped activities on /api/messages and posts nothing to their serviceUrl', async () => {
    const res = await fetch(`${server.origin}/api/messages`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ ...personalMessage('/settings'), serviceUrl: connector.serviceUrl }),
    });
    expect(res.status).toBe(403);
    expect(connector.received).toEqual([]);
    expect(await server.app.deps.store.listTeams()).toEqual([]);
  });

  it('keeps a per-installation secret in the data folder; without it the page answers 403', async () => {
    const file = path.join(server.dir, '.webchat-secret');
    const key = readFileSync(file, 'utf8').trim();
    expect(key).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect((await fetch(`${server.origin}/`)).status).toBe(403);
    expect((await fetch(`${server.origin}/?team=demo&user=me`)).status).toBe(403);
    expect((await fetch(`${server.origin}/?key=${key.slice(0, -1)}x&team=demo`)).status).toBe(403);
    const page = await fetch(`${server.origin}/?key=${key}&team=ventes&user=me`);
    expect(page.status).toBe(200);
    // The page's links and form carry the key, so switching team or language keeps working.
    const html = await page.text();
    expect(html).toContain(`name="key" value="${key}"`);
    expect(html).toContain(`href="/?key=${key}&amp;team=demo`);
    // The notice says where the data goes: this data folder, or the database on PostgreSQL.
    const place =
      server.app.config.store.engine === 'postgres'
        ? /data goes to postgres:\/\/[^<]+\./
        : `data goes to ${server.dir}.`;
    expect(html).toMatch(place);
  });

  it('names the database without its password where the data goes on PostgreSQL', () => {
    const store = { engine: 'postgres', url: 'postgres://rep:s3cret@db.example:5432/ventes' } as const;
    expect(dataPlace({ dataDir: '/srv/prospecta', store })).toBe('postgres://rep:***@db.example:5432/ventes');
    expect(dataPlace({ dataDir: '/srv/prospecta', store: { engine: 'embedded' } })).toBe('/srv/prospecta');
  });

  it('links the bad-team page back to the chat with the key, which then opens', async () => {
    const key = readFileSync(path.join(server.dir, '.webchat-secret'), 'utf8').trim();
    const bad = await fetch(`${server.origin}/?key=${key}&team=${encodeURIComponent('no/slash')}`);
    expect(bad.status).toBe(400);
    const href = /<a href="([^"]+)">/.exec(await bad.text())?.[1]?.replaceAll('&amp;', '&');
    expect(href).toMatch(new RegExp(`^/\\?key=${key}&locale=(fr|en)$`));
    expect((await fetch(`${server.origin}${href}`)).status).toBe(200);
  });

  it('writes nothing on a page view: the demo team is made when a conversation starts (POST)', async () => {
    const key = readFileSync(path.join(server.dir, '.webchat-secret'), 'utf8').trim();
    const html = await (await fetch(`${server.origin}/?key=${key}&team=demo&user=me`)).text();
    expect(await server.app.deps.store.listTeams()).toEqual([]);

    const token = /"token":"([^"]+)"/.exec(html)?.[1] ?? '';
    expect((await directLineFetch(server.origin, '/conversations', token, {})).status).toBe(201);
    expect(await server.app.deps.store.listTeams()).toContain('local:demo');
  });
});

describe('the local Direct Line: tokens expire, attachments need their conversation’s token', () => {
  let clock = 0;
  const directLine = createDirectLine({
    serviceUrl: () => `${origin}/directline/`,
    now: () => clock,
    // The bot's side: echoes the text it got, as a bot answer would.
    runTurn: async (activity) => [{ type: 'message', text: `echo ${String(activity.text ?? '')}` }],
  });
  let origin = '';
  const http = createServer((req, res) => {
    directLine.handle(req, res, new URL(req.url ?? '/', 'http://x').pathname).then(
      (handled) => handled || sendJson(res, 404, {}),
      (e: unknown) => sendJson(res, e instanceof HttpError ? e.status : 500, { error: String(e) }),
    );
  });
  beforeAll(async () => {
    await new Promise<void>((resolve) => http.listen(0, '127.0.0.1', resolve));
    origin = `http://127.0.0.1:${(http.address() as AddressInfo).port}`;
  });
  afterAll(() => new Promise<void>((resolve) => http.close(() => resolve())));

  it('refuses a token an hour after it was issued or last refreshed', async () => {
    clock = 1_000_000;
    const token = directLine.issueToken('ouest', 'alice');
    const created = await directLineFetch(origin, '/conversations', token, {});
    expect(created.status).toBe(201);
    const { conversationId } = (await created.json()) as { conversationId: string };
    const activities = `/conversations/${conversationId}/activities`;
    clock += 59 * 60_000;
    expect((await directLineFetch(origin, '/tokens/refresh', token, {})).status).toBe(200);
    clock += 59 * 60_000; // 118 min after issue, 59 after the refresh
    expect((await directLineFetch(origin, activities, token)).status).toBe(200);
    clock += 2 * 60_000;
    expect((await directLineFetch(origin, activities, token)).status).toBe(403);
    expect((await directLineFetch(origin, activities, token, { type: 'message', text: 'x' })).status).toBe(
      403,
    );
    expect((await directLineFetch(origin, '/tokens/refresh', token, {})).status).toBe(403);
    const unused = directLine.issueToken('ouest', 'bob');
    clock += 61 * 60_000;
    expect((await directLineFetch(origin, '/conversations', unused, {})).status).toBe(403);
  });

  it('serves an uploaded file only with its conversation’s token', async () => {
    clock = 5_000_000;
    const mine = directLine.issueToken('ouest', 'alice');
    const theirs = directLine.issueToken('ouest', 'bob');
    const open = async (token: string) =>
      (
        (await (await directLineFetch(origin, '/conversations', token, {})).json()) as {
          conversationId: string;
        }
      ).conversationId;
    const conversationId = await open(mine);
    await open(theirs);
    const form = new FormData();
    form.append('activity', new Blob([JSON.stringify({ type: 'message', text: '/import' })]));
    form.append('file', new Blob(['a,b\n1,2\n'], { type: 'text/csv' }), 'x.csv');
    const up = await fetch(`${origin}/directline/conversations/${conversationId}/upload`, {
      method: 'POST',
      headers: { authorization: `Bearer ${mine}` },
      body: form,
    });
    expect(up.status).toBe(200);
    const got = (await (
      await directLineFetch(origin, `/conversations/${conversationId}/activities`, mine)
    ).json()) as {
      activities: { attachments?: { contentUrl: string }[] }[];
    };
    const url = got.activities[0]?.attachments?.[0]?.contentUrl ?? '';
    expect(url).toMatch(/\/directline\/attachments\//);
    expect((await fetch(url)).status).toBe(403);
    expect((await fetch(url, { headers: { authorization: `Bearer ${theirs}` } })).status).toBe(403);
    const ok = await fetch(url, { headers: { authorization: `Bearer ${mine}` } });
    expect(ok.status).toBe(200);
    expect(await ok.text()).toBe('a,b\n1,2\n');
    expect((await fetch(`${url}?token=${mine}`)).status).toBe(200);
    expect(WEBCHAT_KEY).not.toBe(mine);
  });
});
