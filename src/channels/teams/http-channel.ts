import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { setTimeout as sleep } from 'node:timers/promises';
import type { App } from '../../app.ts';
import { sharedImagesOf } from '../../core/conversations/shared-images.ts';
import { storedFileOffers } from '../../core/conversations/stored-file-offers.ts';
import { storedUploadLinks } from '../../core/conversations/upload-links.ts';
import type { Reply } from '../../core/reply.ts';
import type { Bot } from '../../core/turn.ts';
import { type Readiness, readiness } from '../../health/readiness.ts';
import { handleHealth } from '../../health/routes.ts';
import {
  type ActivityHandler,
  type ConversationReference,
  createActivityHandler,
  TEAMS_SURFACE,
} from '../botframework/activity-handler.ts';
import type { HostedChat, HostedChatFactory } from '../botframework/hosted-chat.ts';
import { botResponse, HttpError, memoryResponse, readJson, sendJson } from '../botframework/http-io.ts';
import type { Channel } from '../channel.ts';
import { createAdapter } from './adapter.ts';
import { bindAddress, isLoopbackHostHeader } from './bind.ts';
import { adaptiveCardConverters } from './bot-converters.ts';
import { cardMessage } from './cards/message-budget.ts';
import { chartImagesFor } from './chart-images.ts';
import { teamsNotifier } from './direct-message.ts';
import { createFileOffers, FILE_OFFER_TTL_MS, isFileConsent } from './file-offers.ts';
import { handleInfoPage } from './info-pages.ts';
import { personalChatOf } from './personal-chats.ts';
import {
  inConversation,
  type PostDeps,
  postReplyToTeam,
  replyActivity,
  sendReplyTo,
  teamsPoster,
} from './posts.ts';
import { teamsRemember } from './remember.ts';
import {
  createUploadLinks,
  isUploadFetch,
  type PendingUpload,
  UPLOAD_LINK_TTL_MS,
  type UploadLinks,
} from './upload-links.ts';

const UPLOAD_POST_WAIT_MS = 5000;

/** The HTTP channel: Teams (Bot Framework) and, in local mode, the chat the app hosts on it (the local web chat). */
export interface HttpChannel extends Channel {
  /** `http://127.0.0.1:3978` once started. */
  readonly origin: string;
  /** Posts a Reply in a team's posts channel on Teams; false when the team has set none. */
  postReply(teamId: string, reply: Reply): Promise<boolean>;
}

/** What the app gives the HTTP channel beyond its configuration. */
export interface HttpChannelOptions {
  /**
   * A chat served on the same port and run through the same turn, without credentials only (the
   * local web chat, assembled by the app): its routes, its conversations as posts places.
   */
  hosted?: HostedChatFactory;
  /**
   * Tests only (like Bot Framework Emulator): without credentials, still take Teams-shaped
   * activities on `/api/messages`. Off in the app: a local caller could then be any Teams user and
   * have the bot post to any `serviceUrl`; the local web chat goes through its own Direct Line.
   */
  acceptUnauthenticated?: boolean;
  /** What `/readyz` checks (the app's store and channels); without it, the store alone. */
  readiness?: () => Promise<Readiness>;
}

/**
 * One HTTP server on PORT: `POST /api/messages` through botbuilder's CloudAdapter, chart images
 * at `/charts/<id>.png`, upload links, and, without credentials, the chat the app hosts on it
 * (the local web chat at `/`). Always on: it is what `npm start` opens when nothing is configured.
 */
