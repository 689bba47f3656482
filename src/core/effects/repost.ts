import type { Reply } from '../reply.ts';
import type { EffectDeps } from './deps.ts';
import { errorText, outletFor } from './outlet.ts';

/** Outcome of a command's `repost`: nothing to do, done, or failed (logged). */
export type RepostResult = 'none' | 'updated' | 'removed' | 'failed';

/**
 * After a command committed: updates or removes the earlier post it names, through the channel
 * that reaches the post's platform. A failure is logged and reported, never thrown: the edit is stored.
 */
export async function deliverRepost(
  deps: Pick<EffectDeps, 'outlets' | 'logger'>,
  teamId: string,
  reply: Reply,
): Promise<RepostResult> {
  if (!reply.repost) return 'none';
  const { post, reply: next } = reply.repost;
  const outlet = outletFor(deps.outlets(), post.channel);
  try {
    if (next) {
      if (!outlet?.update) throw new Error(`the ${post.channel} channel is not running`);
      await outlet.update(teamId, post, { ...next, ...(reply.locale && { locale: reply.locale }) });
      return 'updated';
    }
    if (!outlet?.remove) throw new Error(`the ${post.channel} channel is not running`);
    await outlet.remove(teamId, post);
    return 'removed';
  } catch (e) {
    deps.logger.error('repost failed', {
      teamId,
      channel: post.channel,
      messageId: post.messageId,
      action: next ? 'update' : 'remove',
      error: errorText(e),
    });
    return 'failed';
  }
}
