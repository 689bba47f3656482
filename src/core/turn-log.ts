import { withLogContext } from './log-context.ts';
import { loggableInput } from './loggable-input.ts';
import type { Bot } from './turn.ts';

/**
 * The bot with each turn logged: every line logged during the turn carries its `teamId` and
 * `command` (names only, never what was typed: see loggable-input.ts), and the turn ends with one
 * `command` line (channel, user, duration, error code if any) that logs can be counted by.
 */
export function withTurnLog(bot: Bot): Bot {
  const { core } = bot;
  return {
    ...bot,
    handle(inv, hooks) {
      const { command } = loggableInput(inv, core.registry);
      return withLogContext({ teamId: inv.teamId, command }, async () => {
        const started = performance.now();
        const outcome = await bot.handle(inv, hooks);
        core.logger.info('command', {
          channel: inv.channel,
          userId: inv.user.id,
          ms: Math.round(performance.now() - started),
          ...(outcome.reply.error && { error: outcome.reply.error.code }),
        });
        return outcome;
      });
    },
  };
}
