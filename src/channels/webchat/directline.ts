import { randomBytes } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { LRUCache } from 'lru-cache';
import { HttpError, readJson, sendJson } from '../botframework/http-io.ts';
import { localIdentity, type TurnIdentity } from '../botframework/identity.ts';
import { createUploads } from './uploads.ts';

type JsonActivity = Record<string, unknown>;

/** Runs one user activity through the bot (the same adapter and logic as Teams); returns its replies. */
export type RunTurn = (activity: JsonActivity, identity: TurnIdentity) => Promise<JsonActivity[]>;

interface Session {
  team: string;
  user: string;
}

interface Conversation extends Session {
  id: string;
  token: string;
  /** When the token stops working (ms); a refresh before then extends it. */
  expiresAt: number;
  activities: JsonActivity[];
  /** Turns of one conversation run one after the other, in the order they were posted. */
  queue: Promise<unknown>;
}

const TOKEN_TTL_S = 3600;
const MAX_ACTIVITIES = 1000;
export const BOT_ACCOUNT = { id: 'prospecta', name: 'Prospecta', role: 'bot' } as const;

const bearer = (req: IncomingMessage): string =>
  /^Bearer\s+(\S+)$/i.exec(String(req.headers.authorization ?? ''))?.[1] ?? '';

/**
 * A local Direct Line (REST polling, what Web Chat speaks): create a conversation, post an
 * activity, get activities since a watermark, refresh the token. Tokens are minted by the page
 * for one team and user; the bot gets that identity from here, never from the activity.
 */
