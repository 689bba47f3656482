import { z } from 'zod';
import { Activity, IsoInstant, Prospect } from '../domain/entities.ts';
import { FollowUp } from '../follow-ups/entities.ts';
import type { CollectionDef } from '../store/types.ts';

/**
 * A deleted activity, kept as it was with who deleted it, when and why. It lives outside
 * `activities`, so every analysis (funnel, dashboard, profitability, portfolio, plan, digest,
 * imports' duplicate keys) ignores it without knowing about deletions; `/activity restore` moves it back.
 */
export const DeletedActivity = z.object({
  id: z.string().min(1),
  activity: Activity,
  deletedBy: z.string().min(1),
  deletedAt: IsoInstant,
  reason: z.string().max(300).optional(),
  /** Follow-ups the activity had closed, open again while it is deleted. */
  reopenedFollowUpIds: z.array(z.string()).optional(),
  /** Follow-ups its /log had set, removed while it is deleted. */
  removedFollowUps: z.array(FollowUp).optional(),
});
export type DeletedActivity = z.infer<typeof DeletedActivity>;

export const deletedActivitiesCollection: CollectionDef<DeletedActivity> = {
  name: 'deleted-activities',
  schema: DeletedActivity,
  version: 1,
};

/** A prospect merged into another (`/prospect merge`): its id now leads to `mergedInto`. */
export const MergedProspect = z.object({
  id: z.string().regex(/^P-\d+$/),
  prospect: Prospect,
  mergedInto: z.string().regex(/^P-\d+$/),
  mergedBy: z.string().min(1),
  mergedAt: IsoInstant,
  /** What the merge re-pointed to `mergedInto`. */
  movedActivityIds: z.array(z.string()),
  movedNoteIds: z.array(z.string()),
  movedFollowUpIds: z.array(z.string()).optional(),
});
export type MergedProspect = z.infer<typeof MergedProspect>;

export const mergedProspectsCollection: CollectionDef<MergedProspect> = {
  name: 'merged-prospects',
  schema: MergedProspect,
  version: 1,
};

export const undoCollections = [deletedActivitiesCollection, mergedProspectsCollection] as const;
