import { todayIn } from '../analytics/period.ts';
import type { Activity } from '../domain/entities.ts';
import type { TeamTx } from '../store/types.ts';
import { type FollowUp, followUpsCollection } from './entities.ts';

/**
 * A follow-up is done once the rep is back in touch: an activity with its prospect, logged after the
 * follow-up was set and dated no earlier than that day, closes it. Returns a function to call for
 * each activity saved (by /log or an import); it gives the ids it closed. Open follow-ups are indexed
 * by prospect on first use, so an import of many rows reads them once.
 */
export function followUpCloser(tx: TeamTx, now: Date): (activity: Activity) => string[] {
  let open: Map<string, FollowUp[]> | undefined;
  const timeZone = tx.team.settings.timeZone;
  return (activity) => {
    if (!open) {
      open = new Map();
      for (const f of tx.collection(followUpsCollection).all()) {
        if (f.status !== 'open') continue;
        open.set(f.prospectId, [...(open.get(f.prospectId) ?? []), f]);
      }
    }
    const candidates = open.get(activity.prospectId);
    if (!candidates) return [];
    const closed: string[] = [];
    const left = candidates.filter((f) => {
      const later =
        f.createdAt < activity.createdAt && activity.date >= todayIn(timeZone, new Date(f.createdAt));
      if (!later) return true;
      const { reminderAttempt: _attempt, ...rest } = f;
      tx.collection(followUpsCollection).put({
        ...rest,
        status: 'closed_by_activity',
        closedAt: now.toISOString(),
        closedBy: activity.id,
      });
      closed.push(f.id);
      return false;
    });
    if (left.length > 0) open.set(activity.prospectId, left);
    else open.delete(activity.prospectId);
    return closed;
  };
}
