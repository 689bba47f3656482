import type { Activity } from '../domain/entities.ts';
import type { Derived, TeamTx, TeamView } from '../store/types.ts';
import { type DeletedActivity, deletedActivitiesCollection } from './tombstones.ts';

const SHORT_REF = /^A-(\d+)$/;
const numberOf = (id: string): number => Number(SHORT_REF.exec(id)?.[1] ?? 0);

/** The highest `A-<n>` of a collection, kept up to date with the store's cache on each commit. */
const highestRef: Derived<{ id: string }, { max: number }> = {
  build(items) {
    let max = 0;
    for (const { id } of items) max = Math.max(max, numberOf(id));
    return { max };
  },
  apply(value, upserts) {
    for (const { id } of upserts) value.max = Math.max(value.max, numberOf(id));
  },
};

/**
 * The next short activity reference of the team, `A-1`, `A-2`…, one above the highest given, live
 * or deleted (a deleted `A-7` keeps its number for `/activity restore`). Taken inside the team's
 * exclusive transaction, so unique across processes; read from a cached maximum, so a /log neither
 * scans the history nor writes a file more.
 */
export function nextActivityRef(tx: TeamTx): string {
  const deleted = tx.collection(deletedActivitiesCollection);
  let n = Math.max(tx.activities.derived(highestRef).max, deleted.derived(highestRef).max);
  let id: string;
  do {
    n++;
    id = `A-${n}`;
  } while (tx.activities.get(id) !== undefined || deleted.get(id) !== undefined);
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
