/**
 * `npm run restore -- <backup> [--force]`, the bot stopped: puts a backup made by `npm run backup`
 * back in the configured store. A data folder that holds teams is refused unless --force, and
 * then kept aside (`<folder>.before-restore-<time>`); a database that holds teams is refused
 * unless --force (then replaced: pg_restore --clean). The restored store is verified after.
 */
import { openAppStore } from '../src/app-store.ts';
import { loadConfig } from '../src/config.ts';
import { loadDotEnv } from '../src/env-file.ts';
import { restoreDataFolder } from '../src/ops/data-folder-backup.ts';
import { pgRestore } from '../src/ops/pg-tools.ts';

loadDotEnv();
const args = process.argv.slice(2);
const force = args.includes('--force');
const [backup] = args.filter((a) => a !== '--force');
if (!backup) {
  console.error('Usage: npm run restore -- <backup> [--force]');
  process.exit(2);
}
const config = loadConfig();
if (config.store.engine === 'postgres') {
  try {
    // Opening the store applies the schema, so an empty database can be asked for its teams.
    const store = await openAppStore(config.dataDir, undefined, config.store);
    const teams = await store.listTeams().finally(() => store.close());
    if (teams.length > 0 && !force) {
      throw new Error(
        `the database already holds ${teams.length} teams: restore into an empty database, or add --force (they are replaced)`,
      );
    }
    await pgRestore(config.store.url, backup);
    const restored = await openAppStore(config.dataDir, undefined, config.store);
    const checked = await restored.verifyAll().finally(() => restored.close());
    console.log(`✓ ${checked.teams} teams restored into the database from ${backup}`);
  } catch (e) {
    console.error(`Restore failed: ${e instanceof Error ? e.message : String(e)}`);
    process.exitCode = 1;
  }
  process.exit();
}
try {
  const { manifest, setAside } = await restoreDataFolder(backup, config.dataDir, { force });
  if (setAside) console.log(`The previous data folder is kept as ${setAside}`);
  const store = await openAppStore(config.dataDir);
  const checked = await store.verifyAll().finally(() => store.close());
  console.log(
    `✓ ${checked.teams} teams, ${checked.files} files restored into ${config.dataDir} (backup of ${manifest.createdAt})`,
  );
} catch (e) {
  console.error(`Restore failed: ${e instanceof Error ? e.message : String(e)}`);
  process.exitCode = 1;
}
