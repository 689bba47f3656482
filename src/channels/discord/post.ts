import { type Client, Routes } from 'discord.js';
import type { App } from '../../app.ts';
import { renderReplyCharts } from '../../charts/render-reply.ts';
import type { Reply } from '../../core/reply.ts';
import type { ChannelLink } from '../links.ts';
import { replyToDiscord } from './reply-embeds.ts';

interface PostedMessage {
  id: string;
  channel_id: string;
}

/**
 * Posts a Reply, unasked, in the text channel stored by `/channel set` (its id in the link's
 * reference), through the REST API; returns the message's link for the poster's confirmation.
 */
export async function postToDiscordChannel(
  client: Client,
  app: Pick<App, 'charts'>,
  teamId: string,
  link: ChannelLink,
  reply: Reply,
): Promise<{ url?: string }> {
  const channelId = link.reference.channelId;
  if (typeof channelId !== 'string' || !/^\d+$/.test(channelId))
    throw new Error('discord link without a channel id');
  const charts = await renderReplyCharts(reply, app.charts);
  const msg = replyToDiscord({ ...reply, visibility: 'shared' }, charts);
  const sent = (await client.rest.post(Routes.channelMessages(channelId), {
    body: {
      ...(msg.content !== undefined && { content: msg.content }),
      embeds: msg.embeds,
      components: msg.components,
      allowed_mentions: msg.allowedMentions,
    },
    files: msg.files.map((f) => ({ name: f.name, data: f.attachment, description: f.description })),
  })) as PostedMessage;
  const guildId = teamId.startsWith('discord:') ? teamId.slice('discord:'.length) : '@me';
  return { url: `https://discord.com/channels/${guildId}/${sent.channel_id}/${sent.id}` };
}
