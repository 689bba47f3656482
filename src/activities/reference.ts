import type { Activity } from '../domain/entities.ts';
import type { TeamTx, TeamView } from '../store/types.ts';
import { countersCollection, type DeletedActivity, deletedActivitiesCollection } from './tombstones.ts';

/**
 * The next short activity reference of the team, `A-1`, `A-2`…: a counter bumped inside the
 * team's exclusive transaction, so it is unique across processes and costs no scan of history.
 * Never reused: a deleted `A-7` keeps its number for `/activity restore`.
 */
export function nextActivityRef(tx: TeamTx): string {
  const counters = tx.collection(countersCollection);
  let value = counters.get('activity')?.value ?? 0;
  const deleted = tx.collection(deletedActivitiesCollection);
  let id: string;
  do {
    value++;
    id = `A-${value}`;
  } while (tx.activities.get(id) !== undefined || deleted.get(id) !== undefined);
  counters.put({ id: 'activity', value });
  return id;
}

/** The ids a typed reference may mean: `A-12`, `a-12`, `12`, and old ids (`A-mi5k2x3a1b2c3d`) as stored. */
export function activityIdCandidates(ref: string): string[] {
  const s = ref.trim();
  if (/^\d+$/.test(s)) return [`A-${s}`];
  const m = /^a-(.+)$/i.exec(s);
  if (!m?.[1]) return [s];
  return [...new Set([`A-${m[1]}`, `A-${m[1].toLowerCase()}`, s])];
}

/** A live activity by reference. */
export function findActivity(view: TeamView, ref: string): Activity | undefined {
  for (const id of activityIdCandidates(ref)) {
    const a = view.activities.get(id);
    if (a) return a;
  }
  return undefined;
}

/** A deleted activity's tombstone by reference. */
export function findDeleted(view: TeamView, ref: string): DeletedActivity | undefined {
  const deleted = view.collection(deletedActivitiesCollection);
  for (const id of activityIdCandidates(ref)) {
    const d = deleted.get(id);
    if (d) return d;
  }
  return undefined;
}
