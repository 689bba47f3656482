import { mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { openAppStore } from '../../src/app-store.ts';
import { silentLogger } from '../../src/core/logger.ts';
import { backupDataFolder, restoreDataFolder } from '../../src/ops/data-folder-backup.ts';
import type { Store } from '../../src/store/types.ts';
import { runTsx } from '../helpers/run-tsx.ts';
import { logSignedVisit } from '../helpers/signed-visit.ts';

const dirs: string[] = [];
afterEach(async () => {
  await Promise.all(dirs.splice(0).map((d) => rm(d, { recursive: true, force: true })));
});
async function tempDir(): Promise<string> {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'prospecta-backup-'));
  dirs.push(dir);
  return dir;
}

const namesIn = (store: Store, team: string) =>
  store.transact(`local:${team}`, (tx) =>
    tx.prospects
      .all()
      .map((p) => p.name)
      .sort(),
  );

/** This environment on the embedded store, whatever the test run selected. */
const { DATABASE_URL: _url, PROSPECTA_STORE: _engine, ...embeddedEnv } = process.env;

async function script(
  name: string,
  args: string[],
  dataDir: string,
): Promise<{ code: number | null; out: string; err: string }> {
  const run = await runTsx(`scripts/${name}.ts`, args, { ...embeddedEnv, PROSPECTA_DATA_DIR: dataDir });
  return { code: run.code, out: run.out.trim(), err: run.err.trim() };
}

describe('backup and restore of the embedded store', () => {
  it('a backup taken while 40 writes land holds each team as one commit left it, and restores to the same data', async () => {
    const data = await tempDir();
    const store = await openAppStore(data, silentLogger);
    try {
      await logSignedVisit(store, 'nord', 'Boulangerie Martin');
      await logSignedVisit(store, 'sud', 'Garage Dupont');
      const dest = path.join(await tempDir(), 'backup');
      // The bot keeps writing during the backup: each team is copied under its own lock.
      const writes = Promise.all(
        Array.from({ length: 40 }, (_, i) => logSignedVisit(store, i % 2 ? 'nord' : 'sud', `Client ${i}`)),
      );
      const manifest = await backupDataFolder(store, dest, new Date('2026-11-28T10:00:00Z'));
      await writes;
      expect(manifest.teams.map((t) => t.id)).toEqual(['local:nord', 'local:sud']);

      const restored = await tempDir();
      await restoreDataFolder(dest, restored);
      const copy = await openAppStore(restored, silentLogger);
      try {
        // Every file valid, and each team's prospects and activities agree (one commit's state).
        expect((await copy.verifyAll()).teams).toBe(2);
        for (const team of ['nord', 'sud']) {
          const { prospects, activities } = await copy.transact(`local:${team}`, (tx) => ({
            prospects: tx.prospects.size,
            activities: tx.activities.size,
          }));
          expect(activities).toBe(prospects);
          expect(prospects).toBeGreaterThanOrEqual(1);
          expect(prospects).toBeLessThanOrEqual(21);
        }
      } finally {
        await copy.close();
      }
    } finally {
      await store.close();
    }
  });

  it('npm run backup and npm run restore: same teams after; a folder with teams is refused, then set aside with --force; a damaged backup is refused', async () => {
    const data = await tempDir();
    const store = await openAppStore(data, silentLogger);
    await logSignedVisit(store, 'nord', 'Boulangerie Martin');
    await logSignedVisit(store, 'sud', 'Garage Dupont');
    await store.close();
    await writeFile(path.join(data, '.webchat-secret'), 'secret-of-this-installation\n');
    const dest = path.join(await tempDir(), 'backup');

    const backup = await script('backup', [dest], data);
    expect(backup).toMatchObject({
      code: 0,
      out: `✓ 2 teams, ${backup.out.match(/(\d+) files/)?.[1]} files backed up to ${dest}`,
    });
    expect(Number(backup.out.match(/(\d+) files/)?.[1])).toBeGreaterThan(4);
    expect(await script('backup', [dest], data)).toMatchObject({
      code: 1,
      err: `Backup failed: ${dest} is not empty: give a new folder for the backup`,
    });

    const target = path.join(await tempDir(), 'data');
    const restore = await script('restore', [dest], target);
    expect(restore.code).toBe(0);
    expect(restore.out).toMatch(/^✓ 2 teams, \d+ files restored into .*\/data \(backup of 20\d\d-/);
    const copy = await openAppStore(target, silentLogger);
    expect(await namesIn(copy, 'nord')).toEqual(['Boulangerie Martin']);
    expect(await namesIn(copy, 'sud')).toEqual(['Garage Dupont']);
    await copy.close();
    expect((await readdir(target)).sort()).toEqual(['.webchat-secret', 'teams']);

    expect(await script('restore', [dest], target)).toMatchObject({
      code: 1,
      err: `Restore failed: ${target} already holds teams: restore into an empty folder, or add --force (it is kept aside)`,
    });
    const forced = await script('restore', [dest, '--force'], target);
    expect(forced.code).toBe(0);
    expect(forced.out).toMatch(/^The previous data folder is kept as .*\/data\.before-restore-/);

    // One byte changed in a team's file: the backup no longer matches its hash.
    const [folder] = (await readdir(path.join(dest, 'teams'))).sort();
    await writeFile(path.join(dest, 'teams', String(folder), 'team.json'), '{}');
    const damaged = await script('restore', [dest], path.join(await tempDir(), 'other'));
    expect(damaged.code).toBe(1);
    expect(damaged.err).toMatch(
      /^Restore failed: team local:nord: its files differ from the backup's hash \(damaged backup\)$/,
    );
  }, 180_000);
});
