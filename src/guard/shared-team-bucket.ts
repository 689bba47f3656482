import { setTimeout as sleep } from 'node:timers/promises';
import { z } from 'zod';
import { TeamNotFoundError } from '../store/errors.ts';
import type { CollectionDef, Store } from '../store/types.ts';

/** A token bucket: `burst` commands at once, then one more every `refillMs`. */
export interface BucketLimit {
  readonly burst: number;
  readonly refillMs: number;
}

/** A team's bucket as every process sees it: the tokens left at `at` (the wall clock, ms). */
export const RateBucket = z.object({
  id: z.literal('team'),
  tokens: z.number().min(0),
  at: z.number().int().min(0),
});
export type RateBucket = z.infer<typeof RateBucket>;

export const rateBucketsCollection: CollectionDef<RateBucket> = {
  name: 'rate-buckets',
  schema: RateBucket,
  version: 1,
  bookkeeping: true,
};

/** The shared buckets of each store in this process, written out when the app closes (`flushSharedBuckets`). */
const open = new WeakMap<Store, Set<{ flush(): Promise<void> }>>();

/** Writes what this process took and has not written yet, on every limiter over `store` (before it closes). */
export async function flushSharedBuckets(store: Store): Promise<void> {
  await Promise.all([...(open.get(store) ?? [])].map((b) => b.flush()));
}

interface Local {
  /** The team's tokens at `at`, as the last sync left them. */
  level: number;
  at: number;
  /** Taken here since the last sync; being written by the running sync. */
  pending: number;
  writing: number;
  syncing?: Promise<boolean | undefined>;
  timer?: NodeJS.Timeout;
}

/**
 * The teams' buckets shared by every process on the same store (replicas, terminals). Each process
 * decides from its last view, writes what it took at most once every `syncMs` per team (one small
 * transaction, never awaited by a command), and reads there what the others took. A process's first
 * command of a team waits for that sync (at most `firstWaitMs`: a long import holding the team's lock
 * does not hold the command), and is taken in it, so that a one-command `prospecta run` counts and is
 * refused like any other. Processes may together overshoot by what each takes between two syncs.
 */
export function sharedTeamBuckets(
  store: Store,
  limit: BucketLimit,
  opts: { now?: () => number; syncMs?: number; firstWaitMs?: number } = {},
) {
  const now = opts.now ?? Date.now;
  const syncMs = opts.syncMs ?? 1000;
  const firstWaitMs = opts.firstWaitMs ?? 1000;
  const teams = new Map<string, Local>();
  const refill = (tokens: number, from: number, to: number) =>
    Math.min(limit.burst, tokens + Math.max(0, to - from) / limit.refillMs);

  /** Writes what was taken here, reads the team's level; with `takeOne`, takes a token in the same step (its result). */
  function sync(teamId: string, s: Local, takeOne: boolean): Promise<boolean | undefined> {
    if (s.syncing) return s.syncing.then(() => (takeOne ? sync(teamId, s, true) : undefined));
    const push = s.pending;
    s.pending = 0;
    s.writing = push;
    const run = store
      .transact(teamId, (tx) => {
        const buckets = tx.collection(rateBucketsCollection);
        const t = now();
        const kept = buckets.get('team');
        let level = Math.max(0, (kept ? refill(kept.tokens, kept.at, t) : limit.burst) - push);
        const took = takeOne && level >= 1;
        if (took) level -= 1;
        buckets.put({ id: 'team', tokens: level, at: Math.round(t) });
        return { level, at: Math.round(t), took };
      })
      .then(
        (r) => {
          s.level = r.level;
          s.at = r.at;
          return takeOne ? r.took : undefined;
        },
        (e: unknown) => {
          // A team made by this very command is written at its next sync; other failures (a
          // read-only folder, a busy team) leave the limit to this process's own view.
          if (e instanceof TeamNotFoundError) s.pending += push;
          return undefined;
        },
      )
      .finally(() => {
        s.writing = 0;
        s.syncing = undefined;
        if (s.pending > 0) schedule(teamId, s);
      });
    s.syncing = run;
    return run;
  }

  function schedule(teamId: string, s: Local): void {
    if (s.timer) return;
    s.timer = setTimeout(() => {
      s.timer = undefined;
      void sync(teamId, s, false);
    }, syncMs);
    // A terminal exits with its answer: the app's close writes what is left (flush).
    s.timer.unref();
  }

  const buckets = {
    /** Takes one of the team's tokens: 0, or how many ms until the next one. */
    async take(teamId: string): Promise<number> {
      let s = teams.get(teamId);
      if (!s) {
        s = { level: limit.burst, at: now(), pending: 0, writing: 0 };
        teams.set(teamId, s);
        const took = await Promise.race([
          sync(teamId, s, true),
          sleep(firstWaitMs, 'late' as const, { ref: false }),
        ]);
        // Late (the team's lock is held): runs now; the sync takes its token when the lock frees.
        if (took === true || took === 'late') return 0;
        if (took === false) return Math.ceil((1 - s.level) * limit.refillMs);
        // The sync failed: decided below from this process's own view.
      }
      const level = refill(s.level, s.at, now()) - s.pending - s.writing;
      if (level < 1) return Math.ceil((1 - level) * limit.refillMs);
      s.pending++;
      schedule(teamId, s);
      return 0;
    },
    /** Writes what is left to write (the app's close). */
    async flush(): Promise<void> {
      await Promise.all(
        [...teams].map(async ([teamId, s]) => {
          clearTimeout(s.timer);
          s.timer = undefined;
          if (s.syncing) await s.syncing;
          if (s.pending > 0) await sync(teamId, s, false);
        }),
      );
    },
  };
  const mine = open.get(store) ?? new Set();
  mine.add(buckets);
  open.set(store, mine);
  return buckets;
}
export type SharedTeamBuckets = ReturnType<typeof sharedTeamBuckets>;