export function createHttpChannel(app: App, options: HttpChannelOptions = {}): HttpChannel {
  const { config, logger } = app;
  const authenticated = config.teams !== undefined;
  const host = bindAddress(config.http.host, authenticated);
  const adapter = createAdapter(config.teams, logger);
  const images = chartImagesFor(sharedImagesOf(app.deps.store));
  let origin = '';
  const localOrigin = () => origin;
  let bot: Bot | undefined;
  let handler: ActivityHandler | undefined;
  const started = (): { bot: Bot; handler: ActivityHandler } => {
    if (!bot || !handler) throw new HttpError(503, 'not started');
    return { bot, handler };
  };
  // Teams passes no attached file to bots: a command that needs one gets a link to drop it on.
  const uploads: UploadLinks = createUploadLinks(
    async (pending, file) => {
      const reply = await started().handler.runWithFile(pending, file);
      // A failed try is shown on the upload page, not posted in the conversation.
      const posted = !reply.error ? await afterUpload(pending, reply) : false;
      return { reply, posted };
    },
    storedUploadLinks(app.deps.store, app.deps.clock, UPLOAD_LINK_TTL_MS),
  );
  // Facing the internet, a link must use the public address; locally, this computer's.
  const uploadBaseUrl = () => (authenticated ? config.publicBaseUrl : origin);
  /** After a command ran with a file dropped on its upload page: posts its answer in the conversation. */
  async function afterUpload(pending: PendingUpload, reply: Reply): Promise<boolean> {
    const reference = pending.inv.conversation?.reference;
    // A web chat has no Bot Framework service to post through: its page shows the answer.
    if (!reference || pending.inv.channel !== 'teams') return false;
    // The page tells of the post only when the service took it (it gives the activity an id),
    // and waits for that 5 s at most; a failed post is only logged.
    const sent = sendReplyTo(postDeps(), reference as ConversationReference, reply).then(
      (id) => id !== undefined,
      (e: unknown) => {
        logger.warn('could not post an upload’s answer in its conversation', { error: String(e) });
        return false;
      },
    );
    return Promise.race([sent, sleep(UPLOAD_POST_WAIT_MS, false, { ref: false })]);
  }
  const makeHandler = (b: Bot) =>
    createActivityHandler({
      bot: b,
      converters: adaptiveCardConverters({
        registry: b.core.registry,
        charts: app.charts,
        images,
        publicBaseUrl: config.publicBaseUrl,
        localOrigin,
      }),
      async askFile(request) {
        const base = uploadBaseUrl();
        return base ? cardMessage(uploads.card(await uploads.create(request), request.locale)) : undefined;
      },
      remember: teamsRemember(b),
    });
  const hosted: HostedChat | undefined =
    authenticated || !options.hosted
      ? undefined
      : options.hosted({
          origin: localOrigin,
          replyActivity: (reply) => replyActivity(postDeps(), reply) as Promise<Record<string, unknown>>,
          // Its turns go through the same adapter and bot as Teams, answered in the HTTP response.
          async runTurn(activity, surface) {
            const res = memoryResponse();
            const req = { method: 'POST', headers: {}, body: { ...activity, deliveryMode: 'expectReplies' } };
            await adapter.process(req, res, (turn) => started().handler.onTurn(turn, surface));
            const body = res.captured.body as { activities?: Record<string, unknown>[] } | undefined;
            if (res.captured.status !== 200) throw new Error(`web chat turn answered ${res.captured.status}`);
            return body?.activities ?? [];
          },
        });

  async function route(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = new URL(req.url ?? '/', 'http://localhost');
    // Before the local-mode host check: a probe says nothing about anyone's data.
    if (await handleHealth(req, res, url.pathname, ready)) return;
    if (!authenticated && !isLoopbackHostHeader(req.headers.host))
      throw new HttpError(403, 'local mode answers requests to 127.0.0.1 or localhost only');
    if (url.pathname === '/api/messages') {
      if (req.method !== 'POST') throw new HttpError(405, 'POST only');
      if (!authenticated && !options.acceptUnauthenticated)
        throw new HttpError(
          403,
          'no Bot Framework credentials: /api/messages is closed (set MicrosoftAppId/MicrosoftAppPassword for Teams; the local web chat uses its own Direct Line)',
        );
      const body = await readJson(req);
      const { handler: h } = started();
      // A reply's files go through Teams' file consent (files.answerConsent takes the user's answer).
      await adapter.process({ method: 'POST', headers: req.headers, body }, botResponse(res), (turn) =>
        isFileConsent(turn.activity)
          ? files.answerConsent(turn)
          : isUploadFetch(turn.activity)
            ? uploads.answerFetch(turn, uploadBaseUrl() ?? origin)
            : h.onTurn(turn, {
                ...TEAMS_SURFACE,
                moreMessages: (reply) => files.messagesFor(reply, turn.activity),
              }),
      );
      return;
    }
    if (url.pathname.startsWith('/charts/') && req.method === 'GET') {
      const png = await images.get(url.pathname);
      if (!png) throw new HttpError(404, 'no such chart (charts expire after 24 h)');
      res.writeHead(200, {
        'content-type': 'image/png',
        'content-length': png.byteLength,
        'cache-control': 'private, max-age=86400',
        'x-content-type-options': 'nosniff',
      });
      res.end(png);
      return;
    }
    if (handleInfoPage(req, res, url, config.privacy)) return;
    if (await uploads.handle(req, res, url.pathname, 'fr')) return;
    if (hosted && (await hosted.handle(req, res, url))) return;
    throw new HttpError(404, 'not found');
  }

  const server: Server = createServer((req, res) => {
    route(req, res).catch((e: unknown) => {
      if (!(e instanceof HttpError)) logger.error('http request failed', { url: req.url, error: String(e) });
      if (res.headersSent) return void res.end();
      sendJson(res, e instanceof HttpError ? e.status : 500, {
        error: e instanceof HttpError ? e.message : 'internal error',
      });
    });
  });

  const ready = options.readiness ?? (() => readiness({ store: app.deps.store, logger, channels: [] }));

  const postDeps = (): PostDeps => ({
    adapter,
    appId: config.teams?.appId ?? '',
    conversations: started().bot.conversations,
    charts: app.charts,
    images,
    publicBaseUrl: config.publicBaseUrl,
    localOrigin,
  });
  const teams = teamsPoster(postDeps);
  const files = createFileOffers({
    logger,
    offers: storedFileOffers(app.deps.store, app.deps.clock, FILE_OFFER_TTL_MS),
    // A channel's files go to the member's personal chat with the bot, where Teams takes them.
    async sendPrivately(teamId, userId, messages) {
      const reference = await personalChatOf(postDeps().conversations, teamId, userId);
      if (!reference) return false;
      await inConversation(postDeps(), reference, async (turn) => {
        for (const m of messages) await turn.sendActivity(m);
      });
      return true;
    },
  });
  // The Bot Framework endpoint posts to Teams; in local mode the hosted chat's pages are places too.
  const posterOf = (platform: string) => (platform === hosted?.platform ? hosted.poster : teams);
  const unreachable = (platform: string) => new Error(`the ${platform} channel is not running`);

  return {
    name: hosted?.name ?? 'Microsoft Teams',
    reaches: hosted ? ['teams', hosted.platform] : ['teams'],
    notifies: ['teams'],
    async post(teamId, place, reply) {
      const poster = posterOf(place.channel);
      if (!poster) throw unreachable(place.channel);
      return poster.post(teamId, place, reply);
    },
    async update(teamId, post, reply) {
      const poster = posterOf(post.channel);
      if (!poster) throw unreachable(post.channel);
      await poster.update(teamId, post, reply);
    },
    async remove(teamId, post) {
      const poster = posterOf(post.channel);
      if (!poster) throw unreachable(post.channel);
      await poster.remove(teamId, post);
    },
    // Private notices go to a member's personal Teams chat; the web chat has no one else to tell.
    notify: teamsNotifier(postDeps, logger),
    get origin() {
      return origin;
    },
    async start(b) {
      bot = b;
      handler = makeHandler(b);
      await new Promise<void>((resolve, reject) => {
        server.once('error', reject);
        server.listen(config.http.port, host, () => resolve());
      });
      const { port } = server.address() as AddressInfo;
      origin = `http://${host.includes(':') ? `[${host}]` : host}:${port}`;
      const where = hosted
        ? hosted.where(origin)
        : authenticated
          ? `${origin}/api/messages (Bot Framework, every request authenticated; local web chat off)`
          : `${origin}/api/messages (Bot Framework, closed without credentials; no local chat)`;
      return { where };
    },
    async stop() {
      const closed = new Promise<void>((resolve) => server.close(() => resolve()));
      server.closeIdleConnections(); // keep-alive sockets; requests in flight finish first
      await closed;
    },
    async postReply(teamId, reply) {
      return (await postReplyToTeam(postDeps(), teamId, reply)) !== false;
    },
  };
}
