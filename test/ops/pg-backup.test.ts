import { mkdtemp, rm, stat } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openAppStore } from '../../src/app-store.ts';
import { silentLogger } from '../../src/core/logger.ts';
import { type PgCluster, startPgCluster } from '../helpers/pg-cluster.ts';
import { runTsx } from '../helpers/run-tsx.ts';
import { logSignedVisit } from '../helpers/signed-visit.ts';

let cluster: PgCluster;
let dir: string;
beforeAll(async () => {
  cluster = await startPgCluster();
  dir = await mkdtemp(path.join(os.tmpdir(), 'prospecta-pg-backup-'));
}, 60_000);
afterAll(async () => {
  await cluster?.stop();
  await rm(dir, { recursive: true, force: true });
});

async function script(
  name: string,
  args: string[],
  url: string,
): Promise<{ code: number | null; out: string; err: string }> {
  const { PROSPECTA_STORE: _engine, ...env } = process.env;
  const run = await runTsx(`scripts/${name}.ts`, args, {
    ...env,
    DATABASE_URL: url,
    PROSPECTA_DATA_DIR: path.join(dir, `local-${name}`),
  });
  return { code: run.code, out: run.out.trim(), err: run.err.trim() };
}

describe('backup and restore on PostgreSQL', () => {
  it('npm run backup dumps the database with pg_dump; npm run restore puts it in another, refusing one with teams unless --force', async () => {
    const source = await cluster.createDatabase('source');
    const store = await openAppStore(path.join(dir, 'seed'), silentLogger, {
      engine: 'postgres',
      url: source,
    });
    await logSignedVisit(store, 'nord', 'Boulangerie Martin');
    await logSignedVisit(store, 'sud', 'Garage Dupont');
    await store.close();

    const dump = path.join(dir, 'prospecta.dump');
    const backup = await script('backup', [dump], source);
    expect(backup).toMatchObject({
      code: 0,
      out: `✓ database dumped to ${dump} (pg_dump custom format; npm run restore -- ${dump})`,
    });
    expect((await stat(dump)).size).toBeGreaterThan(1000);

    const target = await cluster.createDatabase('target');
    expect(await script('restore', [dump], target)).toMatchObject({
      code: 0,
      out: `✓ 2 teams restored into the database from ${dump}`,
    });
    const copy = await openAppStore(path.join(dir, 'check'), silentLogger, {
      engine: 'postgres',
      url: target,
    });
    const names = async (team: string) =>
      copy.transact(`local:${team}`, (tx) =>
        tx.activities.all().map((a) => `${a.id} ${tx.prospects.get(a.prospectId)?.name}`),
      );
    expect(await names('nord')).toEqual(['A-1 Boulangerie Martin']);
    expect(await names('sud')).toEqual(['A-1 Garage Dupont']);
    await copy.close();

    expect(await script('restore', [dump], target)).toMatchObject({
      code: 1,
      err: 'Restore failed: the database already holds 2 teams: restore into an empty database, or add --force (they are replaced)',
    });
    expect((await script('restore', [dump, '--force'], target)).code).toBe(0);
  }, 120_000);
});
