import type { Team } from '../../domain/entities.ts';
import { TeamNotFoundError } from '../../store/errors.ts';
import type { CollectionDef, Store } from '../../store/types.ts';
import { type ChannelLink, linksCollection } from './links.ts';
import {
  directoryId,
  directoryRecord,
  legacyDirectoryId,
  type PersonalChat,
  personalChatsCollection,
} from './personal-chats.ts';
import type { PostHandle } from './post-handle.ts';

/** A record that keeps the handle of its post in the team channel (a watch note). */
export type PostOwnerItem = { id: string; post?: PostHandle };

/** Which record a shared post is about: its collection and id (see `Reply.broadcastOf`). */
export interface PostOwner {
  readonly collection: CollectionDef<PostOwnerItem>;
  readonly id: string;
}

/** A record of `collection` as the owner of a post; the collection's items must have a `post` field. */
export const postOwner = <T extends PostOwnerItem>(collection: CollectionDef<T>, id: string): PostOwner => ({
  // Only `post` is written back, on an item read from the same collection: its other fields are kept.
  collection: collection as unknown as CollectionDef<PostOwnerItem>,
  id,
});

/**
 * What the bot remembers of the places it speaks in: the conversations it was installed in or
 * spoken to, the team's posts channel (`/channel set`), and where each shared post went. Channels
 * and effects go through it instead of the store.
 */
export interface ConversationStore {
  /** The team's places for shared posts, the most recently set first; none for an unknown team. */
  postPlaces(teamId: string): Promise<ChannelLink[]>;
  /** The team's first place that matches, if any. */
  find(teamId: string, match: (link: ChannelLink) => boolean): Promise<ChannelLink | undefined>;
  /**
   * Remembers a place (creating the team with `init` when it is new); writes only when the place
   * is new or `moved(known)` says it changed. True when it wrote.
   */
  remember(
    teamId: string,
    link: ChannelLink,
    opts: { init?: () => Team; moved?: (known: ChannelLink) => boolean },
  ): Promise<boolean>;
  /** Writes a post's handle on the record it is about; false when the record is gone. */
  keepPost(teamId: string, owner: PostOwner, post: PostHandle): Promise<boolean>;
  /**
   * Remembers a member's personal chat with the bot in the directory of `scope` (a Teams
   * tenant: `teams:<tenant>`); writes only when it is new or `moved(known)`. True when it wrote.
   */
  rememberPersonalChat(
    scope: string,
    chat: PersonalChat,
    moved: (known: PersonalChat) => boolean,
  ): Promise<boolean>;
  /** The member's personal chat in the directory of `scope`, if they ever wrote to the bot personally. */
  personalChatOf(scope: string, memberId: string): Promise<PersonalChat | undefined>;
}

const orNone =
  <R>(fallback: R) =>
  (e: unknown): R => {
    if (e instanceof TeamNotFoundError) return fallback;
    throw e;
  };

/** The conversation store over the team store's `links` collection and the directories' personal chats. */
export function createConversationStore(store: Store): ConversationStore {
  /** A personal chat kept before 2026-12, as a link of the scope's made-up team; undefined when none. */
  const legacyChat = (scope: string, memberId: string) =>
    store
      .read(legacyDirectoryId(scope), (view) => view.collection(linksCollection).get(memberId))
      .catch(orNone<ChannelLink | undefined>(undefined));
  return {
    postPlaces: (teamId) =>
      store
        .read(teamId, (view) =>
          view
            .collection(linksCollection)
            .all()
            .filter((l) => l.purpose === 'posts')
            .sort((a, b) => b.updatedAt.localeCompare(a.updatedAt)),
        )
        .catch(orNone<ChannelLink[]>([])),
    find: (teamId, match) =>
      store
        .read(teamId, (view) => view.collection(linksCollection).all().find(match))
        .catch(orNone<ChannelLink | undefined>(undefined)),
    remember: (teamId, link, opts) =>
      store.transact(
        teamId,
        (tx) => {
          const links = tx.collection(linksCollection);
          const known = links.get(link.id);
          if (known && !(opts.moved?.(known) ?? false)) return false;
          links.put(link);
          return true;
        },
        opts.init ? { init: opts.init } : {},
      ),
    rememberPersonalChat: (scope, chat, moved) => {
      const id = directoryId(scope);
      return store.transact(
        id,
        (tx) => {
          const chats = tx.collection(personalChatsCollection);
          const known = chats.get(chat.id);
          if (known && !moved(known)) return false;
          chats.put(chat);
          return true;
        },
        { init: () => directoryRecord(id, new Date(chat.updatedAt)) },
      );
    },
    async personalChatOf(scope, memberId) {
      const kept = await store
        .read(directoryId(scope), (view) => view.collection(personalChatsCollection).get(memberId))
        .catch(orNone<PersonalChat | undefined>(undefined));
      if (kept) return kept;
      // Migration: a chat remembered before the directories is read where it was, and moved once.
      const legacy = await legacyChat(scope, memberId);
      if (!legacy) return undefined;
      const chat: PersonalChat = {
        id: memberId,
        channel: legacy.channel,
        reference: legacy.reference,
        updatedAt: legacy.updatedAt,
      };
      await store.transact(
        directoryId(scope),
        (tx) => {
          const chats = tx.collection(personalChatsCollection);
          if (!chats.get(memberId)) chats.put(chat);
        },
        { init: () => directoryRecord(directoryId(scope), new Date(chat.updatedAt)) },
      );
      return chat;
    },
    keepPost: (teamId, owner, post) =>
      store.transact(teamId, (tx) => {
        const records = tx.collection(owner.collection);
        const item = records.get(owner.id);
        // Deleted meanwhile: the post stays, as any post of a record deleted before it was kept.
        if (!item) return false;
        records.put({ ...item, post });
        return true;
      }),
  };
}
