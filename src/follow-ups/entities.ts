import { z } from 'zod';
import { monthOf } from '../store/collections.ts';
import type { CollectionDef } from '../store/types.ts';

/** What became of a follow-up: still to do, done by the rep, or closed by a later activity with the prospect. */
export const FOLLOW_UP_STATUSES = ['open', 'done', 'closed_by_activity'] as const;
export type FollowUpStatus = (typeof FOLLOW_UP_STATUSES)[number];

/** A reminder being pushed by direct message (see reminders.ts): the claim held while sending, failures so far. */
const ReminderAttempt = z.object({
  failures: z.number().int().min(0).max(100),
  /** Set while a process sends it: no other tick or process sends it meanwhile. */
  claimedAt: z.iso.datetime({ offset: true }).optional(),
  /** After a failure: not retried before. */
  retryAt: z.iso.datetime({ offset: true }).optional(),
});

/** One follow-up (relance): a rep is reminded to get back to a prospect at a given time. Id `F-<n>`. */
export const FollowUp = z.object({
  id: z.string().regex(/^F-\d+$/),
  prospectId: z.string().min(1).max(40),
  repId: z.string().min(1).max(200),
  /** The due instant, UTC. */
  dueAt: z.iso.datetime({ offset: true }),
  /** The due time as the team's clock read it when set, `YYYY-MM-DDTHH:mm`. */
  dueLocal: z.string().regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/),
  /** What the rep typed (`mardi`, `15/12 10h`), as typed. */
  typed: z.string().min(1).max(60),
  status: z.enum(FOLLOW_UP_STATUSES),
  /** The activity whose `/log` set this follow-up. */
  fromActivityId: z.string().max(60).optional(),
  createdAt: z.iso.datetime({ offset: true }),
  createdBy: z.string().min(1),
  /** Earlier due instants, oldest first, when the follow-up was postponed. */
  postponedFrom: z
    .array(z.iso.datetime({ offset: true }))
    .max(100)
    .default([]),
  /** When the rep was reminded (by direct message or on their next command): once. */
  remindedAt: z.iso.datetime({ offset: true }).optional(),
  remindedVia: z.enum(['direct_message', 'next_command']).optional(),
  reminderAttempt: ReminderAttempt.optional(),
  closedAt: z.iso.datetime({ offset: true }).optional(),
  /** Who marked it done, or the activity that closed it. */
  closedBy: z.string().max(200).optional(),
});
export type FollowUp = z.infer<typeof FollowUp>;

export const followUpsCollection: CollectionDef<FollowUp> = {
  name: 'follow-ups',
  schema: FollowUp,
  version: 1,
  shardOf: (f) => monthOf(f.createdAt),
};
