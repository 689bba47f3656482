import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import { readFile, rename, rm, stat, utimes, writeFile } from 'node:fs/promises';
import { hostname } from 'node:os';
import { join } from 'node:path';
import { z } from 'zod';
import type { Logger } from '../core/logger.ts';

/** Who holds a lock directory: written inside it right after it is taken. */
const Owner = z.object({ host: z.string(), pid: z.number().int().positive(), token: z.string() });
type Owner = z.infer<typeof Owner>;

const OWNER_FILE = 'owner.json';

/**
 * The file system proper-lockfile works with: node's, except that removing a lock directory removes
 * the owner file inside it too (its own `rmdir` would refuse a directory that is not empty).
 */
export const lockFs = {
  ...fs,
  rmdir: (dir: string, cb: (err: NodeJS.ErrnoException | null) => void) =>
    fs.rm(dir, { recursive: true, force: false }, cb),
  rmdirSync: (dir: string) => fs.rmSync(dir, { recursive: true, force: false }),
};

/**
 * Records this process as the holder of the lock directory just taken (best effort: without it, only
 * staleness frees the lock). The directory's times are put back as they were: proper-lockfile
 * checks, at each refresh, that the mtime is still the one it set, and a new file inside changes it
 * (every transaction longer than half the stale time then lost its lock).
 */
export async function signOwner(lockDir: string): Promise<void> {
  const owner: Owner = { host: hostname(), pid: process.pid, token: randomBytes(6).toString('hex') };
  try {
    const before = await stat(lockDir);
    await writeFile(join(lockDir, OWNER_FILE), JSON.stringify(owner));
    await utimes(lockDir, before.atime, before.mtime);
  } catch {
    // Best effort, as above.
  }
}

async function readOwner(lockDir: string): Promise<Owner | null> {
  try {
    const parsed = Owner.safeParse(JSON.parse(await readFile(join(lockDir, OWNER_FILE), 'utf8')));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

/** Whether a process with this id runs on this machine (EPERM: it runs, as someone else). */
function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/**
 * Frees a lock directory whose holder ran on this machine and is gone (killed, crashed): returns true
 * when the caller should try to take the lock again at once. The directory is first renamed away, then
 * checked to still be the dead holder's, so two waiters never both remove a live holder's lock.
 */
export async function takeOverDeadHolder(lockDir: string, logger: Logger): Promise<boolean> {
  const owner = await readOwner(lockDir);
  if (!owner || owner.host !== hostname() || isAlive(owner.pid)) return false;
  const grave = `${lockDir}-dead-${randomBytes(4).toString('hex')}`;
  try {
    await rename(lockDir, grave);
  } catch {
    return true; // released or taken over meanwhile: try again
  }
  const moved = await readOwner(grave);
  if (moved?.token !== owner.token) {
    // A live process took the lock between our read and the rename: give it back.
    await rename(grave, lockDir).catch(() => rm(grave, { recursive: true, force: true }));
    return true;
  }
  await rm(grave, { recursive: true, force: true });
  logger.warn('store lock taken over from a dead process', { lock: lockDir, pid: owner.pid });
  return true;
}
