import type { Bot } from '../../core/turn.ts';
import type { BotDeps } from '../botframework/activity-handler.ts';
import { rememberConversation } from './conversations.ts';
import { rememberPersonalChat } from './personal-chats.ts';

/**
 * Where Teams lets the bot speak later: every conversation it was installed in or spoken to (its
 * posts, after a restart too), and a user's personal chat (where private notices reach them).
 */
export const teamsRemember =
  (bot: Bot): NonNullable<BotDeps['remember']> =>
  async (identity, reference, { locale, personal }) => {
    const now = bot.core.clock();
    await rememberConversation(bot.conversations, identity, reference, { now, ...(locale && { locale }) });
    if (personal) await rememberPersonalChat(bot.conversations, identity, reference, now);
  };
