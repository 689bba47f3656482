import type { ChannelLink } from '../conversations/links.ts';
import type { PostHandle } from '../conversations/post-handle.ts';
import type { Reply } from '../reply.ts';

/** A platform as `ChannelLink.channel` and `PostHandle.channel` name it; also a member id's prefix. */
export type Platform = ChannelLink['channel'];

/**
 * The outgoing side of a channel adapter (vercel/chat's adapter): how the core's effects reach a
 * platform unasked. Each method is optional: a channel that cannot post or notify leaves it out.
 */
export interface Outlet {
  /** The platforms whose places, posts and members this adapter reaches. */
  readonly reaches: readonly Platform[];
  /** The platforms whose members `notify` can tell; `reaches` when not given. */
  readonly notifies?: readonly Platform[];
  /** Posts a Reply in a team's place; the post's handle, unless the platform cannot find it again. */
  post?(teamId: string, place: ChannelLink, reply: Reply): Promise<PostHandle | undefined>;
  /** Replaces the content of an earlier post. */
  update?(teamId: string, post: PostHandle, reply: Reply): Promise<void>;
  /** Removes an earlier post; one already gone counts as removed. */
  remove?(teamId: string, post: PostHandle): Promise<void>;
  /** Tells one member something privately (a direct message); false when it could not. */
  notify?(teamId: string, memberId: string, reply: Reply): Promise<boolean>;
}

/** The outlet that reaches `platform`, if a running channel does. */
export const outletFor = (outlets: readonly Outlet[], platform: string): Outlet | undefined =>
  outlets.find((o) => (o.reaches as readonly string[]).includes(platform));

/** The outlet that can tell a member of `platform` something privately, if a running channel can. */
export const notifierFor = (outlets: readonly Outlet[], platform: string): Outlet | undefined =>
  outlets.find((o) => o.notify && ((o.notifies ?? o.reaches) as readonly string[]).includes(platform));

/** `discord:1234` → `discord`: the platform of a member id. */
export const platformOfMember = (memberId: string): string => memberId.split(':')[0] ?? '';

export const errorText = (e: unknown): string => (e instanceof Error ? e.message : String(e));