export function createDirectLine(deps: {
  runTurn: RunTurn;
  serviceUrl: () => string;
  /** Runs before a conversation is created (a POST): the demo team is made there. */
  conversationStarts?: (team: string) => Promise<unknown>;
  /** The clock (ms), for tests of expiry. */
  now?: () => number;
}) {
  const now = deps.now ?? Date.now;
  const sessions = new LRUCache<string, Session & { expiresAt: number }>({ max: 10_000 });
  const conversations = new LRUCache<string, Conversation>({ max: 1000 });
  const uploads = createUploads(
    () => deps.serviceUrl().replace(/\/directline\/$/, ''),
    (id, token) => {
      const conv = conversations.get(id);
      return conv !== undefined && token !== '' && conv.token === token && conv.expiresAt > now();
    },
  );
  const session = (token: string) => {
    const s = sessions.get(token);
    return s && s.expiresAt > now() ? s : undefined;
  };

  function conversationFor(req: IncomingMessage, id: string): Conversation {
    const conv = conversations.get(id);
    if (!conv) throw new HttpError(404, 'no such conversation');
    if (bearer(req) !== conv.token) throw new HttpError(403, 'token does not match the conversation');
    if (conv.expiresAt <= now()) throw new HttpError(403, 'token expired: reload the page');
    return conv;
  }

  function push(conv: Conversation, activity: JsonActivity): string {
    if (conv.activities.length >= MAX_ACTIVITIES)
      throw new HttpError(429, 'conversation is full: reload the page');
    const id = `${conv.id}|${String(conv.activities.length).padStart(7, '0')}`;
    conv.activities.push({ ...activity, id, timestamp: new Date().toISOString() });
    return id;
  }

  async function post(conv: Conversation, body: JsonActivity): Promise<string> {
    const from = (body.from ?? {}) as Record<string, unknown>;
    const activity: JsonActivity = {
      ...body,
      channelId: 'webchat',
      serviceUrl: deps.serviceUrl(),
      conversation: { id: conv.id },
      from: { id: String(from.id ?? `web:${conv.user}`), name: conv.user, role: 'user' },
      recipient: BOT_ACCOUNT,
    };
    const id = push(conv, activity);
    const turn = conv.queue.then(async () => {
      for (const r of await deps.runTurn({ ...activity, id }, localIdentity(conv.team, conv.user))) {
        push(conv, { ...r, conversation: { id: conv.id }, from: BOT_ACCOUNT, replyToId: id });
      }
    });
    conv.queue = turn.catch(() => undefined);
    await turn;
    return id;
  }

  return {
    /** A token for the page: the web chat then acts as `user` in team `local:<team>`. */
    issueToken(team: string, user: string): string {
      const token = randomBytes(24).toString('base64url');
      sessions.set(token, { team, user, expiresAt: now() + TOKEN_TTL_S * 1000 });
      return token;
    },

    /**
     * Posts a bot message, unasked, in a web chat of page team `team` (the team's shared posts): in
     * conversation `conversationId` while it is open, else in every open conversation of the team
     * (they live in memory: a restart or a reload opens new ones). Throws when the team has none.
     */
    postUnasked(
      team: string,
      conversationId: string,
      activity: JsonActivity,
    ): { conversationId: string; messageId: string } {
      const named = conversations.get(conversationId);
      const targets =
        named?.team === team ? [named] : [...conversations.values()].filter((c) => c.team === team);
      const posted = targets.map((conv) => ({
        conversationId: conv.id,
        messageId: push(conv, { ...activity, conversation: { id: conv.id }, from: BOT_ACCOUNT }),
      }));
      const first = posted[0];
      if (!first) throw new Error('no open web chat conversation for the team');
      return first;
    },

    /** The bytes of a file uploaded with the web chat, by the `contentUrl` its activity carries. */
    uploadedFile: (contentUrl: string) => uploads.bytesOf(contentUrl),

    /** Answers a `/directline/...` request; false when the path is not one of its routes. */
    async handle(req: IncomingMessage, res: ServerResponse, path: string): Promise<boolean> {
      const method = req.method ?? 'GET';
      if (method === 'GET' && uploads.serve(req, res, path)) return true;
      const m = /^\/directline\/(tokens\/refresh|conversations)(?:\/([^/]+)(\/activities|\/upload)?)?$/.exec(
        path,
      );
      if (!m) return false;
      const [, head, convId, sub] = m;
      const activities = sub === '/activities';
      if (head === 'tokens/refresh' && method === 'POST') {
        const token = bearer(req);
        const s = session(token);
        const convs = [...conversations.values()].filter((c) => c.token === token && c.expiresAt > now());
        if (!s && convs.length === 0) throw new HttpError(403, 'unknown or expired token: reload the page');
        const expiresAt = now() + TOKEN_TTL_S * 1000;
        if (s) s.expiresAt = expiresAt;
        for (const c of convs) c.expiresAt = expiresAt;
        sendJson(res, 200, { token, expires_in: TOKEN_TTL_S });
      } else if (head === 'conversations' && !convId && method === 'POST') {
        const token = bearer(req);
        const s = session(token);
        if (!s) throw new HttpError(403, 'unknown or expired token: reload the page');
        await deps.conversationStarts?.(s.team);
        const id = randomBytes(12).toString('hex');
        const { team, user, expiresAt } = s;
        conversations.set(id, { id, token, team, user, expiresAt, activities: [], queue: Promise.resolve() });
        sendJson(res, 201, { conversationId: id, token, expires_in: TOKEN_TTL_S });
      } else if (convId && !sub && method === 'GET') {
        const conv = conversationFor(req, decodeURIComponent(convId));
        sendJson(res, 200, { conversationId: conv.id, token: conv.token, expires_in: TOKEN_TTL_S });
      } else if (convId && sub === '/upload' && method === 'POST') {
        const conv = conversationFor(req, decodeURIComponent(convId));
        sendJson(res, 200, { id: await post(conv, await uploads.receive(req, conv.id)) });
      } else if (convId && activities && method === 'POST') {
        const conv = conversationFor(req, decodeURIComponent(convId));
        const body = await readJson(req);
        sendJson(res, 200, { id: await post(conv, body) });
      } else if (convId && activities && method === 'GET') {
        const conv = conversationFor(req, decodeURIComponent(convId));
        const watermark = Number(new URL(req.url ?? '/', 'http://x').searchParams.get('watermark') || 0);
        const from = Number.isInteger(watermark) && watermark >= 0 ? watermark : 0;
        sendJson(res, 200, {
          activities: conv.activities.slice(from),
          watermark: String(conv.activities.length),
        });
      } else {
        throw new HttpError(405, 'method not allowed');
      }
      return true;
    },
  };
}
export type DirectLine = ReturnType<typeof createDirectLine>;
