import { type Client, DiscordAPIError, RESTJSONErrorCodes, Routes } from 'discord.js';
import type { PostHandle } from '../../core/conversations/post-handle.ts';
import type { Outlet } from '../../core/effects/outlet.ts';
import type { Reply } from '../../core/reply.ts';
import type { ReplyChart } from '../../core/turn.ts';
import { replyToDiscord } from './reply-embeds.ts';

interface PostedMessage {
  id: string;
  channel_id: string;
}

/** Renders a reply's charts (the bot's renderer). */
export type RenderCharts = (reply: Reply) => Promise<ReplyChart[]>;

/** A Reply as a channel message's REST body and files (never ephemeral: that flag is for interactions). */
async function channelMessage(render: RenderCharts, reply: Reply) {
  const charts = await render(reply);
  const msg = replyToDiscord({ ...reply, visibility: 'shared' }, charts);
  const files = msg.files.map((f) => ({ name: f.name, data: f.attachment, description: f.description }));
  const body = {
    ...(msg.content !== undefined && { content: msg.content }),
    embeds: msg.embeds,
    components: msg.components,
    allowed_mentions: msg.allowedMentions,
  };
  return { body, files };
}

/** Sends a Reply, unasked, in a text or DM channel through the REST API. */
export async function sendToDiscordChannel(
  client: Client,
  render: RenderCharts,
  channelId: string,
  reply: Reply,
): Promise<PostedMessage> {
  const { body, files } = await channelMessage(render, reply);
  return (await client.rest.post(Routes.channelMessages(channelId), { body, files })) as PostedMessage;
}

/**
 * Posts in the text channel stored by `/channel set` (its id in the link's reference), and later
 * edits or deletes that message by its ids (`PATCH`/`DELETE` of the channel message).
 */
export function discordPoster(
  client: () => Client,
  render: RenderCharts,
): Required<Pick<Outlet, 'post' | 'update' | 'remove'>> {
  return {
    async post(teamId, link, reply): Promise<PostHandle> {
      const channelId = link.reference.channelId;
      if (typeof channelId !== 'string' || !/^\d+$/.test(channelId))
        throw new Error('discord link without a channel id');
      const sent = await sendToDiscordChannel(client(), render, channelId, reply);
      const guildId = teamId.startsWith('discord:') ? teamId.slice('discord:'.length) : '@me';
      return {
        channel: 'discord',
        conversationId: sent.channel_id,
        messageId: sent.id,
        url: `https://discord.com/channels/${guildId}/${sent.channel_id}/${sent.id}`,
      };
    },
    async update(_teamId, post, reply) {
      const { body, files } = await channelMessage(render, reply);
      // `attachments` lists the files to keep: the new ones only (an old chart would stay otherwise).
      const attachments = files.map((f, id) => ({ id, filename: f.name }));
      await client().rest.patch(Routes.channelMessage(post.conversationId, post.messageId), {
        body: { ...body, attachments },
        files,
      });
    },
    async remove(_teamId, post) {
      try {
        await client().rest.delete(Routes.channelMessage(post.conversationId, post.messageId));
      } catch (e) {
        // Already deleted (by a moderator, say): what was asked is done.
        if (e instanceof DiscordAPIError && e.code === RESTJSONErrorCodes.UnknownMessage) return;
        throw e;
      }
    },
  };
}
