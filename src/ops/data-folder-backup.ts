import { createHash } from 'node:crypto';
import { cp, mkdir, readdir, readFile, rename, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { z } from 'zod';
import { TEMP_SUFFIX } from '../store/atomic-fs.ts';
import { TEAM_FOLDER, teamFolderName } from '../store/team-folder.ts';
import type { Store } from '../store/types.ts';

const MANIFEST = 'backup.json';

/** What a backup of a data folder holds, checked again at restore. */
const Manifest = z.object({
  format: z.literal('prospecta-data-folder'),
  version: z.literal(1),
  createdAt: z.iso.datetime({ offset: true }),
  teams: z.array(
    z.object({ id: z.string().min(1), folder: z.string().regex(TEAM_FOLDER), sha256: z.string() }),
  ),
  files: z.number().int().min(0),
});
export type BackupManifest = z.infer<typeof Manifest>;

/** Thrown for what the operator must fix (a non-empty target, a damaged backup): its message says how. */
export class BackupError extends Error {
  override readonly name = 'BackupError';
}

/** Files of a folder, relative and sorted, temp files of an interrupted write left out. */
async function filesOf(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return entries
    .filter((e) => e.isFile() && !TEMP_SUFFIX.test(e.name))
    .map((e) => path.relative(dir, path.join(e.parentPath, e.name)))
    .sort();
}

/** One hash over a folder's file names and contents: what restore compares. */
async function folderHash(dir: string): Promise<{ sha256: string; files: number }> {
  const hash = createHash('sha256');
  const files = await filesOf(dir);
  for (const f of files) hash.update(`${f}\0`).update(await readFile(path.join(dir, f)));
  return { sha256: hash.digest('hex'), files: files.length };
}

async function isEmptyDir(dir: string): Promise<boolean> {
  try {
    return (await readdir(dir)).length === 0;
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT') return true;
    throw e;
  }
}

const notTemp = (src: string) => !TEMP_SUFFIX.test(src);

/**
 * Copies a data folder to `dest` while the bot runs: each team's folder is copied inside a
 * transaction on that team, so no command writes to it meanwhile (on any process) and each team is
 * copied as one commit left it; the installation's files beside `teams/` (the privacy key, the web
 * chat's secret) come too. Writes `backup.json` with each team's hash.
 */
export async function backupDataFolder(
  store: Store,
  dest: string,
  now = new Date(),
): Promise<BackupManifest> {
  if (!(await isEmptyDir(dest)))
    throw new BackupError(`${dest} is not empty: give a new folder for the backup`);
  const source = store.dir;
  await mkdir(path.join(dest, 'teams'), { recursive: true });
  let files = 0;
  for (const entry of await readdir(source, { withFileTypes: true })) {
    if (entry.name === 'teams' || !entry.isFile() || !notTemp(entry.name)) continue;
    await cp(path.join(source, entry.name), path.join(dest, entry.name));
    files++;
  }
  const teams: BackupManifest['teams'] = [];
  for (const id of await store.listTeams()) {
    const folder = teamFolderName(id);
    const to = path.join(dest, 'teams', folder);
    await store.transact(id, () =>
      cp(path.join(source, 'teams', folder), to, { recursive: true, filter: notTemp }),
    );
    const copied = await folderHash(to);
    teams.push({ id, folder, sha256: copied.sha256 });
    files += copied.files;
  }
  const manifest: BackupManifest = {
    format: 'prospecta-data-folder',
    version: 1,
    createdAt: now.toISOString(),
    teams,
    files,
  };
  await writeFile(path.join(dest, MANIFEST), `${JSON.stringify(manifest, null, 2)}\n`);
  return manifest;
}

/** The manifest of a backup folder, each team's files checked against its hash. */
export async function checkBackup(backup: string): Promise<BackupManifest> {
  let raw: string;
  try {
    raw = await readFile(path.join(backup, MANIFEST), 'utf8');
  } catch {
    throw new BackupError(`${backup} has no ${MANIFEST}: not a backup made by scripts/backup.ts`);
  }
  const manifest = Manifest.safeParse(JSON.parse(raw));
  if (!manifest.success)
    throw new BackupError(`${path.join(backup, MANIFEST)} is not a valid backup manifest`);
  for (const team of manifest.data.teams) {
    const { sha256 } = await folderHash(path.join(backup, 'teams', team.folder));
    if (sha256 !== team.sha256)
      throw new BackupError(`team ${team.id}: its files differ from the backup's hash (damaged backup)`);
  }
  return manifest.data;
}

/**
 * Puts a checked backup in place of `dataDir` (the bot stopped). A data folder with teams is kept
 * aside as `<dataDir>.before-restore-<time>` when `force` is given, else refused.
 */
export async function restoreDataFolder(
  backup: string,
  dataDir: string,
  opts: { force?: boolean; now?: Date } = {},
): Promise<{ manifest: BackupManifest; setAside: string | undefined }> {
  const manifest = await checkBackup(backup);
  let setAside: string | undefined;
  if (!(await isEmptyDir(path.join(dataDir, 'teams')))) {
    if (!opts.force)
      throw new BackupError(
        `${dataDir} already holds teams: restore into an empty folder, or add --force (it is kept aside)`,
      );
    setAside = `${dataDir}.before-restore-${(opts.now ?? new Date()).toISOString().replace(/[:.]/g, '-')}`;
    await rename(dataDir, setAside);
  }
  await mkdir(dataDir, { recursive: true });
  await cp(backup, dataDir, { recursive: true, filter: (src) => path.basename(src) !== MANIFEST });
  return { manifest, setAside };
}
