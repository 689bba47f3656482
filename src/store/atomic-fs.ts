import { randomBytes } from 'node:crypto';
import { statSync } from 'node:fs';
import { mkdir, open, rename, stat, unlink } from 'node:fs/promises';
import { dirname } from 'node:path';

/** What identifies one version of a file: an atomic rename always brings a new inode. */
export interface FileStamp {
  readonly ino: number;
  readonly size: number;
  readonly mtimeMs: number;
}

export const sameStamp = (a: FileStamp | null, b: FileStamp | null): boolean =>
  a === b || (a !== null && b !== null && a.ino === b.ino && a.size === b.size && a.mtimeMs === b.mtimeMs);

const stampOf = (s: FileStamp): FileStamp => ({ ino: s.ino, size: s.size, mtimeMs: s.mtimeMs });

const isMissing = (err: unknown): boolean => (err as NodeJS.ErrnoException)?.code === 'ENOENT';

/** The stamp of a file, or null when it does not exist. */
export async function statStamp(file: string): Promise<FileStamp | null> {
  try {
    return stampOf(await stat(file));
  } catch (err) {
    if (isMissing(err)) return null;
    throw err;
  }
}

/**
 * The same, synchronously: refresh checks every file of a team before each command, and a few
 * microseconds of blocking stat beat a round trip through the thread pool per file.
 */
export function statStampSync(file: string): FileStamp | null {
  const st = statSync(file, { throwIfNoEntry: false });
  return st ? stampOf(st) : null;
}

/** Reads a file with the stamp of the very version read (fstat on the same handle), or null when missing. */
export async function readStamped(file: string): Promise<{ text: string; stamp: FileStamp } | null> {
  let handle: Awaited<ReturnType<typeof open>>;
  try {
    handle = await open(file, 'r');
  } catch (err) {
    if (isMissing(err)) return null;
    throw err;
  }
  try {
    const stamp = stampOf(await handle.stat());
    return { text: await handle.readFile('utf8'), stamp };
  } finally {
    await handle.close();
  }
}

/** Makes the entries of a directory (new, renamed or removed files) survive a power loss. */
export async function fsyncDir(dir: string): Promise<void> {
  // Windows cannot open a directory for fsync; NTFS journals metadata itself.
  if (process.platform === 'win32') return;
  const handle = await open(dir, 'r');
  try {
    await handle.sync();
  } finally {
    await handle.close();
  }
}

/** Creates `dir` and makes each newly created folder's entry durable in its parent. */
async function ensureDir(dir: string): Promise<void> {
  const first = await mkdir(dir, { recursive: true });
  if (first === undefined) return;
  for (let d = dir; ; d = dirname(d)) {
    await fsyncDir(dirname(d));
    if (d === first || dirname(d) === d) break;
  }
}

/**
 * Replaces `file` with `text` so that a crash leaves either the old or the new content, never a mix:
 * write a temp file, fsync it, rename it over the target, fsync the directory.
 */
export async function writeDurable(file: string, text: string): Promise<FileStamp> {
  const dir = dirname(file);
  await ensureDir(dir);
  const tmp = `${file}.${process.pid}.${randomBytes(6).toString('hex')}.tmp`;
  let stamp: FileStamp;
  try {
    const handle = await open(tmp, 'wx');
    try {
      await handle.writeFile(text, 'utf8');
      await handle.sync();
      // rename keeps inode and mtime, so this is the stamp of the target after the rename
      stamp = stampOf(await handle.stat());
    } finally {
      await handle.close();
    }
    await rename(tmp, file);
  } catch (err) {
    await unlink(tmp).catch(() => undefined);
    throw err;
  }
  await fsyncDir(dir);
  return stamp;
}

/** Deletes a file durably; a missing file is fine. */
export async function unlinkDurable(file: string): Promise<void> {
  try {
    await unlink(file);
  } catch (err) {
    if (isMissing(err)) return;
    throw err;
  }
  await fsyncDir(dirname(file));
}
