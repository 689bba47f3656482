import { createHash } from 'node:crypto';
import { mkdir, readdir, readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { z } from 'zod';
import { TEMP_SUFFIX, writeDurable } from './atomic-fs.ts';
import type { TeamPaths } from './team-folder.ts';
import type { WakeSpec } from './types.ts';

/**
 * The embedded engine's wake-up records (types.ts, `visit` and `teamsToWake`): one small file a
 * team in `<data>/wake/<team folder>.json`, outside the team's folder so that writing it changes
 * nothing a command or another process reads. What a scheduler watches is dated by a digest of the
 * stamps (inode, size, modification time) of its files — the watched collections' files and
 * folders, `team.json` if it watches the record: a commit, by any process, that changes one of
 * them replaces its file and so changes the digest; computing it stats files and reads none.
 */
const WakeFile = z.object({
  teamId: z.string().min(1),
  services: z.record(
    z.string().min(1),
    z.object({ version: z.string().min(1), wakeAt: z.iso.datetime({ offset: true }).nullable() }),
  ),
});
type WakeFile = z.infer<typeof WakeFile>;

export const wakeDir = (dataDir: string): string => join(dataDir, 'wake');
const wakePath = (dataDir: string, paths: TeamPaths) => join(wakeDir(dataDir), `${paths.folder}.json`);

/** The digest of the team's committed files that `wake` watches (never the journal or temp files). */
export async function watchedFilesVersion(paths: TeamPaths, wake: WakeSpec): Promise<string> {
  const hash = createHash('sha256');
  const watched = new Set(wake.watches);
  if (wake.teamRecord) watched.add('team');
  const walk = async (dir: string, rel: string, depth: number): Promise<void> => {
    const entries = await readdir(dir, { withFileTypes: true }).catch((err: NodeJS.ErrnoException) => {
      if (err.code === 'ENOENT') return [];
      throw err;
    });
    for (const e of entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))) {
      if (e.name.startsWith('.') || TEMP_SUFFIX.test(e.name)) continue;
      // In the team's folder, a collection is `<name>.json` or a folder `<name>/` of shards.
      if (rel === '' && !watched.has(e.isDirectory() ? e.name : (e.name.split('.')[0] ?? ''))) continue;
      const path = join(dir, e.name);
      if (e.isDirectory()) {
        if (depth > 0) await walk(path, `${rel}${e.name}/`, depth - 1);
        continue;
      }
      const st = await stat(path).catch(() => null);
      if (st) hash.update(`${rel}${e.name}\0${st.ino}\0${st.size}\0${st.mtimeMs}\n`);
    }
  };
  await walk(paths.dir, '', 1);
  return hash.digest('hex');
}

/** The team's wake-up records; none when the file is missing or unreadable (the team is then looked at). */
async function readWakes(dataDir: string, paths: TeamPaths): Promise<WakeFile | null> {
  try {
    const parsed = WakeFile.safeParse(JSON.parse(await readFile(wakePath(dataDir, paths), 'utf8')));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

/** Whether `service` has to look at the team by `now` (no record, the team changed since, or due). */
export async function shouldWake(
  dataDir: string,
  paths: TeamPaths,
  wake: WakeSpec,
  now: Date,
): Promise<boolean> {
  const record = (await readWakes(dataDir, paths))?.services[wake.service];
  if (!record) return true;
  if (record.wakeAt !== null && Date.parse(record.wakeAt) <= now.getTime()) return true;
  return record.version !== (await watchedFilesVersion(paths, wake));
}

/** Records, holding the team's lock after its commit, when `service` next needs it. */
export async function writeWake(
  dataDir: string,
  paths: TeamPaths,
  teamId: string,
  wake: WakeSpec,
  wakeAt: Date | null,
): Promise<void> {
  const current = await readWakes(dataDir, paths);
  const services = current?.teamId === teamId ? current.services : {};
  const next: WakeFile = {
    teamId,
    services: {
      ...services,
      [wake.service]: {
        version: await watchedFilesVersion(paths, wake),
        wakeAt: wakeAt?.toISOString() ?? null,
      },
    },
  };
  await mkdir(wakeDir(dataDir), { recursive: true });
  await writeDurable(wakePath(dataDir, paths), `${JSON.stringify(next)}\n`);
}
