import type pg from 'pg';

/**
 * The teams a scheduler has to look at (types.ts, `teamsToWake`): one query over `teams` and the
 * scheduler's rows of `wakes`, which loads no team. A row counts only for the exact team version
 * it was computed from, so a team changed since (a new follow-up, other settings, a restore that
 * recreated it) is looked at again whatever its row says.
 */
export async function teamsToWake(
  db: pg.Pool | pg.ClientBase,
  service: string,
  now: Date,
): Promise<string[]> {
  const { rows } = await db.query<{ team: string }>(
    `SELECT t.team FROM teams t LEFT JOIN wakes w ON w.service = $1 AND w.team = t.team
     WHERE w.team IS NULL OR w.version <> t.version OR w.wake_at <= $2
     ORDER BY t.team`,
    [service, now.toISOString()],
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
    `INSERT INTO wakes (service, team, version, wake_at) VALUES ($1, $2, $3, $4)
     ON CONFLICT (service, team) DO UPDATE SET version = excluded.version, wake_at = excluded.wake_at`,
    [service, teamId, version, wakeAt?.toISOString() ?? null],
  );
}
