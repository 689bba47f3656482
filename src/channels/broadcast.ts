import type { App } from '../app.ts';
import { featureCollections } from '../app-store.ts';
import type { Reply } from '../core/reply.ts';
import type { CollectionDef } from '../store/types.ts';
import { type ChannelLink, linksCollection } from './links.ts';
import type { PostHandle } from './post-handle.ts';

/** How one platform posts in a team's shared channel, and changes its posts later. */
export interface Poster {
  /** Posts a Reply in the linked place; the post's handle, unless the platform cannot find it again. */
  post(teamId: string, link: ChannelLink, reply: Reply): Promise<PostHandle | undefined>;
  /** Replaces the content of an earlier post. */
  update(teamId: string, post: PostHandle, reply: Reply): Promise<void>;
  /** Removes an earlier post; one already gone counts as removed. */
  remove(teamId: string, post: PostHandle): Promise<void>;
}

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

export type BroadcastResult =
  | { posted: false }
  | { posted: true; channel: string; url?: string; post?: PostHandle };

const errorText = (e: unknown): string => (e instanceof Error ? e.message : String(e));

/**
 * After a command committed: posts its `broadcast` in the team's posts channel (`/channel set`),
 * through the poster of that channel's platform, and keeps the post's handle on the record the
 * broadcast is about. A failed post is logged, never thrown: the command's own work is stored.
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
    let post: PostHandle | undefined;
    try {
      post = await poster.post(teamId, link, broadcast);
    } catch (e) {
      app.logger.error('broadcast failed', { teamId, channel: link.channel, error: errorText(e) });
      continue;
    }
    if (post && reply.broadcastOf) await keepPost(app, teamId, reply.broadcastOf, post);
    return {
      posted: true,
      channel: link.channel,
      ...(post?.url && { url: post.url }),
      ...(post && { post }),
    };
  }
  return { posted: false };
}

type WithPost = { id: string; post?: PostHandle };

/** Writes the post's handle on its record (a watch note); logged when it cannot. */
async function keepPost(
  app: Pick<App, 'deps' | 'logger'>,
  teamId: string,
  of: { collection: string; id: string },
  post: PostHandle,
): Promise<void> {
  const def = featureCollections.find((d) => d.name === of.collection) as CollectionDef<WithPost> | undefined;
  try {
    if (!def) throw new Error(`no collection ${of.collection}`);
    await app.deps.store.transact(teamId, (tx) => {
      const records = tx.collection(def);
      const item = records.get(of.id);
      // Deleted meanwhile: the post stays, as any post of a record deleted before it was kept.
      if (item) records.put({ ...item, post });
    });
  } catch (e) {
    app.logger.error('post handle not kept', { teamId, ...of, error: errorText(e) });
  }
}

/** Outcome of a command's `repost`: nothing to do, done, or failed (logged). */
export type RepostResult = 'none' | 'updated' | 'removed' | 'failed';

/**
 * After a command committed: updates or removes the earlier post it names, through the poster of
 * the post's platform. A failure is logged and reported, never thrown: the edit is stored.
 */
export async function deliverRepost(
  app: Pick<App, 'posters' | 'logger'>,
  teamId: string,
  reply: Reply,
): Promise<RepostResult> {
  if (!reply.repost) return 'none';
  const { post, reply: next } = reply.repost;
  const poster = app.posters.get(post.channel);
  try {
    if (!poster) throw new Error(`the ${post.channel} channel is not running`);
    if (next) await poster.update(teamId, post, { ...next, ...(reply.locale && { locale: reply.locale }) });
    else await poster.remove(teamId, post);
    return next ? 'updated' : 'removed';
  } catch (e) {
    app.logger.error('repost failed', {
      teamId,
      channel: post.channel,
      messageId: post.messageId,
      action: next ? 'update' : 'remove',
      error: errorText(e),
    });
    return 'failed';
  }
}
