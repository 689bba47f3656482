import { mergedProspectsCollection } from '../activities/tombstones.ts';
import { nextId } from '../domain/lookup.ts';
import type { TeamTx, TeamView } from '../store/types.ts';

/**
 * The reference to look up: a merged prospect's id (`P-153`) leads to the prospect it was merged
 * into (`P-151`), following later merges; anything else is returned as typed.
 */
export function resolveProspectRef(view: TeamView, ref: string): string {
  const id = ref.trim().toUpperCase();
  if (!/^P-\d+$/.test(id) || view.prospects.get(id)) return ref;
  const merged = view.collection(mergedProspectsCollection);
  let target = merged.get(id);
  for (let hops = 0; target && hops < 100; hops++) {
    if (view.prospects.get(target.mergedInto)) return target.mergedInto;
    target = merged.get(target.mergedInto);
  }
  return ref;
}

/** The next prospect id: never one a merged prospect had, since that id still leads somewhere. */
export function nextProspectId(tx: TeamTx): string {
  const live = Number(nextId(tx.prospects, 'P').slice(2));
  const merged = Number(nextId(tx.collection(mergedProspectsCollection), 'P').slice(2));
  return `P-${Math.max(live, merged)}`;
}
