import { randomBytes } from 'node:crypto';
import { statSync } from 'node:fs';
import { type FileHandle, mkdir, open, rename, stat, unlink } from 'node:fs/promises';
import { dirname } from 'node:path';
import { namedFsError } from './fs-errors.ts';

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
  return readStampedAs(
    file,
    (handle) => handle.readFile('utf8'),
    (text, stamp) => ({ text, stamp }),
  );
}

/** The same, as bytes (a binary file, see binary-file.ts). */
export async function readStampedBytes(file: string): Promise<{ bytes: Buffer; stamp: FileStamp } | null> {
  return readStampedAs(
    file,
    (handle) => handle.readFile(),
    (bytes, stamp) => ({ bytes, stamp }),
  );
}

async function readStampedAs<C, R>(
  file: string,
  read: (handle: FileHandle) => Promise<C>,
  make: (content: C, stamp: FileStamp) => R,
): Promise<R | null> {
  let handle: Awaited<ReturnType<typeof open>>;
  try {
    handle = await open(file, 'r');
  } catch (err) {
    if (isMissing(err)) return null;
    throw err;
  }
  try {
    const stamp = stampOf(await handle.stat());
    return make(await read(handle), stamp);
  } finally {
    await handle.close();
  }
}

// Encoding a whole file into one Buffer per write cost a transient copy of every shard rewritten:
// with 1.2 MB shards, 300 `/log`s churned 360 MB through malloc, which kept ~80 MB of it resident.
// Files are written instead through a few reused 1 MB buffers, one slice of the text at a time.
const WRITE_BUFFER_BYTES = 1 << 20;
const KEPT_WRITE_BUFFERS = 4;
const freeBuffers: Uint8Array[] = [];
const encoder = new TextEncoder();

const takeBuffer = (): Uint8Array => freeBuffers.pop() ?? new Uint8Array(WRITE_BUFFER_BYTES);
const giveBack = (buffer: Uint8Array): void => {
  if (freeBuffers.length < KEPT_WRITE_BUFFERS) freeBuffers.push(buffer);
};

/** Texts written one after the other with `sep` between them, from `list[from]` on. */
export interface JoinedTexts {
  readonly list: readonly string[];
  readonly from: number;
  readonly sep: string;
}

/** A part is text (written as UTF-8), texts joined, or bytes written as they are. */
export type TextPart = string | JoinedTexts | Uint8Array;

/** A file's content: one text, or parts to write one after the other (never joined in memory). */
export type FileText = string | readonly TextPart[];

/**
 * Writes `text` as UTF-8 at the handle's position through a reused buffer: small parts (a carried
 * item, say) are packed into it and written together; a part bigger than what is left goes in slices.
 */
export async function writeText(handle: FileHandle, text: FileText): Promise<void> {
  const buffer = takeBuffer();
  // A Buffer over the same memory: `write` encodes at an offset without allocating anything.
  const packed = Buffer.from(buffer.buffer, buffer.byteOffset, buffer.byteLength);
  let filled = 0;
  const flush = async () => {
    for (let off = 0; off < filled; ) off += (await handle.write(buffer, off, filled - off)).bytesWritten;
    filled = 0;
  };
  /** Packs `part` when it fits in what is left (UTF-8 takes at most 3 bytes per UTF-16 unit). */
  const packs = (part: string): boolean => {
    const room = buffer.length - filled;
    if (part.length > room || (part.length * 3 > room && Buffer.byteLength(part) > room)) return false;
    filled += packed.write(part, filled);
    return true;
  };
  const put = async (part: string) => {
    if (packs(part)) return;
    await flush();
    for (let pos = 0; pos < part.length; ) {
      // encodeInto never splits a character: `read` UTF-16 units went in whole.
      const { read, written } = encoder.encodeInto(pos === 0 ? part : part.slice(pos), buffer);
      pos += read;
      filled = written;
      await flush();
    }
  };
  try {
    for (const part of typeof text === 'string' ? [text] : text) {
      if (typeof part === 'string') {
        if (!packs(part)) await put(part);
        continue;
      }
      if (part instanceof Uint8Array) {
        if (part.length <= buffer.length - filled) {
          buffer.set(part, filled);
          filled += part.length;
          continue;
        }
        await flush();
        for (let off = 0; off < part.length; )
          off += (await handle.write(part, off, part.length - off)).bytesWritten;
        continue;
      }
      const { list, from, sep } = part;
      for (let i = from; i < list.length; i++) {
        const item = list[i] as string;
        if (i > from && !packs(sep)) await put(sep);
        if (!packs(item)) await put(item);
      }
    }
    await flush();
  } finally {
    giveBack(buffer);
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

/** A complete, fsynced copy of a file's next content beside it, under a temp name, until renamed. */
export interface StagedFile {
  readonly file: string;
  readonly tmp: string;
  /** The stamp the target will have once `tmp` is renamed over it (rename keeps inode and mtime). */
  readonly stamp: FileStamp;
}

/** How temp names end: `<file>.<pid>.<12 hex digits>.tmp`. */
export const TEMP_SUFFIX = /\.\d+\.[0-9a-f]{12}\.tmp$/;

/**
 * Creates each distinct folder once, parents first: a commit of 48 month files in one folder
 * checks it once instead of once a file (see `stageDurable`'s `dirReady`).
 */
export async function ensureDirs(dirs: Iterable<string>): Promise<void> {
  for (const dir of [...new Set(dirs)].sort()) await ensureDir(dir);
}

/**
 * Writes `text` to a new temp file beside `file` and fsyncs it; `file` itself is not touched.
 * `dirReady`: the caller made the folder already (`ensureDirs`).
 */
export async function stageDurable(file: string, text: FileText, dirReady = false): Promise<StagedFile> {
  if (!dirReady) await ensureDir(dirname(file));
  const tmp = `${file}.${process.pid}.${randomBytes(6).toString('hex')}.tmp`;
  try {
    const handle = await open(tmp, 'wx');
    try {
      await writeText(handle, text);
      await handle.sync();
      return { file, tmp, stamp: stampOf(await handle.stat()) };
    } finally {
      await handle.close();
    }
  } catch (err) {
    await unlink(tmp).catch(() => undefined);
    throw namedFsError(err, file);
  }
}

/** fsyncs each distinct directory once, in parallel. */
export async function fsyncDirs(dirs: Iterable<string>): Promise<void> {
  await Promise.all([...new Set(dirs)].map(fsyncDir));
}

/**
 * Replaces `file` with `text` so that a crash leaves either the old or the new content, never a mix:
 * write a temp file, fsync it, rename it over the target, fsync the directory.
 */
export async function writeDurable(file: string, text: FileText): Promise<FileStamp> {
  const staged = await stageDurable(file, text);
  try {
    await rename(staged.tmp, file);
  } catch (err) {
    await unlink(staged.tmp).catch(() => undefined);
    throw err;
  }
  await fsyncDir(dirname(file));
  return staged.stamp;
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
