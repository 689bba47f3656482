import { errorReply } from '../core/dispatch.ts';
import { UserError } from '../core/errors.ts';
import type { Bot, Outcome } from '../core/turn.ts';
import { createTranslator } from '../i18n/index.ts';
import type { Store } from '../store/types.ts';
import { RATE_POLICY } from './rate-policy.ts';
import { type BucketLimit, sharedTeamBuckets } from './shared-team-bucket.ts';

export type { BucketLimit } from './shared-team-bucket.ts';

export interface RateLimits {
  /** Each user of a team. */
  readonly perUser: BucketLimit;
  /** A whole team, all its users together. */
  readonly perTeam: BucketLimit;
  /** A user's commands run one after the other, at most this many at once... */
  readonly userRunning: number;
  /** ...and at most this many wait their turn; more are answered "slow down" at once. */
  readonly userWaiting: number;
}

/**
 * A user: 2 commands running and 8 waiting at most (what keeps a burst from getting ahead of the
 * others), and 120 at once then 2 a second (no one types faster; a script of sequential commands
 * fits); a team: 600 at once, then 20 a second.
 */
export const DEFAULT_RATE_LIMITS: RateLimits = {
  perUser: { burst: 120, refillMs: 500 },
  perTeam: { burst: 600, refillMs: 50 },
  userRunning: 2,
  userWaiting: 8,
};

function createBuckets(limit: BucketLimit, now: () => number) {
  const buckets = new Map<string, { tokens: number; at: number }>();
  const tokensOf = (b: { tokens: number; at: number }, t: number) =>
    Math.min(limit.burst, b.tokens + (t - b.at) / limit.refillMs);
  return {
    /** Takes one token for `key` and returns 0; else how many ms until the next one. */
    take(key: string): number {
      const t = now();
      if (buckets.size > 10_000) {
        // Full buckets are the default: forgetting them keeps only recent senders in memory.
        for (const [k, b] of buckets) if (tokensOf(b, t) >= limit.burst) buckets.delete(k);
      }
      const b = buckets.get(key);
      const tokens = b ? tokensOf(b, t) : limit.burst;
      if (tokens >= 1) {
        buckets.set(key, { tokens: tokens - 1, at: t });
        return 0;
      }
      buckets.set(key, { tokens, at: t });
      return Math.ceil((1 - tokens) * limit.refillMs);
    },
  };
}

/** The "slow down" answer: nothing ran, nothing was written. */
function slowDown(locale: 'fr' | 'en', scope: 'user' | 'team', waitMs: number): Outcome {
  const t = createTranslator(locale);
  const seconds = Math.max(1, Math.ceil(waitMs / 1000));
  return {
    reply: errorReply(t, new UserError(scope === 'user' ? 'rate_limited' : 'rate_limited_team', { seconds })),
    charts: [],
    posted: { posted: false },
    reposted: 'none',
    notices: async () => [],
  };
}

/**
 * The bot with rate limits per user and per team, as `RATE_POLICY` says for each channel: a user's
 * commands wait in their own short line (so a burst of one user's commands never gets ahead of
 * another user's), and beyond the limits the answer is a localized "slow down" at once, without
 * running anything. With a store, a team's bucket is shared by every process on it (replicas,
 * terminals: src/guard/shared-team-bucket.ts); without, it is this process's.
 */
export function withRateLimit(
  bot: Bot,
  opts: {
    limits?: RateLimits;
    now?: () => number;
    store?: Store;
    /** How long a process's first command of a team waits for the shared bucket (default 1 s). */
    sharedWaitMs?: number;
  } = {},
): Bot {
  const limits = opts.limits ?? DEFAULT_RATE_LIMITS;
  const now = opts.now ?? (() => performance.now());
  const users = createBuckets(limits.perUser, now);
  const local = createBuckets(limits.perTeam, now);
  const shared =
    opts.store &&
    sharedTeamBuckets(opts.store, limits.perTeam, {
      ...(opts.sharedWaitMs !== undefined && { firstWaitMs: opts.sharedWaitMs }),
    });
  const teamWait = (teamId: string): number | Promise<number> =>
    shared ? shared.take(teamId) : local.take(teamId);
  const lanes = new Map<string, { running: number; waiting: (() => void)[] }>();
  return {
    ...bot,
    async handle(inv, hooks) {
      const policy = RATE_POLICY[inv.channel];
      const locale = inv.locale ?? 'fr';
      const key = `${inv.teamId}\u0000${inv.user.id}`;
      if (policy.perUser) {
        const userWait = users.take(key);
        if (userWait > 0) return slowDown(locale, 'user', userWait);
      }
      if (policy.perTeam) {
        const wait = await teamWait(inv.teamId);
        if (wait > 0) return slowDown(locale, 'team', wait);
      }
      if (!policy.perUser) return bot.handle(inv, hooks);
      const lane = lanes.get(key) ?? { running: 0, waiting: [] };
      lanes.set(key, lane);
      if (lane.running >= limits.userRunning) {
        if (lane.waiting.length >= limits.userWaiting)
          return slowDown(locale, 'user', limits.perUser.refillMs);
        await new Promise<void>((resolve) => lane.waiting.push(resolve));
      }
      lane.running++;
      try {
        return await bot.handle(inv, hooks);
      } finally {
        lane.running--;
        const next = lane.waiting.shift();
        if (next) next();
        else if (lane.running === 0) lanes.delete(key);
      }
    },
  };
}
