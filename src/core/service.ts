import type { Bot } from './turn.ts';

/**
 * A background job of the app (the weekly digest, follow-up reminders): registered by the app
 * beside the channels, started with their bot so it can post and notify through them.
 */
export interface Service {
  readonly name: string;
  /** Starts the job; resolves with what it does (for the start-up log). */
  start(bot: Bot): Promise<{ where: string }>;
  /** Stops it after the run in progress. */
  stop(): Promise<void>;
}

/**
 * A service that runs `run` at start and then every `everyMs`, one run at a time (a run that is
 * late delays the next, never overlaps it); a failed run is logged as `failure` and the next one
 * comes on time. `stop` waits for the run in progress.
 */
export function periodicService(spec: {
  name: string;
  everyMs: number;
  where: string;
  failure: string;
  run: (bot: Bot, now: Date) => Promise<unknown>;
}): Service {
  let timer: NodeJS.Timeout | undefined;
  let running: Promise<unknown> = Promise.resolve();
  return {
    name: spec.name,
    async start(bot) {
      const tick = () => {
        running = running
          .then(() => spec.run(bot, bot.core.clock()))
          .catch((e) =>
            bot.core.logger.error(spec.failure, { error: e instanceof Error ? e.message : String(e) }),
          );
      };
      tick();
      timer = setInterval(tick, spec.everyMs);
      timer.unref();
      return { where: spec.where };
    },
    async stop() {
      clearInterval(timer);
      await running;
    },
  };
}
