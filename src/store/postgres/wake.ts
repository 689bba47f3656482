import type pg from 'pg';
import type { WakeSpec } from '../types.ts';

/**
 * The teams a scheduler has to look at (types.ts, `teamsToWake`): one query over `teams` and the
 * scheduler's rows of `wakes`, which loads no team. A row holds while nothing it watches changed:
 * no row of its collections has a newer version (removals are tombstones with their version; past
 * `horizon` they may be purged, so the row no longer holds), and the team record is the same
 * (its md5). A row from a newer version than the team's (a team recreated by a restore) never holds.
 */
export async function teamsToWake(db: pg.Pool | pg.ClientBase, wake: WakeSpec, now: Date): Promise<string[]> {
  const { rows } = await db.query<{ team: string }>(
    `SELECT t.team FROM teams t LEFT JOIN wakes w ON w.service = $1 AND w.team = t.team
     WHERE w.team IS NULL OR w.wake_at <= $2 OR w.version > t.version
        OR (w.version < t.version AND (
              w.version < t.horizon
           OR ($3 AND w.team_hash IS DISTINCT FROM md5(t.doc::text))
           OR EXISTS (SELECT 1 FROM items i
                      WHERE i.team = t.team AND i.version > w.version AND i.collection = ANY($4))))
     ORDER BY t.team`,
    [wake.service, now.toISOString(), wake.teamRecord, wake.watches],
  );
  return rows.map((r) => r.team);
}

/** Records, in the visit's database transaction, when `service` next needs the team at `version`. */
export async function recordWake(
  db: pg.ClientBase,
  teamId: string,
  service: string,
  version: number,
  wakeAt: Date | null,
): Promise<void> {
  await db.query(
    `INSERT INTO wakes (service, team, version, wake_at, team_hash)
     SELECT $1, team, $3, $4, md5(doc::text) FROM teams WHERE team = $2
     ON CONFLICT (service, team) DO UPDATE
       SET version = excluded.version, wake_at = excluded.wake_at, team_hash = excluded.team_hash`,
    [service, teamId, version, wakeAt?.toISOString() ?? null],
  );
}
