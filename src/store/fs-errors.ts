/** The file system refused a write for lack of room: ENOSPC, or EDQUOT (the user's quota). */
export const isDiskFull = (err: unknown): boolean => {
  const code = (err as NodeJS.ErrnoException)?.code;
  return code === 'ENOSPC' || code === 'EDQUOT';
};

export const isReadOnly = (err: unknown): boolean => (err as NodeJS.ErrnoException)?.code === 'EROFS';

/**
 * A write error with the file it was about: a failed `write` on a handle names no path (`ENOSPC: no
 * space left on device, write`), another names the temp file; "disk full" is useful with the file
 * that did not fit, as the user knows it.
 */
export function namedFsError(err: unknown, file: string): unknown {
  const e = err as NodeJS.ErrnoException;
  if (e && typeof e === 'object' && typeof e.code === 'string') e.path = file;
  return err;
}
