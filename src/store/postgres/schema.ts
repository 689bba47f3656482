import type pg from 'pg';
import { silentLogger } from '../../core/logger.ts';
import { openPool, unavailable } from './connect.ts';

/**
 * The database schema, as numbered steps applied once each, in order, recorded in
 * `prospecta_schema`. A released step is never edited: a change is a new step at the end.
 * Layout and its reasons: docs/architecture.md, "PostgreSQL store".
 */
export const SCHEMA_STEPS: readonly string[] = [
  // 1: teams and the items of every collection, one JSON document a row.
  `CREATE TABLE teams (
     team    text PRIMARY KEY,
     version bigint NOT NULL,
     horizon bigint NOT NULL DEFAULT 0,
     doc     json NOT NULL,
     updated_at timestamptz NOT NULL DEFAULT now()
   );
   CREATE TABLE items (
     team       text NOT NULL,
     collection text NOT NULL,
     id         text NOT NULL,
     shard      text NOT NULL,
     seq        bigint NOT NULL,
     version    bigint NOT NULL,
     format     integer NOT NULL,
     doc        json,
     PRIMARY KEY (team, collection, id)
   );
   CREATE INDEX items_changes ON items (team, version);
   CREATE INDEX items_shards ON items (team, collection, shard, seq) WHERE doc IS NOT NULL;
   CREATE TABLE settings (
     name  text PRIMARY KEY,
     value text NOT NULL
   );`,
  // 2: short-lived images (Teams charts) any replica serves by URL, whichever one rendered them.
  `CREATE TABLE shared_images (
     id         text PRIMARY KEY,
     png        bytea NOT NULL,
     size       integer NOT NULL,
     expires_at timestamptz NOT NULL
   );
   CREATE INDEX shared_images_expiry ON shared_images (expires_at);`,
  // 3: when each background scheduler next needs each team (wake.ts): a row is valid for the team
  // version it was computed from; written beside a commit, never bumping that version.
  `CREATE TABLE wakes (
     service text NOT NULL,
     team    text NOT NULL REFERENCES teams (team) ON DELETE CASCADE,
     version bigint NOT NULL,
     wake_at timestamptz,
     PRIMARY KEY (service, team)
   );
   CREATE INDEX wakes_due ON wakes (service, wake_at);`,
  // 4: a wake-up row holds for changes its scheduler does not watch (wake.ts): the team record's
  // digest, to tell its changes from the items' (which `items.version` dates).
  `ALTER TABLE wakes ADD COLUMN team_hash text;`,
];

/** Arbitrary fixed key of the advisory lock that serializes schema changes across processes. */
const SCHEMA_LOCK = 7_362_001;

/** Applies the steps this database lacks; returns how many were applied. Safe to run from several processes at once. */
export async function migrateSchema(pool: pg.Pool): Promise<{ applied: number; version: number }> {
  const client = await pool.connect();
  try {
    await client.query('BEGIN');
    await client.query('SELECT pg_advisory_xact_lock($1)', [SCHEMA_LOCK]);
    await client.query(
      `CREATE TABLE IF NOT EXISTS prospecta_schema (
         version integer PRIMARY KEY,
         applied_at timestamptz NOT NULL DEFAULT now()
       )`,
    );
    const { rows } = await client.query<{ v: number | null }>(
      'SELECT max(version) AS v FROM prospecta_schema',
    );
    const current = rows[0]?.v ?? 0;
    if (current > SCHEMA_STEPS.length) {
      throw new Error(
        `database schema version ${current} is newer than this program supports (${SCHEMA_STEPS.length}); upgrade Prospecta`,
      );
    }
    for (let v = current + 1; v <= SCHEMA_STEPS.length; v++) {
      await client.query(SCHEMA_STEPS[v - 1] as string);
      await client.query('INSERT INTO prospecta_schema (version) VALUES ($1)', [v]);
    }
    await client.query('COMMIT');
    return { applied: SCHEMA_STEPS.length - current, version: SCHEMA_STEPS.length };
  } catch (err) {
    await client.query('ROLLBACK').catch(() => undefined);
    throw err;
  } finally {
    client.release();
  }
}

/**
 * The database's schema version, one indexed read: the version this program was written for, or an
 * error saying what to do (older: `prospecta store migrate`; newer: upgrade Prospecta).
 */
export async function checkSchema(db: pg.Pool | pg.ClientBase): Promise<number> {
  const { rows } = await db.query<{ v: number | null }>('SELECT max(version) AS v FROM prospecta_schema');
  const current = rows[0]?.v ?? 0;
  if (current === SCHEMA_STEPS.length) return current;
  throw new Error(
    current > SCHEMA_STEPS.length
      ? `database schema version ${current} is newer than this program supports (${SCHEMA_STEPS.length}); upgrade Prospecta`
      : `database schema version ${current} is older than this program's (${SCHEMA_STEPS.length}); run \`prospecta store migrate\``,
  );
}

/** `prospecta store migrate`: brings the database at `url` (else the libpq variables) to this program's schema. */
export async function migrateDatabase(
  url: string | undefined,
): Promise<{ applied: number; version: number }> {
  const pool = openPool(url, 1, silentLogger);
  try {
    return await migrateSchema(pool);
  } catch (err) {
    throw unavailable(url, err);
  } finally {
    await pool.end().catch(() => undefined);
  }
}
