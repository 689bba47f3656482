import { followUpsCollection } from '../follow-ups/entities.ts';
import type { TeamTx } from '../store/types.ts';

/**
 * Deleting an activity takes back what its /log did to follow-ups: the ones it closed (the rep was
 * back in touch) are open again. Returns their ids, kept in the tombstone for a restore.
 */
export function reopenFollowUpsClosedBy(tx: TeamTx, activityId: string): string[] {
  const followUps = tx.collection(followUpsCollection);
  const reopened: string[] = [];
  for (const f of followUps.all()) {
    if (f.status !== 'closed_by_activity' || f.closedBy !== activityId) continue;
    const { closedAt: _at, closedBy: _by, ...rest } = f;
    followUps.put({ ...rest, status: 'open' });
    reopened.push(f.id);
  }
  return reopened;
}

/** A restored activity closes again the follow-ups its deletion reopened, when they are still open. */
export function closeFollowUpsAgain(tx: TeamTx, activityId: string, ids: readonly string[], now: Date): void {
  const followUps = tx.collection(followUpsCollection);
  for (const id of ids) {
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
