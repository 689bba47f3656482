import { deserialize } from 'node:v8';
import type { Team } from '../domain/entities.ts';
import type { CollectionDef, CollectionTx, Derived, TeamTx } from '../store/types.ts';
import type { TeamSnapshot } from './snapshot.ts';

type Item = { id: string };

const readOnly = (): never => {
  throw new Error('the dossier reads a snapshot of the team: it writes nothing');
};

/** One collection of the snapshot, read as the store's views read (shards in key order). */
function collectionView<T extends Item>(shards: Map<string, T[]>): CollectionTx<T> {
  const keys = [...shards.keys()].sort();
  const all = keys.flatMap((k) => shards.get(k) ?? []);
  const byId = new Map(all.map((item) => [item.id, item]));
  const derived = new Map<Derived<T, unknown>, unknown>();
  return {
    get: (id) => byId.get(id),
    all: () => all.slice(),
    size: all.length,
    inShards: (from, to) =>
      keys.length === 1 && keys[0] === ''
        ? all.slice()
        : keys.filter((k) => k >= from && k <= to).flatMap((k) => shards.get(k) ?? []),
    derived<V>(key: Derived<T, V>): V {
      if (!derived.has(key)) derived.set(key, key.build(all.slice()));
      return derived.get(key) as V;
    },
    put: readOnly,
    remove: readOnly,
  };
}

/**
 * A read-only transaction over a team's snapshot (snapshot.ts), in the dossier's worker thread:
 * the commands that fill the sections read it as they read the store. A collection that was not
 * sent throws, rather than reading as empty.
 */
export function snapshotTx(snapshot: TeamSnapshot, team: Team): TeamTx {
  const byName = new Map<string, Map<string, Item[]>>();
  for (const piece of snapshot.pieces) {
    const shards = byName.get(piece.collection) ?? new Map<string, Item[]>();
    byName.set(piece.collection, shards);
    const items = deserialize(piece.items) as Item[];
    const known = shards.get(piece.shard);
    if (known) known.push(...items);
    else shards.set(piece.shard, items);
  }
  const views = new Map<string, CollectionTx<Item>>();
  const collection = <T extends Item>(def: CollectionDef<T>): CollectionTx<T> => {
    let view = views.get(def.name);
    if (!view) {
      const shards = byName.get(def.name);
      if (!shards)
        throw new Error(`collection ${def.name} is not in the dossier's snapshot (see snapshot.ts)`);
      view = collectionView(shards);
      views.set(def.name, view);
    }
    return view as unknown as CollectionTx<T>;
  };
  const named = <T extends Item>(name: string) => collection({ name } as CollectionDef<T>);
  return {
    teamId: snapshot.teamId,
    team,
    get members() {
      return named('members');
    },
    get prospects() {
      return named('prospects');
    },
    get activities() {
      return named('activities');
    },
    get campaigns() {
      return named('campaigns');
    },
    collection,
    setTeam: readOnly,
    dirty: false,
    writes: 0,
  } as unknown as TeamTx;
}
