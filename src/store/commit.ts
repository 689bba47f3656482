import { rename, unlink } from 'node:fs/promises';
import { dirname, join, relative, sep } from 'node:path';
import type { Team } from '../domain/entities.ts';
import {
  ensureDirs,
  type FileStamp,
  type FileText,
  fsyncDirs,
  type StagedFile,
  unlinkDurable,
} from './atomic-fs.ts';
import { attachHost, detachHost, type HostKey, hostKeyOf, sectionOf, TEAM_HOST } from './carried.ts';
import { type CarriedChange, type CarriedPlan, planCarried, staleHosts } from './carried-commit.ts';
import { applyDerived } from './derived.ts';
import type { DurableJsonFile } from './durable-file.ts';
import { type JournalRename, journalFile } from './journal.ts';
import {
  type CollectionState,
  type Item,
  installShard,
  openShard,
  type Shard,
  type TeamState,
} from './team-state.ts';

/** The new content of one file, as changes on top of what is cached. */
export interface FileChange {
  readonly col: CollectionState;
  readonly shard: string;
  readonly upserts: Item[];
  readonly removes: string[];
}

/** Everything one commit writes. */
export interface CommitPlan {
  readonly team: Team | null;
  readonly changes: FileChange[];
  /** Changes of carried collections (carried.ts): they ride in the files the commit writes. */
  readonly carried: CarriedChange[];
}

export const isEmptyPlan = (plan: CommitPlan): boolean =>
  plan.team === null && plan.changes.length === 0 && plan.carried.length === 0;

/** How many files of one commit are encoded and written at once: a few, so that a commit of 48 big
 * shards holds a few of their texts in memory, not all of them, while small commits overlap fsyncs. */
const STAGING_PARALLELISM = 4;

async function eachLimited<T>(items: readonly T[], limit: number, fn: (item: T, i: number) => Promise<void>) {
  let next = 0;
  const lane = async () => {
    while (next < items.length) {
      const i = next++;
      await fn(items[i] as T, i);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, lane));
}

/** A path inside the team folder as the journal writes it (relative, with `/`). */
const inTeam = (state: TeamState, file: string) => relative(state.paths.dir, file).split(sep).join('/');

/** Renames each staged file over its target (a missing temp file was renamed already), durably. */
export async function renameAll(dir: string, renames: readonly JournalRename[], tolerateMissing: boolean) {
  const dirs: string[] = [];
  for (const r of renames) {
    const to = join(dir, r.to);
    try {
      await rename(join(dir, r.from), to);
    } catch (err) {
      if (!(tolerateMissing && (err as NodeJS.ErrnoException).code === 'ENOENT')) throw err;
    }
    dirs.push(dirname(to));
  }
  await fsyncDirs(dirs);
}

/** One file of a commit, with the two ways to write it. */
interface FileWrite {
  /** The file's path. */
  readonly file: string;
  /** Writes it atomically by itself (a commit of one file). */
  write(): Promise<void>;
  /** Writes it beside its target for `commitFiles`, in a folder made already. */
  stage(): Promise<StagedFile>;
  /** Once it is current on disk, with the stamp it has there. */
  done(stamp: FileStamp | null): void;
}

function fileWrite<T>(
  file: DurableJsonFile<T>,
  data: T,
  carried: FileText | undefined,
  then: () => void,
): FileWrite {
  return {
    file: file.file,
    write: () => file.write(data, carried),
    stage: () => file.stage(data, carried, true),
    done(stamp) {
      if (stamp) file.stamp = stamp;
      then();
    },
  };
}

/**
 * A commit touching several files: each new file staged (written and fsynced under a temp name),
 * then the journal listing the renames, then the renames, then the journal removed. A crash before
 * the journal is on disk leaves every old file; after it, the next load finishes the renames.
 */
async function commitFiles(state: TeamState, writes: readonly FileWrite[]): Promise<void> {
  const staged: StagedFile[] = [];
  let renames: JournalRename[] = [];
  try {
    await ensureDirs(writes.map((w) => dirname(w.file)));
    await eachLimited(writes, STAGING_PARALLELISM, async (w, i) => {
      staged[i] = await w.stage();
    });
    // The temp files' directory entries must be durable before a journal points at them.
    await fsyncDirs(staged.map((f) => dirname(f.tmp)));
    renames = staged.map((f) => ({ from: inTeam(state, f.tmp), to: inTeam(state, f.file) }));
    await journalFile(state.paths.journalFile).write({ version: 2, teamId: state.teamId, renames });
  } catch (err) {
    // Nothing was renamed: without the journal and its temp files, the old files stand whole.
    await unlink(state.paths.journalFile).catch(() => undefined);
    await Promise.all(staged.map((f) => f?.tmp && unlink(f.tmp).catch(() => undefined)));
    throw err;
  }
  await renameAll(state.paths.dir, renames, false);
  // A journal left behind after later commits would replay stale renames, so its removal is durable.
  await unlinkDurable(state.paths.journalFile);
  writes.forEach((w, i) => {
    w.done((staged[i] as StagedFile).stamp);
  });
}

