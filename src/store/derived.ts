import type { FileChange } from './commit.ts';
import type { CollectionState, Item } from './team-state.ts';
import type { Derived } from './types.ts';

type AnyDerived = Derived<Item, unknown>;

/** The memoized value of `key` over the committed items of `col`. */
export function derivedOf<V>(col: CollectionState, key: Derived<Item, V>, items: () => Item[]): V {
  if (col.derived.has(key)) return col.derived.get(key) as V;
  const value = key.build(items());
  col.derived.set(key, value);
  return value;
}

/**
 * Brings the derived values of the collections a commit changed up to date: with the key's `apply`
 * when it has one, else by dropping them (rebuilt on next use). An item that moved shard is one
 * upsert, not a remove.
 */
export function applyDerived(changes: readonly FileChange[]): void {
  const byCol = new Map<CollectionState, { upserts: Item[]; removes: string[] }>();
  for (const change of changes) {
    if (change.col.derived.size === 0) continue;
    let e = byCol.get(change.col);
    if (!e) {
      e = { upserts: [], removes: [] };
      byCol.set(change.col, e);
    }
    e.upserts.push(...change.upserts);
    e.removes.push(...change.removes);
  }
  for (const [col, { upserts, removes }] of byCol) {
    const upserted = new Set(upserts.map((u) => u.id));
    const removed = removes.filter((id) => !upserted.has(id));
    for (const [key, value] of col.derived) {
      const k = key as AnyDerived;
      if (k.apply) k.apply(value, upserts, removed);
      else col.derived.delete(key);
    }
  }
}
