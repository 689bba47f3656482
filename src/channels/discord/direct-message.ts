import { type Client, Routes } from 'discord.js';
import type { Outlet } from '../../core/effects/outlet.ts';
import { type RenderCharts, sendToDiscordChannel } from './post.ts';

/** `discord:<user id>` (see interaction-data.ts) → the user id; other members are not Discord's. */
const discordUserId = (memberId: string): string | undefined => /^discord:(\d+)$/.exec(memberId)?.[1];

/**
 * Tells a member privately through a direct message: opens (or finds, Discord answers the same
 * channel) the DM channel with `POST /users/@me/channels`, then posts in it.
 */
export function discordNotifier(client: () => Client, render: RenderCharts): NonNullable<Outlet['notify']> {
  return async (_teamId, memberId, reply) => {
    const userId = discordUserId(memberId);
    if (!userId) return false;
    const dm = (await client().rest.post(Routes.userChannels(), { body: { recipient_id: userId } })) as {
      id: string;
    };
    await sendToDiscordChannel(client(), render, dm.id, reply);
    return true;
  };
}
