import { type FollowUp, followUpsCollection } from '../follow-ups/entities.ts';
import type { TeamTx } from '../store/types.ts';

/**
 * Deleting an activity takes back what its /log did to follow-ups: the one it set is removed, the
 * ones it closed (the rep was back in touch) are open again. Gives what a restore needs to redo it.
 */
export function takeBackFollowUps(
  tx: TeamTx,
  activityId: string,
): { removedFollowUps: FollowUp[]; reopenedFollowUpIds: string[] } {
  const followUps = tx.collection(followUpsCollection);
  const removedFollowUps: FollowUp[] = [];
  const reopenedFollowUpIds: string[] = [];
  for (const f of followUps.all()) {
    if (f.fromActivityId === activityId) {
      followUps.remove(f.id);
      removedFollowUps.push(f);
    } else if (f.status === 'closed_by_activity' && f.closedBy === activityId) {
      const { closedAt: _at, closedBy: _by, ...rest } = f;
      followUps.put({ ...rest, status: 'open' });
      reopenedFollowUpIds.push(f.id);
    }
  }
  return { removedFollowUps, reopenedFollowUpIds };
}

/**
 * A restored activity redoes what its deletion took back: the follow-ups it set come back (unless
 * their id was given again meanwhile), the ones it had closed close again when still open.
 */
export function redoFollowUps(
  tx: TeamTx,
  activityId: string,
  taken: { removedFollowUps?: readonly FollowUp[]; reopenedFollowUpIds?: readonly string[] },
  now: Date,
): void {
  const followUps = tx.collection(followUpsCollection);
  for (const f of taken.removedFollowUps ?? []) if (!followUps.get(f.id)) followUps.put(f);
  for (const id of taken.reopenedFollowUpIds ?? []) {
    const f = followUps.get(id);
    if (f?.status !== 'open') continue;
    const { reminderAttempt: _attempt, ...rest } = f;
    followUps.put({
      ...rest,
      status: 'closed_by_activity',
      closedAt: now.toISOString(),
      closedBy: activityId,
    });
  }
}

/** A merge moves the merged prospect's follow-ups to the prospect kept. Returns their ids. */
export function moveFollowUps(tx: TeamTx, fromId: string, intoId: string): string[] {
  const followUps = tx.collection(followUpsCollection);
  const moved: string[] = [];
  for (const f of followUps.all()) {
    if (f.prospectId !== fromId) continue;
    followUps.put({ ...f, prospectId: intoId });
    moved.push(f.id);
  }
  return moved;
}
