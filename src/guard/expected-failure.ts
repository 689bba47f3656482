import { isUserError, UserError } from '../core/errors.ts';
import { isDiskFull, isReadOnly } from '../store/fs-errors.ts';
import { LockBusyError } from '../store/process-lock.ts';

const fileOf = (e: unknown): string => (e as NodeJS.ErrnoException).path ?? '?';

/**
 * A failure the user can act on, as a UserError: the command's own, the store's busy team, a full
 * disk or a read-only data folder (naming the file); null for a bug.
 */
export function asUserError(e: unknown): UserError | null {
  if (isUserError(e)) return e;
  if (e instanceof LockBusyError)
    return new UserError('team_busy', { seconds: Math.ceil(e.waitedMs / 1000) });
  if (isDiskFull(e)) return new UserError('disk_full', { file: fileOf(e) });
  if (isReadOnly(e)) return new UserError('data_read_only', { file: fileOf(e) });
  return null;
}

/** Failures of the machine rather than of the input: the command line exits 1 for them, as for a bug. */
export const SYSTEM_FAILURES: ReadonlySet<string> = new Set(['disk_full', 'data_read_only']);
