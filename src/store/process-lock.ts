import { randomBytes } from 'node:crypto';
import { mkdir, readdir, unlink, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import lockfile from 'proper-lockfile';
import type { Logger } from '../core/logger.ts';
import { isReadOnly } from './fs-errors.ts';
import { lockFs, signOwner, takeOverDeadHolder } from './lock-owner.ts';

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

export interface ProcessLocks {
  /** Runs `fn` holding `<target>.lock`; `target` need not exist. */
  run<R>(target: string, fn: (lock: HeldLock) => Promise<R>): Promise<R>;
}

const POLL_MIN_MS = 2;
const POLL_SPREAD_MS = 18;
// Longer than the longest poll interval, so a waiting process gets a turn between two of our commands.
const HANDOFF_MS = POLL_MIN_MS + POLL_SPREAD_MS + 5;

const isLocked = (err: unknown): boolean => (err as NodeJS.ErrnoException)?.code === 'ELOCKED';

/** Another live process kept the lock longer than the wait bound: the team is busy, try again later. */
export class LockBusyError extends Error {
  override readonly name = 'LockBusyError';
  readonly lock: string;
  readonly waitedMs: number;

  constructor(lock: string, waitedMs: number) {
    super(`timed out after ${waitedMs} ms waiting for ${lock} (held by another process)`);
    this.lock = lock;
    this.waitedMs = waitedMs;
  }
}

/**
 * Cross-process locks with proper-lockfile (a `<target>.lock` directory, refreshed while held, taken
 * over when stale). Plain polling would let a busy process re-take the lock right after releasing it
 * and starve the others, so a waiter leaves a note in `<target>.lock-wait/`, and a releasing process
 * that sees one pauses briefly before its next attempt.
 */
export function createProcessLocks(options: ProcessLockOptions): ProcessLocks {
  /** Targets whose last release saw a waiter: the next attempt here lets them go first. */
  const yieldTo = new Set<string>();

  async function othersWaiting(waitDir: string): Promise<boolean> {
    let names: string[];
    try {
      names = await readdir(waitDir);
    } catch {
      return false;
    }
    const now = Date.now();
    // A note is `<deadline>-<pid>-<random>`: past its deadline it is left over from a dead waiter.
    return names.some((name) => Number(name.split('-')[0]) > now);
  }

  async function acquire(
    target: string,
    waitDir: string,
  ): Promise<{ release: () => Promise<void>; lost: () => Error | null }> {
    let compromised: Error | null = null;
    const deadline = Date.now() + options.waitMs;
    let note: string | null = null;
    if (yieldTo.delete(target)) await sleep(HANDOFF_MS);
    try {
      for (;;) {
        try {
          const release = await lockfile.lock(target, {
            realpath: false,
            stale: options.staleMs,
            fs: lockFs,
            onCompromised: (err) => {
              compromised = err;
              options.logger.error('store lock compromised', { lock: `${target}.lock`, error: err.message });
            },
          });
          await signOwner(`${target}.lock`);
          return { release, lost: () => compromised };
        } catch (err) {
          // Nobody can write to a read-only folder, this process included: reading needs no lock there.
          if (isReadOnly(err)) return { release: async () => undefined, lost: () => null };
          if (!isLocked(err)) throw err;
          // A holder on this machine whose process is gone left it after a crash: no need to wait for it to go stale.
          if (await takeOverDeadHolder(`${target}.lock`, options.logger)) continue;
          if (Date.now() >= deadline) throw new LockBusyError(`${target}.lock`, options.waitMs);
          if (note === null) {
            note = `${deadline}-${process.pid}-${randomBytes(4).toString('hex')}`;
            await mkdir(waitDir, { recursive: true });
            await writeFile(join(waitDir, note), '');
          }
          await sleep(POLL_MIN_MS + Math.random() * POLL_SPREAD_MS);
        }
      }
    } finally {
      if (note !== null) await unlink(join(waitDir, note)).catch(() => undefined);
    }
  }

  return {
    async run(target, fn) {
      const waitDir = `${target}.lock-wait`;
      const { release, lost } = await acquire(target, waitDir);
      const lock: HeldLock = {
        assertHeld() {
          const err = lost();
          if (err) throw new Error(`lost the lock ${target}.lock: ${err.message}`);
        },
      };
      try {
        return await fn(lock);
      } finally {
        if (!lost()) {
          await release().catch((err: Error) =>
            options.logger.warn('store lock release failed', { lock: `${target}.lock`, error: err.message }),
          );
          if (await othersWaiting(waitDir)) yieldTo.add(target);
        }
      }
    },
  };
}
