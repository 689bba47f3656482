import { commands } from '../commands/index.ts';
import { openAppStore } from './app-store.ts';
import type { PosterRegistry } from './channels/broadcast.ts';
import type { NotifierRegistry } from './channels/notices.ts';
import { createChartRenderer } from './charts/index.ts';
import type { ChartRenderer } from './charts/spec.ts';
import type { Config } from './config.ts';
import type { Registry } from './core/command.ts';
import type { CoreDeps } from './core/dispatch.ts';
import { createLogger, type Logger } from './core/logger.ts';
import { createRegistry } from './core/registry.ts';
import { remindOnNextCommand } from './follow-ups/reminders.ts';

/** The core wired once: store, commands, charts, logger. Channels and the CLI take it as it is. */
export interface App {
  readonly deps: CoreDeps;
  readonly charts: ChartRenderer;
  readonly registry: Registry;
  readonly logger: Logger;
  readonly config: Config;
  /** How each running channel posts in a team's shared channel (see channels/broadcast.ts). */
  readonly posters: PosterRegistry;
  /** How each running channel tells one member something privately. */
  readonly notifiers: NotifierRegistry;
  close(): Promise<void>;
}

export async function createApp(
  config: Config,
  overrides: { logger?: Logger; clock?: () => Date } = {},
): Promise<App> {
  const logger = overrides.logger ?? createLogger(config.logLevel);
  const store = await openAppStore(config.dataDir, logger);
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
    posters: new Map(),
    notifiers: new Map(),
    async close() {
      await Promise.all([store.close(), charts.close()]);
    },
  };
}
