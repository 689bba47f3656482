import { join } from 'node:path';
import { Low } from 'lowdb';
import { Team } from '../domain/entities.ts';
import {
  attachHost,
  type CarriedState,
  type CarriedTeam,
  detachHost,
  type Host,
  hostKeyOf,
} from './carried.ts';
import { type CollectionCodec, collectionCodec, teamCodec } from './codecs.ts';
import { type AnyCollectionDef, SHARD_KEY } from './collections.ts';
import { DurableJsonFile } from './durable-file.ts';
import type { TeamPaths } from './team-folder.ts';

export type Item = { id: string };

/** One file of a collection; the key is `''` for an unsharded collection. */
export interface Shard {
  readonly key: string;
  readonly file: DurableJsonFile<Item[]>;
  /** `db.data` holds the items in file order. */
  readonly db: Low<Item[]>;
  byId: Map<string, Item>;
  /** The carried items read from the file's envelope, until the shard is installed. */
  host: Host | null;
}

export interface CollectionState {
  readonly def: AnyCollectionDef;
  readonly codec: CollectionCodec<Item>;
  readonly shards: Map<string, Shard>;
  /** id → shard key, so a get or a put costs O(1) whatever the history. */
  readonly index: Map<string, string>;
  sortedKeys: string[] | null;
  /** Values derived from the items (`CollectionView.derived`), by their key; dropped when a shard is (re)loaded. */
  readonly derived: Map<object, unknown>;
}

/** An id seen in two shards while loading: legitimate only until a pending journal is replayed. */
interface Duplicate {
  readonly col: CollectionState;
  readonly id: string;
  readonly file: string;
}

/** The cached content of one team, as last read from or written to disk. */
export interface TeamState extends CarriedTeam {
  readonly teamId: string;
  readonly paths: TeamPaths;
  readonly teamFile: DurableJsonFile<Team>;
  team: Team | null;
  /** Collections with files of their own (carried ones are in `carried`). */
  readonly collections: Map<string, CollectionState>;
  duplicates: Duplicate[];
}

export function shardPath(state: TeamState, def: AnyCollectionDef, key: string): string {
  return def.shardOf
    ? join(state.paths.dir, def.name, `${key}.json`)
    : join(state.paths.dir, `${def.name}.json`);
}

export function openShard(state: TeamState, col: CollectionState, key: string): Shard {
  if (col.def.shardOf && !SHARD_KEY.test(key)) throw new Error(`bad shard key ${JSON.stringify(key)}`);
  const file = new DurableJsonFile(shardPath(state, col.def, key), col.codec);
  return { key, file, db: new Low<Item[]>(file, []), byId: new Map(), host: null };
}

export function installShard(state: TeamState, col: CollectionState, shard: Shard): void {
  col.shards.set(shard.key, shard);
  col.sortedKeys = null;
  col.derived.clear();
  for (const id of shard.byId.keys()) {
    const other = col.index.get(id);
    if (other !== undefined && other !== shard.key && col.shards.get(other)?.byId.has(id)) {
      state.duplicates.push({ col, id, file: shard.file.file });
    }
    col.index.set(id, shard.key);
  }
  attachHost(state, shard.host);
}

export function dropShard(state: TeamState, col: CollectionState, key: string): void {
  const shard = col.shards.get(key);
  if (!shard) return;
  detachHost(state, hostKeyOf(col.def, key));
  col.shards.delete(key);
  col.sortedKeys = null;
  col.derived.clear();
  for (const id of shard.byId.keys()) if (col.index.get(id) === key) col.index.delete(id);
}

/** Shard keys in ascending order, cached until a shard appears or disappears. */
export function sortedShardKeys(col: CollectionState): string[] {
  col.sortedKeys ??= [...col.shards.keys()].sort();
  return col.sortedKeys;
}

export function emptyTeamState(
  teamId: string,
  paths: TeamPaths,
  defs: Iterable<AnyCollectionDef>,
): TeamState {
  const collections = new Map<string, CollectionState>();
  const carried = new Map<string, CarriedState>();
  for (const def of defs) {
    if (def.carried) {
      carried.set(def.name, { def, index: new Map() });
      continue;
    }
    collections.set(def.name, {
      def,
      codec: collectionCodec(def),
      shards: new Map(),
      index: new Map(),
      sortedKeys: null,
      derived: new Map(),
    });
  }
  const teamFile = new DurableJsonFile(paths.teamFile, teamCodec(Team));
  return { teamId, paths, teamFile, team: null, collections, duplicates: [], carried, hosts: new Map() };
}
