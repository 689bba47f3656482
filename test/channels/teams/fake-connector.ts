import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface Captured {
  method: string;
  path: string;
  body: Record<string, unknown>;
}

/** A Teams channel's threads are `<channel>;messageid=<n>`: their messages are the channel's. */
const channelOf = (conversationId: string): string => conversationId.replace(/;messageid=\d+$/, '');

/**
 * A stand-in for the Bot Framework connector service on 127.0.0.1: records what the bot sends and
 * keeps the activities it sent per conversation, as the service does: `POST …/activities[/{replyTo}]`
 * creates one, `PUT` and `DELETE …/activities/{id}` change or remove it while it exists (404 after).
 */
export async function startFakeConnector(): Promise<{
  serviceUrl: string;
  received: Captured[];
  /**
   * Files put to `…/onedrive/<name>` (the upload URL of a file consent), by name, with the
   * Content-Range they came with. `…/onedrive-down/<name>` answers 503, as an unreachable OneDrive.
   */
  uploads: Map<string, { bytes: Buffer; contentRange: string | undefined }>;
  /** The activities a conversation holds now, by id. */
  activities(conversationId: string): Map<string, Record<string, unknown>>;
  waitFor(n: number, timeoutMs?: number): Promise<Captured[]>;
  close(): Promise<void>;
}> {
  const received: Captured[] = [];
  const uploads = new Map<string, { bytes: Buffer; contentRange: string | undefined }>();
  const conversations = new Map<string, Map<string, Record<string, unknown>>>();
  const activities = (id: string) => {
    const known = conversations.get(channelOf(id)) ?? new Map<string, Record<string, unknown>>();
    conversations.set(channelOf(id), known);
    return known;
  };

  function answer(method: string, path: string, body: Record<string, unknown>): [number, unknown] {
    const m = /^\/v3\/conversations\/([^/]+)\/activities(?:\/([^/]+))?$/.exec(path);
    if (!m) return [200, { id: `sent-${received.length}` }];
    const held = activities(decodeURIComponent(m[1] ?? ''));
    const activityId = m[2] === undefined ? undefined : decodeURIComponent(m[2]);
    if (method === 'POST') {
      // With an id in the path the new activity answers that one; its own id is new either way.
      const id = `sent-${received.length}`;
      held.set(id, { ...body, id });
      return [200, { id }];
    }
    if (!activityId || !held.has(activityId))
      return [404, { error: { code: 'NotFound', message: 'The activity does not exist.' } }];
    if (method === 'PUT') {
      held.set(activityId, { ...body, id: activityId });
      return [200, { id: activityId }];
    }
    if (method === 'DELETE') {
      held.delete(activityId);
      return [200, undefined];
    }
    return [405, { error: { code: 'BadArgument', message: 'Method not allowed' } }];
  }

  const server: Server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const upload = /^\/onedrive(-down)?\/([^/?]+)$/.exec(req.url ?? '');
      if (upload) {
        // An upload session of Microsoft Graph: the whole file in one PUT, its range said.
        if (upload[1] || req.method !== 'PUT') return void res.writeHead(upload[1] ? 503 : 405).end();
        const bytes = Buffer.concat(chunks);
        const name = decodeURIComponent(upload[2] ?? '');
        uploads.set(name, { bytes, contentRange: req.headers['content-range'] });
        res.writeHead(201, { 'content-type': 'application/json' });
        return void res.end(JSON.stringify({ id: `drive-${uploads.size}`, name, size: bytes.length }));
      }
      const text = Buffer.concat(chunks).toString('utf8');
      const captured = { method: req.method ?? '', path: req.url ?? '', body: text ? JSON.parse(text) : {} };
      received.push(captured);
      const [status, body] = answer(
        captured.method,
        new URL(captured.path, 'http://x').pathname,
        captured.body,
      );
      if (body === undefined) return void res.writeHead(status).end();
      res.writeHead(status, { 'content-type': 'application/json' });
      res.end(JSON.stringify(body));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    serviceUrl: `http://127.0.0.1:${port}/`,
    received,
    uploads,
    activities: (conversationId) => activities(conversationId),
    async waitFor(n, timeoutMs = 10_000) {
      const end = Date.now() + timeoutMs;
      while (received.length < n && Date.now() < end) await new Promise((r) => setTimeout(r, 20));
      return received;
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
