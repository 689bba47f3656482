import { resolve } from 'node:path';
import type pg from 'pg';
import { type Logger, silentLogger } from '../../core/logger.ts';
import { type AnyCollectionDef, assertCollectionDefs, teamCollections } from '../collections.ts';
import { isEmptyPlan } from '../commit.ts';
import { TeamNotFoundError } from '../errors.ts';
import { createInFlight } from '../in-flight.ts';
import { createKeyedMutex } from '../keyed-mutex.ts';
import { LockBusyError } from '../process-lock.ts';
import { openTx, runTx } from '../team-tx.ts';
import type { Store, TeamTx, TeamView, TransactOptions, Visit, WakeSpec } from '../types.ts';
import { openPool, unavailable } from './connect.ts';
import { liveRows, type TeamRow, teamRow, verifyAll } from './live-rows.ts';
import { writePlan } from './pg-commit.ts';
import { applyChanges, changesOfRows, decodeTeam, type ItemRow, newPgTeam, type PgTeam } from './pg-state.ts';
import { migrateSchema } from './schema.ts';
import { createTeamCache } from './team-cache.ts';
import { createTeamCounts } from './team-counts.ts';
import { recordWake, teamsToWake } from './wake.ts';

export interface PgStoreOptions {
  /** `postgres://user:password@host:port/database`; undefined: the libpq variables (PGHOST, PGUSER…). */
  readonly url: string | undefined;
  /** The local data folder, for what stays on each machine (see docs/architecture.md). */
  readonly dir: string;
  readonly logger?: Logger;
  readonly collections?: readonly AnyCollectionDef[];
  /** How long a command waits for another process holding the team (default 5 s). */
  readonly lockWaitMs?: number;
  /** Connections of this process (default 10). */
  readonly poolSize?: number;
  /** Apply missing schema steps at open (default true); else a missing step is an error. */
  readonly migrate?: boolean;
  /** Teams kept in memory, least recently used dropped beyond (default `DEFAULT_TEAM_CACHE`). */
  readonly teamCache?: number;
}

/** Teams a replica keeps in memory unless `PROSPECTA_TEAM_CACHE` says otherwise. */
export const DEFAULT_TEAM_CACHE = 200;

/** The PostgreSQL engine: the `Store` contract plus what only it has. */
export interface PgStore extends Store {
  readonly engine: 'postgres';
  readonly pool: pg.Pool;
  /** Teams kept in memory now, and how many times a team was loaded whole since the store opened. */
  cacheStats(): { teams: number; coldLoads: number };
}

const ITEM_COLUMNS = 'collection, id, shard, format, doc';
/** A command already run outside the lock, on `team` at the version it had then. */
interface Guess {
  readonly team: PgTeam;
  readonly run: Awaited<ReturnType<typeof runTx<unknown>>>;
}
/** How a transaction leaves its team in the cache: as in use, or as spare (team-cache.ts). */
type Keep = 'served' | 'spare';
/** Sort memory of a transaction that loads a team whole (see liveRows). */
const COLD_LOAD_WORK_MEM = '64MB';

/** Opens a pool on `url`, checks the server answers and brings its schema up to date. */
export async function openPgStore(options: PgStoreOptions): Promise<PgStore> {
  const logger = options.logger ?? silentLogger;
  const pool = openPool(options.url, options.poolSize ?? 10, logger);
  try {
    if (options.migrate === false) await pool.query('SELECT 1 FROM prospecta_schema LIMIT 1');
    else {
      const { applied, version } = await migrateSchema(pool);
      if (applied > 0) logger.info('store: database schema migrated', { applied, version });
    }
  } catch (err) {
    await pool.end().catch(() => undefined);
    throw unavailable(options.url, err);
  }
  const defs = assertCollectionDefs([...Object.values(teamCollections), ...(options.collections ?? [])]);
  return pgStore(pool, resolve(options.dir), defs, {
    lockWaitMs: options.lockWaitMs ?? 5_000,
    teamCache: options.teamCache ?? DEFAULT_TEAM_CACHE,
    logger,
  });
}

