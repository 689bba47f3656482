import type { App } from '../app.ts';
import type { Reply } from '../core/reply.ts';
import { createTranslator, type MessageKey } from '../i18n/index.ts';
import { type BroadcastResult, deliverBroadcast, deliverRepost, type RepostResult } from './broadcast.ts';
import { deliverNotices } from './notices.ts';

/** What a command's shared effects became once delivered. */
export interface Delivered {
  /** The command's reply with what happened to its post added (a link, "post updated"). */
  reply: Reply;
  posted: BroadcastResult;
  reposted: RepostResult;
  /** The members told privately. */
  told: string[];
}

const REPOST_NOTICES: Record<RepostResult, MessageKey | undefined> = {
  none: undefined,
  updated: 'watch.post_updated',
  removed: 'watch.post_removed',
  failed: 'watch.post_not_changed',
};

/**
 * Every channel's one step after a command committed: its post in the team channel, the change
 * of an earlier post, and private notices to other members; each failure is logged, none thrown.
 */
export async function deliverShared(
  app: Pick<App, 'posters' | 'notifiers' | 'deps' | 'logger'>,
  teamId: string,
  reply: Reply,
): Promise<Delivered> {
  const posted = await deliverBroadcast(app, teamId, reply);
  const reposted = await deliverRepost(app, teamId, reply);
  const told = await deliverNotices(app, teamId, reply);
  const t = createTranslator(reply.locale ?? 'fr');
  const notices: string[] = [];
  if (posted.posted)
    notices.push(posted.url ? t('watch.posted_link', { url: posted.url }) : t('watch.posted'));
  const repostNotice = REPOST_NOTICES[reposted];
  if (repostNotice) notices.push(t(repostNotice));
  const blocks = [...reply.blocks, ...notices.map((text) => ({ type: 'text' as const, text }))];
  return { reply: { ...reply, blocks }, posted, reposted, told };
}
