import { z } from 'zod';
import type { Team } from '../../domain/entities.ts';
import type { CollectionDef } from '../../store/types.ts';
import { ChannelLink } from './links.ts';

/**
 * A member's personal chat with the bot (a Teams 1:1 conversation): where private notices and
 * files reach them. Kept by member id, in the directory of the member's scope (a Teams tenant),
 * since a personal chat belongs to no team: the member may write to the bot before or after they
 * join any team of that tenant.
 */
export const PersonalChat = z.object({
  /** The member id (`teams:<user>`). */
  id: z.string().min(1).max(300),
  channel: ChannelLink.shape.channel,
  /** What the channel needs to write there again (opaque to the core). */
  reference: z.record(z.string(), z.unknown()),
  updatedAt: z.iso.datetime({ offset: true }),
});
export type PersonalChat = z.infer<typeof PersonalChat>;

export const personalChatsCollection: CollectionDef<PersonalChat> = {
  name: 'personal-chats',
  schema: PersonalChat,
  version: 1,
  bookkeeping: true,
};

/**
 * The store keeps per-key partitions; a directory is one, keyed `directory:<scope>`, that holds
 * what belongs to no team. It is not a team: services that go through every team skip it
 * (`teamsOnly`).
 */
export const directoryId = (scope: string): string => `directory:${scope}`;

/** Before 2026-12 a tenant's personal chats were `links` of a made-up team `teams:<tenant>:personal-chats`. */
export const legacyDirectoryId = (scope: string): string => `${scope}:personal-chats`;
const LEGACY = /^teams:[^:]+:personal-chats$/;

/** Whether a partition of the store is a directory (now or from before), not a team. */
export const isDirectoryId = (id: string): boolean => id.startsWith('directory:') || LEGACY.test(id);

/** The ids of the store's teams, its directories left out (for services that go through every team). */
export const teamsOnly = (ids: readonly string[]): string[] => ids.filter((id) => !isDirectoryId(id));

/** The partition record the store needs for a directory (never shown: no command runs there). */
export const directoryRecord = (id: string, now: Date): Team => ({
  id,
  name: 'Directory',
  settings: { locale: 'fr', timeZone: 'Europe/Paris', currency: 'EUR' },
  createdAt: now.toISOString(),
});
