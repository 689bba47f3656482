/**
 * `npm run restore -- <backup> [--force]`, the bot stopped: puts a backup made by `npm run backup`
 * back in the configured store. A data folder that holds teams is refused unless --force, and
 * then kept aside (`<folder>.before-restore-<time>`); the restored store is verified after.
 */
import { openAppStore } from '../src/app-store.ts';
import { loadConfig } from '../src/config.ts';
import { loadDotEnv } from '../src/env-file.ts';
import { restoreDataFolder } from '../src/ops/data-folder-backup.ts';

loadDotEnv();
const args = process.argv.slice(2);
const force = args.includes('--force');
const [backup] = args.filter((a) => a !== '--force');
if (!backup) {
  console.error('Usage: npm run restore -- <backup> [--force]');
  process.exit(2);
}
const config = loadConfig();
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
