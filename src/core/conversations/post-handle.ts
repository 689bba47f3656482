import { z } from 'zod';
import { ChannelLink } from './links.ts';

/**
 * Where one shared post was made, as its platform finds it again to edit or delete it: the
 * Discord channel and message ids, the Teams conversation and activity ids.
 */
export const PostHandle = z.object({
  channel: ChannelLink.shape.channel,
  /** The Discord channel id, the Teams conversation id. */
  conversationId: z.string().min(1).max(300),
  /** The Discord message id, the Teams activity id. */
  messageId: z.string().min(1).max(200),
  /** A link to the post, where the platform has them. */
  url: z.string().max(500).optional(),
});
export type PostHandle = z.infer<typeof PostHandle>;