/** The changes of `plan` plus a rewrite of each file written only for its carried items. */
function withCarriedFiles(state: TeamState, plan: CommitPlan) {
  const written: HostKey[] = plan.changes.map((c) => hostKeyOf(c.col.def, c.shard));
  if (plan.team) written.push(TEAM_HOST);
  const carried = planCarried(state, written, plan.carried);
  const changes = [...plan.changes];
  let team = plan.team;
  for (const key of carried.extra) {
    if (key === TEAM_HOST) team = state.team;
    else {
      const [name, shard = ''] = key.split('/') as [string, string | undefined];
      changes.push({ col: state.collections.get(name) as CollectionState, shard, upserts: [], removes: [] });
    }
  }
  return { changes, team, carried };
}

/**
 * Writes a plan: one file atomically, or several behind a journal. Memory is updated only once every
 * file is on disk; if this throws, the caller must drop the cached state (disk may be half-way, with
 * the journal to finish it on the next load).
 */
export async function applyPlan(state: TeamState, plan: CommitPlan, replaying = false): Promise<void> {
  const { changes, team, carried } = withCarriedFiles(state, plan);
  const carriedOf = (key: HostKey) => {
    const write = carried.hosts.get(key);
    return write ? write.section : sectionOf(state, state.hosts.get(key));
  };
  const prepared = changes.map((change) => {
    const current = change.col.shards.get(change.shard);
    const shard: Shard = current ?? openShard(state, change.col, change.shard);
    if (current && change.upserts.length === 0 && change.removes.length === 0) {
      // Written for its carried items only: the same items, the same (cached) text.
      return { change, shard, byId: current.byId, data: current.db.data };
    }
    // Logging new items is most commits: then the cached map grows in place once written, and the
    // codec extends the shard's text instead of re-encoding it.
    const appendOnly =
      current !== undefined &&
      change.removes.length === 0 &&
      change.upserts.every((u) => !current.byId.has(u.id));
    if (appendOnly) {
      return { change, shard, byId: null, data: change.col.codec.append(current.db.data, change.upserts) };
    }
    const byId = new Map(current?.byId);
    for (const id of change.removes) byId.delete(id);
    for (const item of change.upserts) byId.set(item.id, item);
    return { change, shard, byId, data: [...byId.values()] };
  });
  const writes = prepared.map(({ change, shard, data }) =>
    fileWrite(shard.file, data, carriedOf(hostKeyOf(change.col.def, change.shard)), () => {
      shard.db.data = data;
    }),
  );
  if (team) writes.push(fileWrite(state.teamFile, team, carriedOf(TEAM_HOST), () => undefined));
  if (writes.length > 1 && !replaying) await commitFiles(state, writes);
  else {
    // One file is atomic by itself; a version-1 journal being replayed is the safety net of the rest.
    for (const w of writes) {
      await w.write();
      w.done(null);
    }
    if (replaying) await unlinkDurable(state.paths.journalFile);
  }

  for (const { change, shard, byId } of prepared) {
    const { col } = change;
    if (byId === null) for (const item of change.upserts) shard.byId.set(item.id, item);
    else shard.byId = byId;
    if (col.shards.get(change.shard) !== shard) installShard(state, col, shard);
    for (const id of change.removes) if (col.index.get(id) === change.shard) col.index.delete(id);
    for (const item of change.upserts) col.index.set(item.id, change.shard);
  }
  applyDerived(changes);
  if (team) state.team = team;
  for (const write of carried.hosts.values()) write.install();
  await sweepExpired(state, carried);
}

/**
 * Rewrites each file whose carried items have all expired, one atomic file at a time. The commit is
 * already durable: a failure here only leaves the expired items for a later commit to drop.
 */
async function sweepExpired(state: TeamState, carried: CarriedPlan): Promise<void> {
  for (const host of staleHosts(state, carried)) {
    const kept = host.foreign;
    const next = Object.keys(kept).length > 0 ? { key: host.key, items: new Map(), foreign: kept } : null;
    try {
      if (host.key === TEAM_HOST) {
        if (!state.team) continue;
        await state.teamFile.write(state.team, sectionOf(state, next));
      } else {
        const [name, key = ''] = host.key.split('/') as [string, string | undefined];
        const shard = state.collections.get(name)?.shards.get(key);
        if (!shard) continue;
        await shard.file.write(shard.db.data, sectionOf(state, next));
      }
    } catch {
      continue;
    }
    detachHost(state, host.key);
    attachHost(state, next);
  }
}
