import { mkdir, readdir } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { type Logger, silentLogger } from '../core/logger.ts';
import { type AnyCollectionDef, assertCollectionDefs, teamCollections } from './collections.ts';
import { createInFlight } from './in-flight.ts';
import { TEAM_FOLDER, teamFolderName, teamPaths } from './team-folder.ts';
import { createTeamStore } from './team-store.ts';
import type { Store } from './types.ts';
import { shouldWake, writeWake } from './wake-file.ts';

export interface StoreOptions {
  /** The data folder; teams live in `<dir>/teams/<folder>/`. */
  readonly dir: string;
  readonly logger?: Logger;
  /** Collections of later features, registered on top of the core `teamCollections`. */
  readonly collections?: readonly AnyCollectionDef[];
  /** How long a command waits for another process holding the team (default 5 s). */
  readonly lockWaitMs?: number;
  /** After this long without a refresh, a lock is deemed left by a dead process (default 10 s). */
  readonly lockStaleMs?: number;
}

/** Opens (creating if needed) the data folder `dir`. */
export async function openStore(options: StoreOptions): Promise<Store> {
  const dir = resolve(options.dir);
  const teamsDir = join(dir, 'teams');
  await mkdir(teamsDir, { recursive: true });
  const logger = options.logger ?? silentLogger;
  const teams = createTeamStore({
    teamsDir,
    collections: assertCollectionDefs([...Object.values(teamCollections), ...(options.collections ?? [])]),
    lock: { waitMs: options.lockWaitMs ?? 5_000, staleMs: options.lockStaleMs ?? 10_000, logger },
    logger,
  });
  const { track, close } = createInFlight(dir);

  async function teamFolders(): Promise<string[]> {
    const entries = await readdir(teamsDir, { withFileTypes: true });
    return entries
      .filter((e) => e.isDirectory() && TEAM_FOLDER.test(e.name))
      .map((e) => e.name)
      .sort();
  }

  async function listTeams(): Promise<string[]> {
    const ids = await Promise.all((await teamFolders()).map((f) => teams.teamIdOf(teamPaths(teamsDir, f))));
    return ids.filter((id): id is string => id !== null).sort();
  }

  return {
    dir,
    transact: (teamId, fn, opts) => track(() => teams.transact(teamId, fn, opts)),
    visit: (teamId, wake, fn) =>
      track(async () => {
        const visited = await teams.transact(teamId, fn, undefined, (paths, v) =>
          writeWake(dir, paths, teamId, wake, v.wakeAt),
        );
        return visited.result;
      }),
    teamsToWake: (wake, now) =>
      track(async () => {
        const due: string[] = [];
        for (const teamId of await listTeams()) {
          if (await shouldWake(dir, teamPaths(teamsDir, teamFolderName(teamId)), wake, now)) due.push(teamId);
        }
        return due;
      }),
    read: (teamId, fn) => track(() => teams.read(teamId, fn)),
    listTeams: () => track(listTeams),
    verifyAll: () =>
      track(async () => {
        let teamCount = 0;
        let files = 0;
        for (const folder of await teamFolders()) {
          const n = await teams.verifyFolder(folder);
          if (n === null) continue;
          teamCount++;
          files += n;
        }
        return { teams: teamCount, files };
      }),
    async close() {
      await close();
      teams.clear();
    },
  };
}
