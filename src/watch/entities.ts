import { z } from 'zod';
import { PostHandle } from '../core/conversations/post-handle.ts';
import { monthOf } from '../store/collections.ts';
import type { CollectionDef } from '../store/types.ts';

/** Watch types (DOMAIN §5), in the order help and digests list them. */
export const WATCH_TYPES = [
  'legal',
  'commercial',
  'competitive',
  'digital',
  'technological',
  'societal',
] as const;
export type WatchType = (typeof WATCH_TYPES)[number];

/** Source reliability A (completely reliable) … E (unreliable), F (cannot be judged). */
export const RELIABILITIES = ['A', 'B', 'C', 'D', 'E', 'F'] as const;
/** Information credibility 1 (confirmed) … 5 (improbable), 6 (cannot be judged). */
export const CREDIBILITIES = [1, 2, 3, 4, 5, 6] as const;

/** One watch note (DOMAIN §5). Id `W-<n>`; one shard a month of creation. */
export const WatchNote = z.object({
  id: z.string().regex(/^W-\d+$/),
  type: z.enum(WATCH_TYPES),
  title: z.string().min(1).max(200),
  body: z.string().min(1).max(4000),
  source: z.url().max(500).optional(),
  reliability: z.enum(RELIABILITIES).optional(),
  credibility: z.number().int().min(1).max(6).optional(),
  tags: z.array(z.string().min(1).max(40)).max(20).default([]),
  prospectId: z.string().max(40).optional(),
  competitor: z.string().min(1).max(120).optional(),
  authorId: z.string().min(1),
  createdAt: z.iso.datetime({ offset: true }),
  updatedAt: z.iso.datetime({ offset: true }).optional(),
  /** Member ids who marked the note useful: once each. */
  usefulBy: z.array(z.string()).default([]),
  /**
   * Where the note was posted in the team channel, so that an edit or a delete changes the post.
   * Optional: notes posted before handles were kept (or with no channel) simply have none.
   */
  post: PostHandle.optional(),
});
export type WatchNote = z.infer<typeof WatchNote>;

export const notesCollection: CollectionDef<WatchNote> = {
  name: 'notes',
  schema: WatchNote,
  version: 1,
  shardOf: (n) => monthOf(n.createdAt),
};

/** A weekly digest on its way (see scheduler.ts): a claim held while posting, failed posts so far. */
const DigestAttempt = z.object({
  /** The `from` day of the digest's week. */
  from: z.iso.date(),
  /** Failed posts so far; retried up to a bound. */
  failures: z.number().int().min(0).max(100),
  /** Set while a process posts it: no other tick or process posts it meanwhile. */
  claimedAt: z.iso.datetime({ offset: true }).optional(),
  /** After a failure: not retried before. */
  retryAt: z.iso.datetime({ offset: true }).optional(),
});

/** The team's watch state: one record `id: team` (digest schedule, last digest sent, guard mode). */
export const WatchSettings = z.object({
  id: z.literal('team'),
  /** The free-text guard: `warn` asks to confirm, `block` refuses with no override. */
  freeTextGuard: z.enum(['warn', 'block']).default('warn'),
  digestEnabled: z.boolean().default(true),
  /** ISO weekday 1 (Monday) … 7 and `HH:MM`, in the team's time zone. */
  digestWeekday: z.number().int().min(1).max(7).default(1),
  digestTime: z
    .string()
    .regex(/^\d{2}:\d{2}$/)
    .default('09:00'),
  /** The `from` day of the last weekly digest posted: never post the same week twice. */
  lastDigestFrom: z.iso.date().optional(),
  /** The weekly digest not posted yet: claimed while a process posts it, or failed and retried. */
  digestAttempt: DigestAttempt.optional(),
  updatedAt: z.iso.datetime({ offset: true }),
});
export type WatchSettings = z.infer<typeof WatchSettings>;

export const watchSettingsCollection: CollectionDef<WatchSettings> = {
  name: 'watch',
  schema: WatchSettings,
  version: 1,
};

/** The team's watch settings, defaults filled in. */
export const watchSettingsOf = (
  view: { collection: <T extends { id: string }>(d: CollectionDef<T>) => { get(id: string): T | undefined } },
  now: Date,
): WatchSettings =>
  view.collection(watchSettingsCollection).get('team') ??
  WatchSettings.parse({ id: 'team', updatedAt: now.toISOString() });
