import { createHash } from 'node:crypto';
import { join, resolve, sep } from 'node:path';

/** Team folders: a readable slug (safe characters only, so never `.` or `/`) plus a hash of the whole id. */
export const TEAM_FOLDER = /^[0-9A-Za-z_-]{1,40}-[0-9a-f]{16}$/;

/**
 * Folder name of a team id. The slug is for humans; the sha256 suffix makes it collision-free, also
 * on case-insensitive file systems, and the id itself lives in `team.json`.
 */
export function teamFolderName(teamId: string): string {
  if (typeof teamId !== 'string' || teamId.length === 0)
    throw new Error('team id must be a non-empty string');
  const slug = teamId.replace(/[^0-9A-Za-z_-]/g, '_').slice(0, 40);
  const hash = createHash('sha256').update(teamId, 'utf8').digest('hex').slice(0, 16);
  return `${slug}-${hash}`;
}

export interface TeamPaths {
  /** Name of the team's folder inside `teams/`; also the key of its in-process mutex. */
  readonly folder: string;
  readonly dir: string;
  readonly teamFile: string;
  readonly journalFile: string;
}

/** Paths of a team's files under `<teamsDir>/<folder>/`. */
export function teamPaths(teamsDir: string, folder: string): TeamPaths {
  const root = resolve(teamsDir);
  const dir = resolve(root, folder);
  // Defence in depth: the folder alphabet already rules out traversal.
  if (!TEAM_FOLDER.test(folder) || !dir.startsWith(root + sep)) throw new Error(`bad team folder ${folder}`);
  return { folder, dir, teamFile: join(dir, 'team.json'), journalFile: join(dir, 'journal.json') };
}
