/**
 * `npm run backup -- <destination>`: a backup of the configured store while the bot runs.
 * Embedded store: `<destination>` is a new folder (each team copied under its lock, with hashes).
 * PostgreSQL (DATABASE_URL): `<destination>` is a file written by `pg_dump --format=custom`, a
 * consistent snapshot taken while the replicas run.
 */
import { openAppStore } from '../src/app-store.ts';
import { loadConfig } from '../src/config.ts';
import { loadDotEnv } from '../src/env-file.ts';
import { backupDataFolder } from '../src/ops/data-folder-backup.ts';
import { pgDump } from '../src/ops/pg-tools.ts';

loadDotEnv();
const [dest] = process.argv.slice(2);
if (!dest) {
  console.error('Usage: npm run backup -- <new folder for the backup, or the dump file with DATABASE_URL>');
  process.exit(2);
}
const config = loadConfig();
if (config.store.engine === 'postgres') {
  try {
    await pgDump(config.store.url, dest);
    console.log(`✓ database dumped to ${dest} (pg_dump custom format; npm run restore -- ${dest})`);
  } catch (e) {
    console.error(`Backup failed: ${e instanceof Error ? e.message : String(e)}`);
    process.exitCode = 1;
  }
  process.exit();
}
const store = await openAppStore(config.dataDir);
try {
  const manifest = await backupDataFolder(store, dest);
  console.log(`✓ ${manifest.teams.length} teams, ${manifest.files} files backed up to ${dest}`);
} catch (e) {
  console.error(`Backup failed: ${e instanceof Error ? e.message : String(e)}`);
  process.exitCode = 1;
} finally {
  await store.close();
}
