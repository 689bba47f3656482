import type { Period } from '../analytics/period.ts';
import type { TeamTx } from '../store/types.ts';
import { watchSettingsCollection, watchSettingsOf } from './entities.ts';

/** Failed posts of one weekly digest before the scheduler gives that week up. */
export const MAX_DIGEST_FAILURES = 6;

/** The wait before retrying after the n-th failure: 2, 4, 8, 16, 32 minutes (about an hour in all). */
const retryDelayMs = (failures: number): number => 2 ** failures * 60_000;

/**
 * The week's digest is posted at most once, never twice, with retries after failures:
 *
 * 1. `claimDigest`, in the transaction that builds the digest, records a claim (`claimedAt`) unless
 *    the week was posted, is claimed, waits for its retry time or failed too often. The store's
 *    transaction is exclusive across processes, so of two processes only one gets the claim.
 * 2. The claimer posts, then `settleDigest` marks the week posted (`lastDigestFrom`) or releases
 *    the claim with one more failure and a retry time.
 *
 * A process that dies between its claim and its settle (before or after posting: it cannot be
 * known) leaves the claim held, and the week is never posted again: at most once, by choice; a
 * missed digest is better than a double one. A graceful stop waits for the tick in flight.
 */
export function claimDigest(tx: TeamTx, period: Period, now: Date): boolean {
  const settings = watchSettingsOf(tx, now);
  if (settings.lastDigestFrom === period.from) return false;
  const attempt = settings.digestAttempt?.from === period.from ? settings.digestAttempt : undefined;
  if (attempt?.claimedAt) return false;
  if (attempt && attempt.failures >= MAX_DIGEST_FAILURES) return false;
  if (attempt?.retryAt && attempt.retryAt > now.toISOString()) return false;
  tx.collection(watchSettingsCollection).put({
    ...settings,
    digestAttempt: { from: period.from, failures: attempt?.failures ?? 0, claimedAt: now.toISOString() },
    updatedAt: now.toISOString(),
  });
  return true;
}

/** After the post: the week marked posted, or the claim released with one more failure. */
export function settleDigest(tx: TeamTx, period: Period, posted: boolean, now: Date): { failures: number } {
  const { digestAttempt, ...settings } = watchSettingsOf(tx, now);
  const failures = (digestAttempt?.from === period.from ? digestAttempt.failures : 0) + (posted ? 0 : 1);
  tx.collection(watchSettingsCollection).put({
    ...settings,
    ...(posted
      ? { lastDigestFrom: period.from }
      : {
          digestAttempt: {
            from: period.from,
            failures,
            retryAt: new Date(now.getTime() + retryDelayMs(failures)).toISOString(),
          },
        }),
    updatedAt: now.toISOString(),
  });
  return { failures };
}
