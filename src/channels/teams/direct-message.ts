import type { Outlet } from '../../core/effects/outlet.ts';
import type { Logger } from '../../core/logger.ts';
import { personalChatOf } from './personal-chats.ts';
import { type PostDeps, sendReplyTo } from './posts.ts';

/**
 * Tells a Teams member privately with a proactive message in their personal chat with the bot;
 * false (logged) when they never wrote to the bot personally, as Teams needs that chat first.
 */
export function teamsNotifier(deps: () => PostDeps, logger: Logger): NonNullable<Outlet['notify']> {
  return async (teamId, memberId, reply) => {
    const reference = await personalChatOf(deps().conversations, teamId, memberId);
    if (!reference) {
      logger.info('no personal Teams chat with the member: notice not sent', { teamId, memberId });
      return false;
    }
    await sendReplyTo(deps(), reference, reply);
    return true;
  };
}
