import { commands } from '../commands/index.ts';
import { openAppStore } from './app-store.ts';
import { createChartRenderer } from './charts/index.ts';
import { renderReplyCharts } from './charts/render-reply.ts';
import type { ChartRenderer } from './charts/spec.ts';
import type { Config } from './config.ts';
import type { Registry } from './core/command.ts';
import { createConversationStore } from './core/conversations/store.ts';
import type { CoreDeps } from './core/dispatch.ts';
import type { Outlet } from './core/effects/outlet.ts';
import { createLogger, type Logger } from './core/logger.ts';
import { createRegistry } from './core/registry.ts';
import { type Bot, createBot } from './core/turn.ts';
import { remindOnNextCommand } from './follow-ups/reminders.ts';
import { withRateLimit } from './guard/rate-limit.ts';
import { flushSharedBuckets } from './guard/shared-team-bucket.ts';

/** The core wired once: store, commands, charts, logger. Channels and the CLI take it as it is. */
export interface App {
  readonly deps: CoreDeps;
  readonly charts: ChartRenderer;
  readonly registry: Registry;
  readonly logger: Logger;
  readonly config: Config;
  close(): Promise<void>;
}

export async function createApp(
  config: Config,
  overrides: { logger?: Logger; clock?: () => Date } = {},
): Promise<App> {
  const logger = overrides.logger ?? createLogger(config.logLevel);
  const store = await openAppStore(config.dataDir, logger, config.store);
  const registry = createRegistry(commands);
  const charts = createChartRenderer({
    renderer: config.charts.renderer,
    ...(config.charts.quickchartUrl && { quickchartUrl: config.charts.quickchartUrl }),
    ...(config.charts.threads && { threads: config.charts.threads }),
    logger,
  });
  return {
    deps: {
      store,
      registry,
      logger,
      clock: overrides.clock ?? (() => new Date()),
      afterCommand: remindOnNextCommand,
    },
    charts,
    registry,
    logger,
    config,
    async close() {
      // What the rate limits took here, for the other processes on the same data (src/guard/shared-team-bucket.ts).
      await flushSharedBuckets(store);
      await Promise.all([store.close(), charts.close()]);
    },
  };
}

/**
 * The bot's turn over this app, for the channels that run: they take events to it (`start(bot)`)
 * and it reaches their platforms through `outlets` (posts, notices).
 */
export function createAppBot(
  app: Pick<App, 'deps' | 'charts'>,
  outlets: () => readonly Outlet[],
  /** Other rate limits than the defaults (tests: a small team limit). */
  limits?: Pick<NonNullable<Parameters<typeof withRateLimit>[1]>, 'limits' | 'sharedWaitMs'>,
): Bot {
  // Rate limits on every channel, as src/guard/rate-policy.ts says; a team's is shared through the store.
  return withRateLimit(
    createBot({
      core: app.deps,
      renderCharts: (reply) => renderReplyCharts(reply, app.charts),
      conversations: createConversationStore(app.deps.store),
      outlets,
    }),
    { ...limits, store: app.deps.store },
  );
}
