import { createTranslator, type MessageKey } from '../../i18n/index.ts';
import type { Reply } from '../reply.ts';
import { type BroadcastResult, deliverBroadcast } from './broadcast.ts';
import type { EffectDeps } from './deps.ts';
import { deliverRepost, type RepostResult } from './repost.ts';

export { type BroadcastResult, deliverBroadcast } from './broadcast.ts';
export type { EffectDeps } from './deps.ts';
export { canNotify, deliverNotices, notifyMember } from './notices.ts';
export type { Outlet, Platform } from './outlet.ts';
export { deliverRepost, type RepostResult } from './repost.ts';

/** What a command's posts became once delivered. */
export interface Posted {
  /** The command's reply with what happened to its post added (a link, "post updated"). */
  reply: Reply;
  posted: BroadcastResult;
  reposted: RepostResult;
}

const REPOST_NOTICES: Record<RepostResult, MessageKey | undefined> = {
  none: undefined,
  updated: 'watch.post_updated',
  removed: 'watch.post_removed',
  failed: 'watch.post_not_changed',
};

/**
 * The shared step after a command committed, for every channel: its post in the team channel and
 * the change of an earlier post; each failure is logged, none thrown. Private notices are apart
 * (`deliverNotices`): a channel sends them once the user has their answer.
 */
export async function deliverPosts(deps: EffectDeps, teamId: string, reply: Reply): Promise<Posted> {
  const posted = await deliverBroadcast(deps, teamId, reply);
  const reposted = await deliverRepost(deps, teamId, reply);
  const t = createTranslator(reply.locale ?? 'fr');
  const notices: string[] = [];
  if (posted.posted)
    notices.push(posted.url ? t('watch.posted_link', { url: posted.url }) : t('watch.posted'));
  const repostNotice = REPOST_NOTICES[reposted];
  if (repostNotice) notices.push(t(repostNotice));
  const blocks = [...reply.blocks, ...notices.map((text) => ({ type: 'text' as const, text }))];
  return { reply: { ...reply, blocks }, posted, reposted };
}
