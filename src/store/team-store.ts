import type { Logger } from '../core/logger.ts';
import { Team } from '../domain/entities.ts';
import { teamCodec } from './codecs.ts';
import type { AnyCollectionDef } from './collections.ts';
import { applyPlan, isEmptyPlan } from './commit.ts';
import { DurableJsonFile } from './durable-file.ts';
import { TeamNotFoundError } from './errors.ts';
import { journalFile, journalHasTeam } from './journal.ts';
import { checkJournal, replayJournal } from './journal-replay.ts';
import { createKeyedMutex } from './keyed-mutex.ts';
import { createProcessLocks, type HeldLock, type ProcessLockOptions } from './process-lock.ts';
import { type TeamPaths, teamFolderName, teamPaths } from './team-folder.ts';
import { loadTeamState, refreshTeamState, settleDuplicates, sweepTempFiles } from './team-load.ts';
import type { TeamState } from './team-state.ts';
import { openTx, runTx } from './team-tx.ts';
import type { TeamTx, TeamView, TransactOptions } from './types.ts';

export interface TeamStoreDeps {
  readonly teamsDir: string;
  readonly collections: ReadonlyMap<string, AnyCollectionDef>;
  readonly lock: ProcessLockOptions;
  readonly logger: Logger;
}

/** Per-team transactions over a cache of loaded teams, keyed by team folder. */
export function createTeamStore(deps: TeamStoreDeps) {
  const cache = new Map<string, TeamState>();
  const mutex = createKeyedMutex();
  const locks = createProcessLocks(deps.lock);
  const defs = () => deps.collections.values();
  /** Commits being written to disk and to the cache, by team folder: a read waits for them, not for the lock. */
  const committing = new Map<string, Promise<void>>();

  /** Exclusive access to one team folder: in this process first, then across processes. */
  const withTeam = <R>(paths: TeamPaths, fn: (lock: HeldLock) => Promise<R>): Promise<R> =>
    mutex.run(paths.folder, () => locks.run(paths.dir, fn));

  /** The team as it is on disk now: cached and refreshed, or loaded; an interrupted commit is finished. */
  async function freshState(teamId: string, paths: TeamPaths): Promise<TeamState> {
    let state = cache.get(paths.folder);
    try {
      const cold = !state;
      if (state) await refreshTeamState(state);
      else {
        state = await loadTeamState(teamId, paths, defs());
        deps.logger.debug('store: team loaded', { teamId });
      }
      if (await replayJournal(state)) {
        deps.logger.warn('store: finished an interrupted commit', { teamId, journal: paths.journalFile });
      }
      if (cold) {
        const swept = await sweepTempFiles(state);
        if (swept > 0)
          deps.logger.warn('store: removed temp files of interrupted writes', { teamId, files: swept });
      }
      settleDuplicates(state);
    } catch (err) {
      cache.delete(paths.folder);
      throw err;
    }
    if (state.team) cache.set(paths.folder, state);
    else cache.delete(paths.folder);
    return state;
  }

  /** `after` runs holding the team's lock once the commit is on disk (a scheduler's wake-up record). */
  async function transact<R>(
    teamId: string,
    fn: (tx: TeamTx) => Promise<R> | R,
    opts?: TransactOptions,
    after?: (paths: TeamPaths, result: R) => Promise<void>,
  ) {
    const paths = teamPaths(deps.teamsDir, teamFolderName(teamId));
    return withTeam(paths, async (lock) => {
      const state = await freshState(teamId, paths);
      const { result, plan } = await runTx(state, fn, opts?.init);
      if (!isEmptyPlan(plan)) {
        lock.assertHeld();
        const applied = applyPlan(state, plan);
        committing.set(
          paths.folder,
          applied.then(
            () => undefined,
            () => undefined,
          ),
        );
        try {
          await applied;
          cache.set(paths.folder, state);
        } catch (err) {
          // Disk may be half-way (the journal finishes it); reload from disk next time.
          cache.delete(paths.folder);
          throw err;
        } finally {
          committing.delete(paths.folder);
        }
      }
      await after?.(paths, result);
      return result;
    });
  }

  /**
   * `fn` over the team's last committed state, without its exclusive lock: a read does not wait
   * for a command in progress (only for a commit being applied). A team not loaded yet is loaded
   * once under the lock, as a transaction would.
   */
  async function read<R>(teamId: string, fn: (view: TeamView) => Promise<R> | R): Promise<R> {
    const paths = teamPaths(deps.teamsDir, teamFolderName(teamId));
    if (!cache.has(paths.folder)) await withTeam(paths, () => freshState(teamId, paths));
    for (let pending = committing.get(paths.folder); pending; pending = committing.get(paths.folder))
      await pending;
    const state = cache.get(paths.folder);
    if (!state?.team) throw new TeamNotFoundError(teamId);
    const session = openTx(state, null);
    try {
      return await fn(session.tx);
    } finally {
      session.close();
    }
  }

  /** The team id of a folder, from team.json or, for a team whose creation was interrupted, the journal. */
  async function teamIdOf(paths: TeamPaths): Promise<string | null> {
    const team = await new DurableJsonFile(paths.teamFile, teamCodec(Team)).read();
    if (team) return team.id;
    const journal = await journalFile(paths.journalFile).read();
    return journal && journalHasTeam(journal) ? journal.teamId : null;
  }

  /** Reads and validates every file of one team folder without caching it; the number of files, or null if no team. */
  function verifyFolder(folder: string): Promise<number | null> {
    const paths = teamPaths(deps.teamsDir, folder);
    return withTeam(paths, async () => {
      const teamId = await teamIdOf(paths);
      if (teamId === null) return null;
      const state = await loadTeamState(teamId, paths, defs());
      const journaled = await checkJournal(state);
      // With a journal pending, an id in two shards may be a move it will finish; without, it is corrupt.
      if (!journaled) settleDuplicates(state);
      let files = (state.teamFile.stamp ? 1 : 0) + (journaled ? 1 : 0);
      for (const col of state.collections.values()) {
        for (const shard of col.shards.values()) if (shard.file.stamp) files++;
      }
      return files;
    });
  }

  return { transact, read, teamIdOf, verifyFolder, clear: () => cache.clear() };
}
