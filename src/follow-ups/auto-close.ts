import { todayIn } from '../analytics/period.ts';
import type { Activity } from '../domain/entities.ts';
import type { Derived, TeamTx } from '../store/types.ts';
import { type FollowUp, followUpsCollection } from './entities.ts';

interface OpenFollowUps {
  byProspect: Map<string, readonly FollowUp[]>;
  /** The prospect each open follow-up is listed under, to take it out when it changes. */
  prospectOf: Map<string, string>;
}

function withoutId(value: OpenFollowUps, id: string): void {
  const prospectId = value.prospectOf.get(id);
  if (prospectId === undefined) return;
  value.prospectOf.delete(id);
  const left = (value.byProspect.get(prospectId) ?? []).filter((f) => f.id !== id);
  if (left.length > 0) value.byProspect.set(prospectId, left);
  else value.byProspect.delete(prospectId);
}

function withOpen(value: OpenFollowUps, f: FollowUp): void {
  if (f.status !== 'open') return;
  value.prospectOf.set(f.id, f.prospectId);
  value.byProspect.set(f.prospectId, [...(value.byProspect.get(f.prospectId) ?? []), f]);
}

/** Open follow-ups by prospect, kept up to date with the store's cache on each commit (lists are replaced, never changed). */
const openFollowUps: Derived<FollowUp, OpenFollowUps> = {
  build(items) {
    const value: OpenFollowUps = { byProspect: new Map(), prospectOf: new Map() };
    for (const f of items) withOpen(value, f);
    return value;
  },
  apply(value, upserts, removes) {
    for (const id of removes) withoutId(value, id);
    for (const f of upserts) {
      const list = value.byProspect.get(f.prospectId);
      if (f.status === 'open' && list && value.prospectOf.get(f.id) === f.prospectId) {
        // Postponed or edited: it keeps its place, as in the collection's order.
        value.byProspect.set(
          f.prospectId,
          list.map((g) => (g.id === f.id ? f : g)),
        );
        continue;
      }
      withoutId(value, f.id);
      withOpen(value, f);
    }
  },
};

/**
 * A follow-up is done once the rep is back in touch: an activity with its prospect, logged after the
 * follow-up was set and dated no earlier than that day, closes it. Returns a function to call for
 * each activity saved (by /log or an import); it gives the ids it closed. Open follow-ups come from
 * the collection's cached index, so neither a /log nor an import of many rows reads them all.
 */
export function followUpCloser(tx: TeamTx, now: Date): (activity: Activity) => string[] {
  const followUps = tx.collection(followUpsCollection);
  let index: OpenFollowUps | undefined;
  // What this transaction closed: the cached index is shared and stays as committed.
  const left = new Map<string, readonly FollowUp[]>();
  const timeZone = tx.team.settings.timeZone;
  return (activity) => {
    index ??= followUps.derived(openFollowUps);
    const candidates = left.get(activity.prospectId) ?? index.byProspect.get(activity.prospectId);
    if (!candidates) return [];
    const closed: string[] = [];
    const still = candidates.filter((f) => {
      const later =
        f.createdAt < activity.createdAt && activity.date >= todayIn(timeZone, new Date(f.createdAt));
      if (!later) return true;
      const { reminderAttempt: _attempt, ...rest } = f;
      followUps.put({
        ...rest,
        status: 'closed_by_activity',
        closedAt: now.toISOString(),
        closedBy: activity.id,
      });
      closed.push(f.id);
      return false;
    });
    left.set(activity.prospectId, still);
    return closed;
  };
}
