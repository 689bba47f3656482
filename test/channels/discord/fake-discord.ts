import { once } from 'node:events';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { type WebSocket, WebSocketServer } from 'ws';
import { fakeMessages, messageObject } from './fake-messages.ts';

/** One HTTP call the client made to the fake, with its JSON body and multipart files parsed. */
export interface Recorded {
  method: string;
  path: string;
  auth: string | undefined;
  body: unknown;
  files: { field: string; name: string; type: string; bytes: Uint8Array }[];
  /** When the fake received it, in the order of everything the fake saw and answered. */
  order?: number;
}

/** A route made slow or rate-limited (see `slowDown`, `rateLimit`): when the fake answered it for real. */
export interface Hindrance {
  /** The `order` at which the real answer was sent, once it was. */
  answeredAt(): number | undefined;
}

interface Rule {
  match: (r: Recorded) => boolean;
  /** Waits this long before answering. */
  delayMs?: number;
  /** Answers 429 with this `retry_after` (seconds) the first time. */
  retryAfter?: number;
  used: boolean;
  answered?: number;
}

export const APP_ID = '1100000000000000001';

/**
 * A fake of Discord's REST API and gateway on 127.0.0.1 (see shared/reference/discord-offline.md):
 * enough for the real discord.js client to log in, receive interactions and answer them.
 */
