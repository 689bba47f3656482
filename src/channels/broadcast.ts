import type { App } from '../app.ts';
import type { Reply } from '../core/reply.ts';
import { type ChannelLink, linksCollection } from './links.ts';

/** Posts a Reply in a team's shared channel; returns the post's link when the platform gives one. */
export type Poster = (teamId: string, link: ChannelLink, reply: Reply) => Promise<{ url?: string }>;

/** The posters of the running channels, by channel id; held on the App (no module state). */
export type PosterRegistry = Map<ChannelLink['channel'], Poster>;

/** Lets a channel post the team's shared messages (called once when the channel starts). */
export function registerPoster(
  app: Pick<App, 'posters'>,
  channel: ChannelLink['channel'],
  poster: Poster,
): void {
  app.posters.set(channel, poster);
}

export type BroadcastResult = { posted: false } | { posted: true; channel: string; url?: string };

/**
 * After a command committed: posts its `broadcast` in the team's posts channel (`/channel set`),
 * through the poster of that channel's platform. A failed post is logged, never thrown: the
 * command's own work is already stored.
 */
export async function deliverBroadcast(
  app: Pick<App, 'posters' | 'deps' | 'logger'>,
  teamId: string,
  reply: Reply,
): Promise<BroadcastResult> {
  if (!reply.broadcast) return { posted: false };
  const links = await app.deps.store
    .transact(teamId, (tx) =>
      tx
        .collection(linksCollection)
        .all()
        .filter((l) => l.purpose === 'posts'),
    )
    .catch(() => [] as ChannelLink[]);
  const broadcast = { ...reply.broadcast, ...(reply.locale && { locale: reply.locale }) };
  for (const link of [...links].sort((a, b) => b.updatedAt.localeCompare(a.updatedAt))) {
    const poster = app.posters.get(link.channel);
    if (!poster) continue;
    try {
      const { url } = await poster(teamId, link, broadcast);
      return { posted: true, channel: link.channel, ...(url && { url }) };
    } catch (e) {
      app.logger.error('broadcast failed', {
        teamId,
        channel: link.channel,
        error: e instanceof Error ? e.message : String(e),
      });
    }
  }
  return { posted: false };
}

/** The poster's private confirmation, with the post's link when there is one. */
export function withBroadcastNotice(
  reply: Reply,
  result: BroadcastResult,
  t: (key: 'watch.posted' | 'watch.posted_link', p?: Record<string, string>) => string,
): Reply {
  if (!result.posted) return reply;
  const notice = result.url ? t('watch.posted_link', { url: result.url }) : t('watch.posted');
  return { ...reply, blocks: [...reply.blocks, { type: 'text', text: notice }] };
}

/** Tells one member something privately (a direct message); false when it could not. */
export type Notifier = (teamId: string, memberId: string, reply: Reply) => Promise<boolean>;

/** The notifiers of the running channels, by the prefix of member ids (`discord`, `teams`, `cli`). */
export type NotifierRegistry = Map<string, Notifier>;

export function registerNotifier(app: Pick<App, 'notifiers'>, prefix: string, notifier: Notifier): void {
  app.notifiers.set(prefix, notifier);
}

/**
 * After a command committed: sends its `notify` reply to each member through the notifier of
 * their channel (the prefix of their id). Returns who was told; failures are logged.
 */
export async function deliverNotices(
  app: Pick<App, 'notifiers' | 'logger'>,
  teamId: string,
  reply: Reply,
): Promise<string[]> {
  if (!reply.notify) return [];
  const told: string[] = [];
  for (const memberId of reply.notify.memberIds) {
    const notifier = app.notifiers.get(memberId.split(':')[0] ?? '');
    if (!notifier) continue;
    try {
      if (await notifier(teamId, memberId, { ...reply.notify.reply, visibility: 'private' }))
        told.push(memberId);
    } catch (e) {
      app.logger.error('notice failed', {
        teamId,
        memberId,
        error: e instanceof Error ? e.message : String(e),
      });
    }
  }
  return told;
}
