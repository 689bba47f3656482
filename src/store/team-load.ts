import { readdirSync } from 'node:fs';
import { readdir, unlink } from 'node:fs/promises';
import { join } from 'node:path';
import { sameStamp, statStampSync, TEMP_SUFFIX } from './atomic-fs.ts';
import { attachHost, detachHost, hostKeyOf, readHost, TEAM_HOST } from './carried.ts';
import type { AnyCollectionDef } from './collections.ts';
import { StoreCorruptError } from './errors.ts';
import type { TeamPaths } from './team-folder.ts';
import {
  type CollectionState,
  dropShard,
  emptyTeamState,
  type Item,
  installShard,
  openShard,
  type Shard,
  sortedShardKeys,
  type TeamState,
} from './team-state.ts';

const SHARD_FILE = /^([0-9A-Za-z_-]{1,40})\.json$/;

async function readShard(state: TeamState, col: CollectionState, key: string): Promise<Shard> {
  const shard = openShard(state, col, key);
  await shard.db.read();
  shard.host = readHost(state, hostKeyOf(col.def, key), shard.file.carried, shard.file.file);
  const items = shard.db.data;
  for (let i = 0; i < items.length; i++) {
    const item = items[i] as Item;
    if (shard.byId.has(item.id)) {
      throw new StoreCorruptError(shard.file.file, `item ${i}: id ${JSON.stringify(item.id)} appears twice`);
    }
    shard.byId.set(item.id, item);
  }
  return shard;
}

/** Shard keys present on disk, from the file names of the collection's folder. */
async function shardKeysOnDisk(state: TeamState, col: CollectionState): Promise<string[]> {
  if (!col.def.shardOf) return [''];
  let names: string[];
  try {
    names = await readdir(join(state.paths.dir, col.def.name));
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') return [];
    throw err;
  }
  // `*.tmp` leftovers of a crashed write do not match and stay where they are.
  return names.flatMap((name) => SHARD_FILE.exec(name)?.[1] ?? []);
}

/** Same as shardKeysOnDisk, synchronously, for the refresh check before each command. */
function shardKeysOnDiskSync(state: TeamState, col: CollectionState): string[] {
  if (!col.def.shardOf) return [''];
  let names: string[];
  try {
    names = readdirSync(join(state.paths.dir, col.def.name));
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') return [];
    throw err;
  }
  return names.flatMap((name) => SHARD_FILE.exec(name)?.[1] ?? []);
}

async function readTeam(state: TeamState): Promise<void> {
  const team = await state.teamFile.read();
  if (team !== null && team.id !== state.teamId) {
    throw new StoreCorruptError(
      state.teamFile.file,
      `holds team ${JSON.stringify(team.id)}, expected ${JSON.stringify(state.teamId)}`,
    );
  }
  const host = readHost(state, TEAM_HOST, state.teamFile.carried, state.teamFile.file);
  state.team = team;
  detachHost(state, TEAM_HOST);
  attachHost(state, host);
}

/** Reads team.json and every shard of every registered collection. */
export async function loadTeamState(
  teamId: string,
  paths: TeamPaths,
  defs: Iterable<AnyCollectionDef>,
): Promise<TeamState> {
  const state = emptyTeamState(teamId, paths, defs);
  await readTeam(state);
  const cols = [...state.collections.values()];
  const loaded = await Promise.all(
    cols.map(async (col) => {
      const keys = await shardKeysOnDisk(state, col);
      return Promise.all(keys.map((key) => readShard(state, col, key)));
    }),
  );
  cols.forEach((col, i) => {
    for (const shard of loaded[i] ?? []) installShard(state, col, shard);
  });
  return state;
}

/** Reloads what another process changed since we last read or wrote: changed, new and vanished files. */
export async function refreshTeamState(state: TeamState): Promise<void> {
  const teamStamp = statStampSync(state.teamFile.file);
  if (!sameStamp(teamStamp, state.teamFile.stamp)) await readTeam(state);
  await Promise.all(
    [...state.collections.values()].map(async (col) => {
      const onDisk = shardKeysOnDiskSync(state, col);
      const changed = (
        await Promise.all(
          onDisk.map(async (key) => {
            const cached = col.shards.get(key);
            if (cached && sameStamp(statStampSync(cached.file.file), cached.file.stamp)) return null;
            return readShard(state, col, key);
          }),
        )
      ).filter((shard): shard is Shard => shard !== null);
      const present = new Set(onDisk);
      for (const key of [...col.shards.keys()]) if (!present.has(key)) dropShard(state, col, key);
      for (const shard of changed) dropShard(state, col, shard.key);
      for (const shard of changed) installShard(state, col, shard);
    }),
  );
}

/**
 * An id in two shards is what a crash leaves mid-way through moving an item; once the journal is
 * replayed it must be gone, otherwise the data is corrupt. The index is rebuilt to be safe.
 */
export function settleDuplicates(state: TeamState): void {
  if (state.duplicates.length === 0) return;
  const cols = new Set<CollectionState>();
  for (const dup of state.duplicates) {
    let copies = 0;
    for (const shard of dup.col.shards.values()) if (shard.byId.has(dup.id)) copies++;
    if (copies > 1) {
      throw new StoreCorruptError(
        dup.file,
        `id ${JSON.stringify(dup.id)} is also in another ${dup.col.def.name} file`,
      );
    }
    cols.add(dup.col);
  }
  state.duplicates = [];
  for (const col of cols) {
    col.index.clear();
    for (const key of sortedShardKeys(col)) {
      for (const id of col.shards.get(key)?.byId.keys() ?? []) col.index.set(id, key);
    }
  }
}

/**
 * Deletes the temp files of writes that never finished (a crash before their rename or journal).
 * Only with the team's lock held and no journal pending: then no temp file can still be needed.
 */
export async function sweepTempFiles(state: TeamState): Promise<number> {
  const dirs = [state.paths.dir];
  for (const col of state.collections.values())
    if (col.def.shardOf) dirs.push(join(state.paths.dir, col.def.name));
  let removed = 0;
  for (const dir of dirs) {
    const names = await readdir(dir).catch(() => [] as string[]);
    for (const name of names) {
      if (!TEMP_SUFFIX.test(name) || !name.includes('.json.')) continue;
      await unlink(join(dir, name)).catch(() => undefined);
      removed++;
    }
  }
  return removed;
}
