import { type App, createAppBot } from './app.ts';
import type { Channel } from './channels/channel.ts';
import { createDiscordChannel } from './channels/discord/index.ts';
import { createHttpChannel, type HttpChannel } from './channels/teams/http-channel.ts';
import { createWebChat } from './channels/webchat/index.ts';
import type { Config } from './config.ts';
import type { Service } from './core/service.ts';
import { seedDemo } from './demo/seed.ts';
import { createFollowUpScheduler } from './follow-ups/scheduler.ts';
import { type Readiness, readiness } from './health/readiness.ts';
import { createPrivacyScheduler } from './privacy/scheduler.ts';
import { shownUrl } from './store/postgres/index.ts';
import { createDigestScheduler } from './watch/scheduler.ts';

/** Makes a channel when its configuration is present; undefined when it is off. `peers`: every channel started. */
export type ChannelFactory = (app: App, peers: () => readonly Channel[]) => Channel | undefined;

/**
 * The Bot Framework HTTP channel: Teams with credentials; without them, the local web chat it
 * hosts (with the demo data on `?team=demo`). `opts` are for tests (their own key, and Teams-shaped
 * activities taken without credentials, as Bot Framework Emulator does).
 */
export function createAppHttpChannel(
  app: App,
  opts: {
    webChatSecret?: string;
    acceptUnauthenticated?: boolean;
    readiness?: () => Promise<Readiness>;
  } = {},
): HttpChannel {
  const webChat = createWebChat({
    dataDir: app.config.dataDir,
    dataPlace: dataPlace(app.config),
    ...(opts.webChatSecret !== undefined && { secret: opts.webChatSecret }),
    seedDemo: () => seedDemo(app.deps.store, { team: 'demo', now: app.deps.clock() }),
  });
  return createHttpChannel(app, {
    ...(app.config.teams === undefined && { hosted: webChat }),
    ...(opts.acceptUnauthenticated !== undefined && { acceptUnauthenticated: opts.acceptUnauthenticated }),
    ...(opts.readiness && { readiness: opts.readiness }),
  });
}

/** Where the bot keeps its data, as users are told: the data folder, or the database without its password. */
export const dataPlace = (config: Pick<Config, 'dataDir' | 'store'>): string =>
  config.store.engine === 'postgres' ? shownUrl(config.store.url) : config.dataDir;

/** The channels `prospecta start` can run, each on when configured. */
const channelFactories: readonly ChannelFactory[] = [
  createDiscordChannel,
  (app, peers) =>
    createAppHttpChannel(app, {
      readiness: () => readiness({ store: app.deps.store, logger: app.logger, channels: peers() }),
    }),
];

/** The background services `prospecta start` runs beside the channels (they post and notify through them). */
const serviceFactories: readonly (() => Service)[] = [
  createDigestScheduler,
  createFollowUpScheduler,
  createPrivacyScheduler,
];

/**
 * Starts every configured channel, then the services, all on one bot; the start-up log says which
 * run and where. When one cannot start (a port in use, a refused token), those already started are
 * stopped before the error goes on, so the process can exit instead of half-running. Resolves with
 * what to stop, or an empty list when no channel is configured (the terminal chat is the way in).
 */
export async function startChannels(app: App): Promise<(Channel | Service)[]> {
  const channels: Channel[] = [];
  const peers = () => channels;
  channels.push(
    ...channelFactories.map((make) => make(app, peers)).filter((c): c is Channel => c !== undefined),
  );
  if (channels.length === 0) return [];
  const bot = createAppBot(app, () => channels);
  const started: (Channel | Service)[] = [];
  for (const part of [...channels, ...serviceFactories.map((make) => make())]) {
    try {
      const { where } = await part.start(bot);
      started.push(part);
      app.logger.info('channel started', { channel: part.name, where });
      console.log(`✓ ${part.name}: ${where}`);
    } catch (e) {
      for (const running of started.reverse()) await running.stop().catch(() => undefined);
      throw e;
    }
  }
  return started;
}
