import type { Outlet } from '../core/effects/outlet.ts';
import type { Bot } from '../core/turn.ts';

/**
 * A channel adapter, two-sided like vercel/chat's adapter and Slack Bolt's receiver: it hands the
 * platform's events to the bot's turn (`start(bot)`), and its outlet (`post`, `update`, `remove`,
 * `notify`) lets the core reach the platform unasked. Everything else in a channel folder is a
 * pure converter (platform payload ↔ invocation, Reply ↔ platform message).
 */
export interface Channel extends Outlet {
  /** Shown in the start-up log. */
  readonly name: string;
  /** Starts taking events for `bot`; resolves once ready, with where it listens (for the start-up log). */
  start(bot: Bot): Promise<{ where: string }>;
  /** Whether it can take events now (for `/readyz`); a channel without it is ready once started. */
  health?(): { ok: boolean; detail: string };
  /** Stops taking new events and finishes what is in flight. */
  stop(): Promise<void>;
}