export async function startFakeDiscord(
  opts: {
    guilds?: { id: string; name: string }[];
    /** The shard count GET /gateway/bot recommends (1 unless a test shards). */
    shards?: number;
    /** Identifies Discord lets start at once; the client waits 5 s between two in one bucket. */
    maxConcurrency?: number;
  } = {},
) {
  const requests: Recorded[] = [];
  const sockets = new Set<WebSocket>();
  /** The [shard id, shard count] each socket identified with. */
  const shardOf = new Map<WebSocket, [number, number]>();
  const identifies: [number, number][] = [];
  const attachments = new Map<string, Uint8Array>();
  const waiters: { match: (r: Recorded) => boolean; resolve: (r: Recorded) => void }[] = [];
  let identified = 0;
  let order = 0;
  const rules: Rule[] = [];
  let seq = 1;
  let nextId = 9_000_000_000_000_000n;
  const messages = fakeMessages(APP_ID, () => String(nextId++));

  const server = http.createServer(async (req, res) => {
    const chunks: Buffer[] = [];
    for await (const c of req) chunks.push(c as Buffer);
    const raw = Buffer.concat(chunks);
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    const path = url.pathname;
    if (req.method === 'GET' && path.startsWith('/attachments/')) {
      requests.push({ method: 'GET', path, auth: req.headers.authorization, body: undefined, files: [] });
      const bytes = attachments.get(decodeURIComponent(path.slice('/attachments/'.length)));
      if (!bytes) return void res.writeHead(404).end();
      res.writeHead(200, { 'content-type': 'text/csv', 'content-length': bytes.length });
      return void res.end(bytes);
    }
    const rec: Recorded = {
      method: req.method ?? 'GET',
      path,
      auth: req.headers.authorization,
      body: undefined,
      files: [],
    };
    const ct = req.headers['content-type'] ?? '';
    if (ct.startsWith('multipart/form-data')) {
      const form = await new Response(raw, { headers: { 'content-type': ct } }).formData();
      for (const [field, value] of form.entries()) {
        if (field === 'payload_json') rec.body = JSON.parse(String(value));
        else if (typeof value !== 'string')
          rec.files.push({
            field,
            name: value.name,
            type: value.type,
            bytes: new Uint8Array(await value.arrayBuffer()),
          });
      }
    } else if (raw.length > 0) rec.body = JSON.parse(raw.toString('utf8'));
    rec.order = ++order;
    requests.push(rec);
    for (const w of [...waiters]) {
      if (w.match(rec)) {
        waiters.splice(waiters.indexOf(w), 1);
        w.resolve(rec);
      }
    }
    const rule = rules.find((r) => !r.used && r.match(rec));
    if (rule?.retryAfter !== undefined) {
      rule.used = true;
      const body = { message: 'You are being rate limited.', retry_after: rule.retryAfter, global: false };
      res.writeHead(429, {
        'content-type': 'application/json',
        'retry-after': String(rule.retryAfter),
        'x-ratelimit-scope': 'user',
      });
      return void res.end(JSON.stringify(body));
    }
    if (rule?.delayMs !== undefined) {
      rule.used = true;
      await new Promise((r) => setTimeout(r, rule.delayMs));
    }
    const json = (status: number, body?: unknown) => {
      if (rule) {
        rule.used = true;
        rule.answered = ++order;
      }
      if (body === undefined) return void res.writeHead(status).end();
      res.writeHead(status, { 'content-type': 'application/json' }).end(JSON.stringify(body));
    };
    if (path === '/api/v10/gateway/bot') {
      return json(200, {
        url: `ws://127.0.0.1:${port}`,
        shards: opts.shards ?? 1,
        session_start_limit: {
          total: 1000,
          remaining: 1000,
          reset_after: 86_400_000,
          max_concurrency: opts.maxConcurrency ?? 1,
        },
      });
    }
    if (/\/callback$/.test(path)) return json(204);
    if (req.method === 'PUT' && /\/commands$/.test(path)) {
      const list = Array.isArray(rec.body) ? rec.body : [];
      return json(
        200,
        list.map((c: Record<string, unknown>) => ({
          ...c,
          id: String(nextId++),
          application_id: APP_ID,
          version: '1',
        })),
      );
    }
    const answer = messages.handle(rec.method, decodeURIComponent(path), rec.body);
    if (answer) return json(answer.status, answer.body);
    if (req.method === 'DELETE') return json(204);
    if (path.startsWith('/api/v10/webhooks/'))
      return json(
        200,
        messageObject(APP_ID, '3001', String(nextId++), (rec.body ?? {}) as Record<string, unknown>, 20),
      );
    return json(404, { message: 'Unknown route', code: 0 });
  });
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  const port = (server.address() as AddressInfo).port;

  const wss = new WebSocketServer({ server });
  const send = (ws: WebSocket, p: unknown) => ws.send(JSON.stringify(p));
  wss.on('connection', (ws) => {
    sockets.add(ws);
    ws.on('close', () => {
      sockets.delete(ws);
      shardOf.delete(ws);
    });
    send(ws, { op: 10, d: { heartbeat_interval: 41_250 } });
    ws.on('message', (data) => {
      const msg = JSON.parse(String(data)) as { op: number; d: { shard?: [number, number] } };
      if (msg.op === 1) send(ws, { op: 11 });
      if (msg.op === 6) send(ws, { op: 0, s: ++seq, t: 'RESUMED', d: {} });
      if (msg.op === 2) {
        identified++;
        const shard = msg.d.shard ?? [0, 1];
        shardOf.set(ws, shard);
        identifies.push(shard);
        // A shard receives only its guilds: (guild_id >> 22) % shard count (Discord's rule).
        const guilds = (opts.guilds ?? []).filter((g) => guildShard(g.id, shard[1]) === shard[0]);
        send(ws, {
          op: 0,
          s: ++seq,
          t: 'READY',
          d: {
            v: 10,
            user: {
              id: APP_ID,
              username: 'prospecta-bot',
              discriminator: '0',
              bot: true,
              avatar: null,
              global_name: null,
            },
            guilds: guilds.map((g) => ({ id: g.id, unavailable: true })),
            session_id: 'fake-session',
            resume_gateway_url: `ws://127.0.0.1:${port}`,
            shard,
            application: { id: APP_ID, flags: 0 },
          },
        });
        for (const g of guilds) {
          send(ws, {
            op: 0,
            s: ++seq,
            t: 'GUILD_CREATE',
            d: {
              id: g.id,
              name: g.name,
              roles: [],
              channels: [],
              members: [],
              emojis: [],
              stickers: [],
              features: [],
              owner_id: '1',
              member_count: 2,
            },
          });
        }
      }
    });
  });

  return {
    port,
    api: `http://127.0.0.1:${port}/api`,
    requests,
    /** The channel messages and DM channels, as edits and deletes left them. */
    messages,
    /** How many times a client identified (a reconnect that resumes does not count). */
    identified: () => identified,
    /** Serves bytes at `/attachments/<name>` and returns their URL, as Discord's CDN would. */
    attach(name: string, bytes: Uint8Array): string {
      attachments.set(name, bytes);
      return `http://127.0.0.1:${port}/attachments/${encodeURIComponent(name)}`;
    },
    /** The next request that matches is answered `ms` later (a slow route). */
    slowDown(match: (r: Recorded) => boolean, ms: number): Hindrance {
      const rule: Rule = { match, delayMs: ms, used: false };
      rules.push(rule);
      return { answeredAt: () => rule.answered };
    },
    /**
     * The next request that matches gets a 429 with `retry_after` seconds (a route's bucket, not
     * global); the client's retry after that is answered normally.
     */
    rateLimit(match: (r: Recorded) => boolean, retryAfter: number): Hindrance {
      const limited: Rule = { match, retryAfter, used: false };
      const retried: Rule = { match: (r) => limited.used && match(r), used: false };
      rules.push(limited, retried);
      return { answeredAt: () => retried.answered };
    },
    /** Resolves with the next request that matches (call it before causing the request). */
    waitFor(match: (r: Recorded) => boolean, timeoutMs = 10_000): Promise<Recorded> {
      return new Promise((resolve, reject) => {
        const timer = setTimeout(
          () => reject(new Error('fake discord: request not seen in time')),
          timeoutMs,
        );
        waiters.push({
          match,
          resolve: (r) => {
            clearTimeout(timer);
            resolve(r);
          },
        });
      });
    },
    /** The [shard id, shard count] of every IDENTIFY, in order. */
    identifies: () => [...identifies],
    /**
     * Sends a gateway dispatch `INTERACTION_CREATE` on the socket(s) of the shard that owns its
     * guild (direct messages: shard 0), as Discord routes events. Returns how many sockets got it.
     */
    dispatchInteraction(d: unknown): number {
      const guildId = (d as { guild_id?: string }).guild_id;
      let sent = 0;
      for (const ws of sockets) {
        const [id, count] = shardOf.get(ws) ?? [0, 1];
        if ((guildId ? guildShard(guildId, count) : 0) !== id) continue;
        send(ws, { op: 0, s: ++seq, t: 'INTERACTION_CREATE', d });
        sent++;
      }
      return sent;
    },
    /** Drops the gateway connections (to see the client reconnect). */
    dropConnections(): void {
      for (const ws of sockets) ws.terminate();
    },
    async close(): Promise<void> {
      for (const ws of sockets) ws.terminate();
      wss.close();
      server.closeAllConnections();
      await new Promise<void>((r) => server.close(() => r()));
    },
  };
}

/** Discord's sharding formula (kept apart from the code under test on purpose). */
const guildShard = (guildId: string, count: number): number =>
  Number((BigInt(guildId) >> 22n) % BigInt(count));

export type FakeDiscord = Awaited<ReturnType<typeof startFakeDiscord>>;