function pgStore(
  pool: pg.Pool,
  dir: string,
  defs: ReadonlyMap<string, AnyCollectionDef>,
  { lockWaitMs, teamCache, logger }: { lockWaitMs: number; teamCache: number; logger: Logger },
): PgStore {
  /** Transactions running or queued in this process, by team: their team is never evicted. */
  const held = createTeamCounts();
  const cache = createTeamCache<PgTeam>(teamCache, held.has);
  let coldLoads = 0;
  const mutex = createKeyedMutex();
  /** Teams with a transaction running in this process: a read then uses the cache as it is. */
  const active = createTeamCounts();
  const { track, close } = createInFlight(dir);

  /**
   * The cached team brought to `row`'s version: the rows changed since the cached version, or all of
   * them (cold, or tombstones it needs were purged). `db` sees one consistent state of the team.
   */
  async function upToDate(
    db: pg.ClientBase,
    teamId: string,
    row: TeamRow | undefined,
    changed?: ItemRow[],
    keep: Keep = 'served',
  ): Promise<PgTeam> {
    if (!row) {
      cache.delete(teamId);
      return newPgTeam(teamId, defs.values());
    }
    const version = Number(row.version);
    let team = cache.peek(teamId);
    if (team && team.version === version) return team;
    try {
      let rows: ItemRow[];
      if (!team || team.version < Number(row.horizon)) {
        team = newPgTeam(teamId, defs.values());
        rows = await liveRows(db, teamId);
        coldLoads++;
        logger.debug('store: team loaded', { teamId, rows: rows.length });
      } else if (changed) rows = changed;
      else {
        rows = (
          await db.query<ItemRow>(
            `SELECT ${ITEM_COLUMNS} FROM items WHERE team = $1 AND version > $2 ORDER BY seq`,
            [teamId, team.version],
          )
        ).rows;
      }
      applyChanges(team.state, changesOfRows(team, rows));
      team.state.team = decodeTeam(teamId, row.doc);
      team.version = version;
      cache.set(teamId, team, keep === 'spare');
      return team;
    } catch (err) {
      cache.delete(teamId);
      throw err;
    }
  }

  /**
   * `body` run with the team to itself in this process (its mutex), the team kept in memory while the
   * transaction is queued or running, and counted as active while it runs.
   */
  async function exclusive<R>(teamId: string, body: () => Promise<unknown>): Promise<R> {
    if (typeof teamId !== 'string' || teamId.length === 0)
      throw new Error('team id must be a non-empty string');
    const release = held.enter(teamId);
    try {
      return (await mutex.run(teamId, async () => {
        const done = active.enter(teamId);
        try {
          return await body();
        } finally {
          done();
        }
      })) as R;
    } finally {
      release();
      cache.trim();
    }
  }

  function transact<R>(teamId: string, fn: (tx: TeamTx) => Promise<R> | R, opts?: TransactOptions) {
    return exclusive<R>(teamId, () => guessed(teamId, fn, opts));
  }

  /**
   * `fn` run on the team as last committed, outside any lock: a read ends there (no lock, no database
   * transaction). Writes are committed under the team's lock, held only for the commit, if no other
   * process committed to the team meanwhile; else `fn` runs again under the lock on the team brought
   * up to date, so commands on a team stay serialized across replicas.
   */
  async function guessed(teamId: string, fn: (tx: TeamTx) => unknown, opts: TransactOptions | undefined) {
    const team = await refreshed(teamId);
    const run = await runTx(team.state, fn, opts?.init);
    if (isEmptyPlan(run.plan)) return run.result;
    return locked(teamId, fn, opts, 'served', undefined, { team, run });
  }

  /**
   * A scheduler's visit: the transaction, its wake-up row written before COMMIT (at the version the
   * commit leaves, the team's own version untouched). A team this process did not have in memory is
   * kept after it as spare (team-cache.ts: only in room no served team uses, the first to go): a
   * scheduler going through the teams with something due must not push the teams this replica
   * serves out of memory, but the schedulers visiting the same teams one after the other share it.
   */
  function visit<R>(teamId: string, wake: WakeSpec, fn: (tx: TeamTx) => Promise<Visit<R>> | Visit<R>) {
    return exclusive<R>(teamId, () => {
      const keep: Keep = cache.peek(teamId) !== undefined ? 'served' : 'spare';
      return locked(teamId, fn, undefined, keep, wake.service);
    });
  }

  /**
   * `fn` holding the team (its mutex here, its advisory lock in the database), committed; `keep`:
   * how the team stays in (or enters) the cache; `wakeOf`: a visit of that scheduler (`fn` returns a
   * `Visit`); `guess`: `fn` already run on `guess.team`, its run committed as is if the team is still at
   * that version.
   */
  async function locked(
    teamId: string,
    fn: (tx: TeamTx) => unknown,
    opts: TransactOptions | undefined,
    keep: Keep,
    wakeOf?: string,
    guess?: Guess,
  ): Promise<unknown> {
    const client = await pool.connect();
    let broken: Error | undefined;
    let committed = false;
    try {
      const lit = client.escapeLiteral(teamId);
      // A visit leaves the cache's order alone: what a scheduler looks at is not thereby in use.
      const cached = wakeOf === undefined ? cache.get(teamId) : cache.peek(teamId);
      // One round trip: the transaction, the team's lock (released by COMMIT or ROLLBACK, or when
      // a dead process's connection closes), the team's version and, for a team cached here, the
      // rows changed since (none unless another replica wrote). A cold load sorts the team's rows
      // by shard: room in memory for it (100k activities spill ~27 MB to disk at the default 4 MB).
      const results = (await client.query(
        `BEGIN; SET LOCAL lock_timeout = ${Math.max(1, Math.round(lockWaitMs))};
         ${cached ? '' : `SET LOCAL work_mem = '${COLD_LOAD_WORK_MEM}';`}
         SELECT pg_advisory_xact_lock(hashtextextended(${lit}, 0));
         SELECT version, horizon, doc FROM teams WHERE team = ${lit};
         ${cached ? `SELECT ${ITEM_COLUMNS} FROM items WHERE team = ${lit} AND version > ${cached.version} ORDER BY seq` : ''}`,
      )) as unknown as pg.QueryResult[];
      const at = cached ? 3 : 4;
      const row = results[at]?.rows[0] as TeamRow | undefined;
      const still = guess !== undefined && Number(row?.version ?? 0) === guess.team.version;
      if (guess && !still) {
        logger.debug('store: another process committed to the team meanwhile; the command runs again', {
          teamId,
          ranOn: guess.team.version,
          now: Number(row?.version ?? 0),
        });
      }
      const team = still
        ? guess.team
        : await upToDate(
            client,
            teamId,
            row,
            cached ? (results[at + 1]?.rows as ItemRow[]) : undefined,
            keep,
          );
      const { result: out, plan, created } = still ? guess.run : await runTx(team.state, fn, opts?.init);
      const woken = wakeOf === undefined ? undefined : (out as Visit<unknown>);
      const result = woken ? woken.result : out;
      if (isEmptyPlan(plan)) {
        if (woken && wakeOf) await recordWake(client, teamId, wakeOf, team.version, woken.wakeAt);
        await client.query('COMMIT');
        return result;
      }
      let written: Awaited<ReturnType<typeof writePlan>>;
      try {
        written = await writePlan(client, team, plan, created);
        if (woken && wakeOf) await recordWake(client, teamId, wakeOf, written.version, woken.wakeAt);
        await client.query('COMMIT');
        committed = true;
      } catch (err) {
        // The outcome of a failed COMMIT is unknown here: the next command reloads the team.
        cache.delete(teamId);
        throw err;
      }
      applyChanges(team.state, written.changes);
      if (written.record) team.state.team = written.record;
      team.version = written.version;
      cache.set(teamId, team, keep === 'spare');
      return result;
    } catch (err) {
      if (!committed) {
        await client.query('ROLLBACK').catch((e: Error) => {
          broken = e;
        });
      }
      if ((err as { code?: string })?.code === '55P03') {
        // Another process held the team past the wait bound: the same busy answer as the embedded store's.
        throw new LockBusyError(`pg_advisory_xact_lock(${teamId})`, lockWaitMs);
      }
      throw err;
    } finally {
      client.release(broken);
    }
  }

  /** The team brought up to date outside any lock, in one consistent snapshot. */
  async function refreshed(teamId: string): Promise<PgTeam> {
    const row = await teamRow(pool, teamId);
    const cached = cache.get(teamId);
    if (!row) {
      cache.delete(teamId);
      return newPgTeam(teamId, defs.values());
    }
    if (cached && cached.version === Number(row.version)) return cached;
    const client = await pool.connect();
    try {
      await client.query(
        `BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY; SET LOCAL work_mem = '${COLD_LOAD_WORK_MEM}'`,
      );
      const team = await upToDate(client, teamId, await teamRow(client, teamId));
      await client.query('COMMIT');
      return team;
    } catch (err) {
      await client.query('ROLLBACK').catch(() => undefined);
      throw err;
    } finally {
      client.release();
    }
  }

  async function read<R>(teamId: string, fn: (view: TeamView) => Promise<R> | R): Promise<R> {
    // A team with a command running here is read as cached: never wait for that command (unless
    // that command is the one loading it).
    const cached = active.has(teamId) ? cache.get(teamId) : undefined;
    const team = cached ?? (await mutex.run(teamId, () => refreshed(teamId)));
    if (!team?.state.team) throw new TeamNotFoundError(teamId);
    const session = openTx(team.state, null);
    try {
      return await fn(session.tx);
    } finally {
      session.close();
    }
  }

  return {
    engine: 'postgres',
    pool,
    dir,
    transact: (teamId, fn, opts) => track(() => transact(teamId, fn, opts)),
    visit: (teamId, wake, fn) => track(() => visit(teamId, wake, fn)),
    teamsToWake: (wake, now) => track(() => teamsToWake(pool, wake, now)),
    cacheStats: () => ({ teams: cache.size, coldLoads }),
    read: (teamId, fn) => track(() => read(teamId, fn)),
    listTeams: () =>
      track(async () => {
        const { rows } = await pool.query<{ team: string }>('SELECT team FROM teams');
        return rows.map((r) => r.team).sort();
      }),
    verifyAll: () => track(() => verifyAll(pool, defs, logger)),
    async close() {
      if (!(await close())) return;
      cache.clear();
      await pool.end();
    },
  };
}
