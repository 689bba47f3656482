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
