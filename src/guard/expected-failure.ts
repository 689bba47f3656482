import { isUserError, UserError } from '../core/errors.ts';
import { LockBusyError } from '../store/process-lock.ts';

/** A failure the user can act on, as a UserError: the command's own, or the store's busy team; null for a bug. */
export function asUserError(e: unknown): UserError | null {
  if (isUserError(e)) return e;
  if (e instanceof LockBusyError)
    return new UserError('team_busy', { seconds: Math.ceil(e.waitedMs / 1000) });
  return null;
}
