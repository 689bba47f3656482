import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { silentLogger } from '../../src/core/logger.ts';
import { openStore, StoreCorruptError } from '../../src/store/index.ts';
import { openPgStore, SCHEMA_STEPS } from '../../src/store/postgres/index.ts';
import { checkStoreAtStart } from '../../src/store/start-check.ts';
import { type PgCluster, startPgCluster } from '../helpers/pg-cluster.ts';
import { activity, initTeam, makeTempDir, member, removeDir, teamDir } from './helpers.ts';

const TEAMS = 300;

describe('the store check at start', () => {
  let cluster: PgCluster;
  let dir: string;
  beforeAll(async () => {
    cluster = await startPgCluster();
    dir = await makeTempDir();
  }, 60_000);
  afterAll(async () => {
    await cluster?.stop();
    await removeDir(dir);
  });

  it('on PostgreSQL reads no team (a bad row in each of 300 teams passes), and using a team still refuses its bad row by name', async () => {
    const url = await cluster.createDatabase('startcheck');
    const store = await openPgStore({ url, dir });
    await store.transact(
      'tpl',
      (tx) => {
        tx.members.put(member('cli:alice'));
        tx.activities.put(activity('A-1', '2024-01-05'));
      },
      initTeam('tpl'),
    );
    // 300 copies of that team, each with a member row its schema refuses: any start that read a
    // team's rows would stop on it.
    const client = new pg.Client({ connectionString: url });
    await client.connect();
    await client.query(
      `INSERT INTO teams (team, version, horizon, doc)
       SELECT 'team-' || g, version, horizon, json_build_object('id', 'team-' || g, 'name', 'Team ' || g,
              'settings', doc->'settings', 'createdAt', doc->'createdAt')
       FROM teams, generate_series(1, $1) g WHERE team = 'tpl'`,
      [TEAMS],
    );
    await client.query(
      `INSERT INTO items (team, collection, id, shard, seq, version, format, doc)
       SELECT 'team-' || g, collection, id, shard, seq, version, format,
              CASE WHEN collection = 'members' THEN '{"id":"cli:alice","role":"boss"}'::json ELSE doc END
       FROM items, generate_series(1, $1) g WHERE team = 'tpl'`,
      [TEAMS],
    );
    await client.end();
    await store.close();

    const started = await openPgStore({ url, dir });
    expect(await checkStoreAtStart(started, silentLogger)).toEqual({
      engine: 'postgres',
      schema: SCHEMA_STEPS.length,
    });
    expect(await started.read('tpl', (v) => v.activities.all().map((a) => a.id))).toEqual(['A-1']);
    const used = started.transact('team-137', (tx) => tx.activities.size);
    await expect(used).rejects.toBeInstanceOf(StoreCorruptError);
    await expect(used).rejects.toThrow('postgres:team-137/members/cli:alice');
    // The other teams are unaffected by one team's bad row: the healthy one still takes commands.
    await started.transact('tpl', (tx) => tx.activities.put(activity('A-2', '2024-01-06')));
    expect(await started.read('tpl', (v) => v.activities.size)).toBe(2);
    // Checking everything is still there, on demand (backup restore): it names the first bad row.
    await expect(started.verifyAll()).rejects.toThrow(/postgres:team-\d+\/members\/cli:alice/);
    await started.close();
  });

  it('refuses a database whose schema is older than the program, saying to migrate', async () => {
    const url = await cluster.createDatabase('startold');
    const store = await openPgStore({ url, dir });
    const client = new pg.Client({ connectionString: url });
    await client.connect();
    await client.query('DELETE FROM prospecta_schema');
    await client.end();
    await expect(checkStoreAtStart(store, silentLogger)).rejects.toThrow(
      `database schema version 0 is older than this program's (${SCHEMA_STEPS.length}); run \`prospecta store migrate\``,
    );
    await store.close();
  });

  it('on the embedded store still validates every file at start, naming a damaged one', async () => {
    const local = await makeTempDir();
    const store = await openStore({ dir: local });
    await store.transact('local:demo', (tx) => tx.members.put(member('cli:alice')), initTeam('local:demo'));
    expect(await checkStoreAtStart(store, silentLogger)).toEqual({ engine: 'embedded', teams: 1, files: 2 });
    await store.close();
    const file = join(teamDir(local, 'local:demo'), 'members.json');
    await writeFile(file, '[{"id":"cli:alice","role":"boss"}]');
    const again = await openStore({ dir: local });
    await expect(checkStoreAtStart(again, silentLogger)).rejects.toThrow('members.json');
    await again.close();
    await removeDir(local);
  });
});
