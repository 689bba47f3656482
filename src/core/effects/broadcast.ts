import type { PostHandle } from '../conversations/post-handle.ts';
import type { Reply } from '../reply.ts';
import type { EffectDeps } from './deps.ts';
import { errorText, outletFor } from './outlet.ts';

export type BroadcastResult =
  | { posted: false }
  | { posted: true; channel: string; url?: string; post?: PostHandle };

/**
 * After a command committed: posts its `broadcast` in the team's posts place (`/channel set`),
 * through the channel that reaches that place's platform, and keeps the post's handle on the
 * record the broadcast is about. A failed post is logged, never thrown: the command's work is stored.
 */
export async function deliverBroadcast(
  deps: EffectDeps,
  teamId: string,
  reply: Reply,
): Promise<BroadcastResult> {
  if (!reply.broadcast) return { posted: false };
  const places = await deps.conversations.postPlaces(teamId).catch((e: unknown) => {
    deps.logger.error('posts channel not read', { teamId, error: errorText(e) });
    return [];
  });
  const broadcast = { ...reply.broadcast, ...(reply.locale && { locale: reply.locale }) };
  for (const place of places) {
    const outlet = outletFor(deps.outlets(), place.channel);
    if (!outlet?.post) continue;
    let post: PostHandle | undefined;
    try {
      post = await outlet.post(teamId, place, broadcast);
    } catch (e) {
      deps.logger.error('broadcast failed', { teamId, channel: place.channel, error: errorText(e) });
      continue;
    }
    if (post && reply.broadcastOf) {
      const of = { collection: reply.broadcastOf.collection.name, id: reply.broadcastOf.id };
      await deps.conversations.keepPost(teamId, reply.broadcastOf, post).catch((e: unknown) => {
        deps.logger.error('post handle not kept', { teamId, ...of, error: errorText(e) });
      });
    }
    return {
      posted: true,
      channel: place.channel,
      ...(post?.url && { url: post.url }),
      ...(post && { post }),
    };
  }
  return { posted: false };
}
