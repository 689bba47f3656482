import type { TeamTx } from '../store/types.ts';
import { followUpsCollection } from './entities.ts';

/**
 * When an activity is taken back (undo, delete): the follow-up its `/log` set goes with it, and the
 * follow-ups it closed are open again, as they were. Returns the ids removed and reopened.
 */
export function revertFollowUpsOf(tx: TeamTx, activityId: string): { removed: string[]; reopened: string[] } {
  const followUps = tx.collection(followUpsCollection);
  const removed: string[] = [];
  const reopened: string[] = [];
  for (const f of followUps.all()) {
    if (f.fromActivityId === activityId) {
      followUps.remove(f.id);
      removed.push(f.id);
    } else if (f.status === 'closed_by_activity' && f.closedBy === activityId) {
      const { closedAt: _at, closedBy: _by, ...rest } = f;
      followUps.put({ ...rest, status: 'open' });
      reopened.push(f.id);
    }
  }
  return { removed, reopened };
}
