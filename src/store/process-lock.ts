import { setTimeout as sleep } from 'node:timers/promises';
import lockfile from 'proper-lockfile';
import type { Logger } from '../core/logger.ts';

export interface ProcessLockOptions {
  /** How long to wait for another process before giving up. */
  readonly waitMs: number;
  /** A lock not refreshed for this long belongs to a dead process and is taken over. */
  readonly staleMs: number;
  readonly logger: Logger;
}

/** A held cross-process lock. */
export interface HeldLock {
  /** Throws when the lock was lost (e.g. the event loop stalled past the stale time), before writing. */
  assertHeld(): void;
}

const isLocked = (err: unknown): boolean => (err as NodeJS.ErrnoException)?.code === 'ELOCKED';

/**
 * Runs `fn` holding the lock `<target>.lock` (a directory, via proper-lockfile), so two processes on
 * one data folder never interleave their commands on one team. `target` need not exist.
 */
export async function withProcessLock<R>(
  target: string,
  options: ProcessLockOptions,
  fn: (lock: HeldLock) => Promise<R>,
): Promise<R> {
  let compromised: Error | null = null;
  const deadline = Date.now() + options.waitMs;
  let release: () => Promise<void>;
  for (;;) {
    try {
      release = await lockfile.lock(target, {
        realpath: false,
        stale: options.staleMs,
        onCompromised: (err) => {
          compromised = err;
          options.logger.error('store lock compromised', { lock: `${target}.lock`, error: err.message });
        },
      });
      break;
    } catch (err) {
      if (!isLocked(err)) throw err;
      if (Date.now() >= deadline) {
        throw new Error(
          `timed out after ${options.waitMs} ms waiting for ${target}.lock (held by another process)`,
        );
      }
      // Random back-off so that waiting processes do not retry in lockstep.
      await sleep(2 + Math.random() * 18);
    }
  }
  const lock: HeldLock = {
    assertHeld() {
      if (compromised) throw new Error(`lost the lock ${target}.lock: ${compromised.message}`);
    },
  };
  try {
    return await fn(lock);
  } finally {
    if (!compromised) {
      await release().catch((err: Error) =>
        options.logger.warn('store lock release failed', { lock: `${target}.lock`, error: err.message }),
      );
    }
  }
}
