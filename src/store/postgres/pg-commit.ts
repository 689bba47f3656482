import type pg from 'pg';
import type { Team } from '../../domain/entities.ts';
import { cutoffOf, expiredCount, recordedAt } from '../carried.ts';
import type { AnyCollectionDef } from '../collections.ts';
import type { CommitPlan } from '../commit.ts';
import type { Item } from '../team-state.ts';
import { noChanges, type PgTeam, type StateChanges } from './pg-state.ts';

/**
 * Row order within a shard is `seq`: `version * SEQ_SPAN + position in the commit`, so rows of a
 * later commit sort after those of an earlier one with no shared counter to contend on.
 */
const SEQ_SPAN = 10_000_000;

/** Tombstones (removed items) older than this many versions are purged; a replica further behind reloads the team. */
export const TOMBSTONE_KEEP = 256;

interface Rows {
  collection: string[];
  id: string[];
  shard: string[];
  format: number[];
  doc: string[];
}

/**
 * A commit's writes in one statement (one round trip): items upserted, removed ones turned into
 * tombstones, the team's version bumped. Data-modifying CTEs all run, on disjoint rows (a moved
 * item is upserted, not removed).
 */
const WRITE = `
  WITH upserted AS (
    INSERT INTO items (team, collection, id, shard, seq, version, format, doc)
    SELECT $1, u.c, u.i, u.s, $2::bigint * ${SEQ_SPAN} + u.o, $2, u.f, u.d::json
    FROM unnest($3::text[], $4::text[], $5::text[], $6::int[], $7::text[]) WITH ORDINALITY AS u(c, i, s, f, d, o)
    ON CONFLICT (team, collection, id) DO UPDATE SET
      seq = CASE WHEN items.doc IS NOT NULL AND items.shard = excluded.shard THEN items.seq ELSE excluded.seq END,
      shard = excluded.shard, version = excluded.version, format = excluded.format, doc = excluded.doc
  ), removed AS (
    UPDATE items SET doc = NULL, version = $2
    WHERE team = $1 AND (collection, id) IN (SELECT * FROM unnest($8::text[], $9::text[])) AND doc IS NOT NULL
  ), bumped AS (
    UPDATE teams SET version = $2, doc = COALESCE($10::json, doc), updated_at = now() WHERE team = $1
  )
  SELECT 1`;

/**
 * Writes a transaction's plan inside the caller's SQL transaction (the team's advisory lock held,
 * the state current): items upserted, removed ones turned into tombstones, the team's version
 * bumped. Returns the changes to apply to the cached state once COMMIT succeeded.
 */
export async function writePlan(
  client: pg.ClientBase,
  team: PgTeam,
  plan: CommitPlan,
  created: boolean,
): Promise<{ changes: StateChanges; version: number; record: Team | null }> {
  const { state } = team;
  const version = team.version + 1;
  const changes = noChanges();
  const rows: Rows = { collection: [], id: [], shard: [], format: [], doc: [] };
  const gone: { collection: string[]; id: string[] } = { collection: [], id: [] };
  const put = (def: AnyCollectionDef, item: Item, shard: string) => {
    rows.collection.push(def.name);
    rows.id.push(item.id);
    rows.shard.push(shard);
    rows.format.push(def.version);
    // Byte blocks (a binary layout, see types.ts) are kept as the JSON document the layout gives.
    rows.doc.push(JSON.stringify(def.binary ? def.binary.toJson(item) : item));
  };
  const remove = (collection: string, id: string) => {
    gone.collection.push(collection);
    gone.id.push(id);
  };

  // A move appears as a remove in the old shard: the upsert in the new one moves the row.
  const upserted = new Set<string>();
  for (const change of plan.changes)
    for (const item of change.upserts) upserted.add(`${change.col.def.name}\u0000${item.id}`);
  for (const change of plan.changes) {
    const { col } = change;
    for (const item of change.upserts) put(col.def, item, change.shard);
    const list = changes.puts.get(col) ?? [];
    for (const item of change.upserts) list.push({ item, shard: change.shard });
    if (list.length > 0) changes.puts.set(col, list);
    const removes = changes.removes.get(col) ?? [];
    for (const id of change.removes) {
      removes.push(id);
      if (!upserted.has(`${col.def.name}\u0000${id}`)) remove(col.def.name, id);
    }
    if (removes.length > 0) changes.removes.set(col, removes);
  }

  // Carried items (exactly-once receipts) are rows written in the same SQL transaction as the save
  // they acknowledge: both or neither. A commit recording one drops those expired at its time.
  let now: number | null = null;
  for (const { cs, upserts, removes } of plan.carried) {
    for (const item of upserts) {
      put(cs.def, item, '');
      now = Math.max(now ?? Number.NEGATIVE_INFINITY, recordedAt(cs.def, item));
    }
    for (const id of removes) remove(cs.def.name, id);
    changes.carriedPuts.set(cs, upserts);
    changes.carriedRemoves.set(cs, [...removes]);
  }
  if (now !== null) {
    for (const cs of state.carried.values()) {
      const items = state.hosts.get(cs.def.name)?.items.get(cs.def.name);
      if (!items) continue;
      // Items are kept oldest first: the expired ones are the first few, not a scan of every receipt.
      const count = expiredCount(cs.def, items, cutoffOf(cs.def, now));
      if (count === 0) continue;
      const fresh = new Set((changes.carriedPuts.get(cs) ?? []).map((i) => i.id));
      const expired: string[] = [];
      let seen = 0;
      for (const id of items.byId.keys()) {
        if (seen++ >= count) break;
        if (!fresh.has(id)) expired.push(id);
      }
      for (const id of expired) remove(cs.def.name, id);
      if (expired.length > 0)
        changes.carriedRemoves.set(cs, [...(changes.carriedRemoves.get(cs) ?? []), ...expired]);
    }
  }

  if (rows.id.length >= SEQ_SPAN) throw new Error(`a commit of ${rows.id.length} items is over ${SEQ_SPAN}`);
  const teamId = state.teamId;
  const record = plan.team;
  await client.query(WRITE, [
    teamId,
    version,
    rows.collection,
    rows.id,
    rows.shard,
    rows.format,
    rows.doc,
    gone.collection,
    gone.id,
    record === null ? null : JSON.stringify(record),
  ]);
  if (created) {
    await client.query('INSERT INTO teams (team, version, doc) VALUES ($1, $2, $3::json)', [
      teamId,
      version,
      JSON.stringify(record),
    ]);
  }
  if (version % TOMBSTONE_KEEP === 0) {
    const horizon = version - TOMBSTONE_KEEP;
    await client.query('DELETE FROM items WHERE team = $1 AND doc IS NULL AND version <= $2', [
      teamId,
      horizon,
    ]);
    await client.query('UPDATE teams SET horizon = $2 WHERE team = $1', [teamId, horizon]);
  }
  return { changes, version, record };
}
