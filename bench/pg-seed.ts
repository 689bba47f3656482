import pg from 'pg';
import { featureCollections } from '../src/app-store.ts';
import type { Team } from '../src/domain/entities.ts';
import { teamCollections } from '../src/store/collections.ts';
import { openStore } from '../src/store/index.ts';
import { openPgStore } from '../src/store/postgres/index.ts';
import type { TeamView } from '../src/store/types.ts';
import { BENCH_TEAMS } from './dataset.ts';

/** §4's PostgreSQL scale: 10M activities across 1,000 teams (`--quick`: 2M across 100). */
export const PG_SCALE = { teams: 1_000, activities: 10_000_000 } as const;
export const PG_QUICK_SCALE = { teams: 100, activities: 2_000_000 } as const;
/** Teams beside the bench dataset's ten big ones: a smaller team's prospects and members. */
const FILLER_PROSPECTS = 500;
const FILLER_BATCH = 30;

const defs = [...Object.values(teamCollections), ...featureCollections];

/** Copies `view`'s team into `url` through the store (so rows are exactly what a commit writes). */
async function writeTeam(
  url: string,
  dir: string,
  teamId: string,
  team: Team,
  view: TeamView,
  limit?: number,
) {
  const target = await openPgStore({ url, dir, collections: featureCollections });
  let items = 0;
  try {
    await target.transact(
      teamId,
      (tx) => {
        for (const def of defs) {
          const col = tx.collection(def);
          let all = view.collection(def).all();
          if (limit !== undefined && def.name === 'activities') all = all.slice(0, limit);
          if (limit !== undefined && def.name === 'prospects') all = all.slice(0, FILLER_PROSPECTS);
          for (const item of all) col.put(item);
          items += all.length;
        }
      },
      { init: () => ({ ...team, id: teamId }) },
    );
  } finally {
    await target.close();
  }
  return items;
}

/**
 * Copies a team's rows to new team ids inside the server (`INSERT … SELECT`, nothing crosses the
 * wire: faster than COPY, which would send the same documents back in). Item documents name no team,
 * so a copied row is what the store would have written for that team.
 */
async function cloneTeam(client: pg.Client, from: string, ids: readonly string[]): Promise<void> {
  await client.query('BEGIN');
  await client.query(
    `INSERT INTO teams (team, version, horizon, doc)
     SELECT t.id, version, horizon, json_build_object('id', t.id, 'name', 'Bench ' || t.id,
            'settings', doc->'settings', 'createdAt', doc->'createdAt')
     FROM teams, unnest($2::text[]) AS t(id) WHERE team = $1`,
    [from, ids],
  );
  await client.query(
    `INSERT INTO items (team, collection, id, shard, seq, version, format, doc)
     SELECT t.id, collection, i.id, shard, seq, version, format, doc
     FROM items i, unnest($2::text[]) AS t(id) WHERE i.team = $1`,
    [from, ids],
  );
  await client.query('COMMIT');
}

/**
 * Fills an empty database with the bench dataset's ten big teams (`bench:team-<n>`, 100k activities
 * each) and smaller ones (`bench:filler-<n>`) up to `scale` (10M activities across 1,000 teams). Team 0 is copied
 * through the store from the embedded dataset (the team both engines are measured on); the other
 * big teams and the fillers are server-side copies of it.
 */
export async function seedDatabase(
  from: string,
  url: string,
  scale: { teams: number; activities: number },
  log: (line: string) => void,
): Promise<{ teams: number; activities: number; seconds: number }> {
  const started = performance.now();
  const source = await openStore({ dir: from, collections: featureCollections });
  const first = 'bench:team-0';
  const fillerSize = Math.ceil((scale.activities - BENCH_TEAMS * 100_000) / (scale.teams - BENCH_TEAMS));
  try {
    await source.read(first, async (view) => {
      await writeTeam(url, from, first, view.team, view);
      await writeTeam(url, from, 'bench:filler-0', view.team, view, fillerSize);
    });
  } finally {
    await source.close();
  }
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const big = Array.from({ length: BENCH_TEAMS - 1 }, (_, i) => `bench:team-${i + 1}`);
    await cloneTeam(client, first, big);
    log(
      `  ${BENCH_TEAMS} teams of 100k activities in ${((performance.now() - started) / 1000).toFixed(1)} s`,
    );
    const fillers = scale.teams - BENCH_TEAMS;
    for (let n = 1; n < fillers; n += FILLER_BATCH) {
      const ids = Array.from(
        { length: Math.min(FILLER_BATCH, fillers - n) },
        (_, i) => `bench:filler-${n + i}`,
      );
      await cloneTeam(client, 'bench:filler-0', ids);
    }
    await client.query('VACUUM ANALYZE items');
    await client.query('VACUUM ANALYZE teams');
    // The seed's gigabytes of dirty pages written now, as after a restore, not by the next timed
    // checkpoint while the rows below are measured (a run at 20:55 gave a /log p99 of 129 ms with
    // think time, the next one 17.7 ms).
    await client.query('CHECKPOINT');
    const { rows } = await client.query<{ teams: string; activities: string }>(
      `SELECT (SELECT count(*) FROM teams) AS teams,
              (SELECT count(*) FROM items WHERE collection = 'activities' AND doc IS NOT NULL) AS activities`,
    );
    const seconds = (performance.now() - started) / 1000;
    return { teams: Number(rows[0]?.teams), activities: Number(rows[0]?.activities), seconds };
  } finally {
    await client.end();
  }
}
