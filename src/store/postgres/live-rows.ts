import type pg from 'pg';
import type { Logger } from '../../core/logger.ts';
import type { AnyCollectionDef } from '../collections.ts';
import { changesOfRows, decodeTeam, type ItemRow, newPgTeam } from './pg-state.ts';

/** A team's row as read: its version, its tombstone horizon, its record. */
export interface TeamRow {
  version: string;
  horizon: string;
  doc: unknown;
}

/** The team's row, undefined for a team not in the database. */
export async function teamRow(db: pg.Pool | pg.ClientBase, teamId: string): Promise<TeamRow | undefined> {
  const { rows } = await db.query<TeamRow>('SELECT version, horizon, doc FROM teams WHERE team = $1', [
    teamId,
  ]);
  return rows[0];
}

/**
 * Every live row of a team, in `seq` order within each shard: one row a shard, its documents joined
 * into one JSON array text, parsed at once (twice as fast as a row a document, measured on 100k
 * activities: most of a cold load is decoding rows).
 */
export async function liveRows(db: pg.ClientBase, teamId: string): Promise<ItemRow[]> {
  const { rows } = await db.query<{
    collection: string;
    shard: string;
    ids: string[];
    formats: number[];
    docs: string;
  }>(
    `SELECT collection, shard, array_agg(id ORDER BY seq) AS ids, array_agg(format ORDER BY seq) AS formats,
            '[' || string_agg(doc::text, ',' ORDER BY seq) || ']' AS docs
     FROM items WHERE team = $1 AND doc IS NOT NULL GROUP BY collection, shard`,
    [teamId],
  );
  const out: ItemRow[] = [];
  for (const group of rows) {
    const docs = JSON.parse(group.docs) as unknown[];
    group.ids.forEach((id, i) => {
      out.push({
        collection: group.collection,
        id,
        shard: group.shard,
        format: group.formats[i] ?? 0,
        doc: docs[i],
      });
    });
  }
  return out;
}

/** Reads and validates every team's rows, as a cold load would, in one snapshot a team. */
export async function verifyAll(
  pool: pg.Pool,
  defs: ReadonlyMap<string, AnyCollectionDef>,
  logger: Logger,
): Promise<{ teams: number; files: number }> {
  const { rows } = await pool.query<{ team: string }>('SELECT team FROM teams');
  let rowsRead = 0;
  for (const { team: teamId } of rows) {
    const client = await pool.connect();
    try {
      await client.query('BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY');
      const row = await teamRow(client, teamId);
      const items = await liveRows(client, teamId);
      await client.query('COMMIT');
      const team = newPgTeam(teamId, defs.values());
      decodeTeam(teamId, row?.doc);
      changesOfRows(team, items);
      rowsRead += 1 + items.length;
    } catch (err) {
      await client.query('ROLLBACK').catch(() => undefined);
      throw err;
    } finally {
      client.release();
    }
  }
  logger.debug('store: verified', { teams: rows.length, rows: rowsRead });
  return { teams: rows.length, files: rowsRead };
}
