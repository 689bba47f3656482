import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Activity, Member, Team } from '../../src/domain/entities.ts';
import { teamFolderName } from '../../src/store/team-folder.ts';

/** A fresh data folder under the OS temp dir. */
export const makeTempDir = (): Promise<string> => mkdtemp(join(tmpdir(), 'prospecta-store-'));

export const removeDir = (dir: string): Promise<void> => rm(dir, { recursive: true, force: true });

export const teamRecord = (id: string): Team => ({
  id,
  name: `Team ${id}`,
  settings: { locale: 'fr', timeZone: 'Europe/Paris', currency: 'EUR' },
  createdAt: '2024-01-01T08:00:00.000Z',
});

export const initTeam = (id: string) => ({ init: () => teamRecord(id) });

/** An activity on `date` (`YYYY-MM-DD`), i.e. in the quarter-month shard `activityShardOf(date)`. */
export const activity = (id: string, date: string, extra: Partial<Activity> = {}): Activity => ({
  id,
  kind: 'call',
  outcome: 'reached',
  prospectId: 'P-1',
  repId: 'cli:alice',
  date,
  source: 'chat',
  createdAt: `${date}T09:00:00.000Z`,
  createdBy: 'cli:alice',
  ...extra,
});

export const member = (id: string, displayName = id): Member => ({
  id,
  displayName,
  role: 'rep',
  joinedAt: '2024-01-01T08:00:00.000Z',
});

export const teamDir = (dataDir: string, teamId: string): string =>
  join(dataDir, 'teams', teamFolderName(teamId));

/** Every file under `dir` (relative path → content), to prove nothing was written. */
export async function snapshot(dir: string): Promise<Map<string, string>> {
  const out = new Map<string, string>();
  for (const entry of await readdir(dir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const path = join(entry.parentPath, entry.name);
    out.set(path.slice(dir.length), await readFile(path, 'utf8'));
  }
  return out;
}
