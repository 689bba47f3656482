import { linksCollection } from '../core/conversations/links.ts';
import type { TeamView, WakeSpec } from '../store/types.ts';
import { MAX_DIGEST_FAILURES } from './digest-claim.ts';
import { watchSettingsCollection, watchSettingsOf } from './entities.ts';
import { latestDigestSlot, nextDigestSlot } from './schedule.ts';

/** The digest scheduler in the store's wake-up records: its time depends on the settings, the posts channel and the team's zone. */
export const DIGEST_WAKE: WakeSpec = {
  service: 'digest',
  watches: [watchSettingsCollection.name, linksCollection.name],
  teamRecord: true,
};

/** Whether the team gets weekly digests at all: turned on, and a channel to post them in. */
export const getsDigests = (view: TeamView, now: Date): boolean =>
  watchSettingsOf(view, now).digestEnabled &&
  view
    .collection(linksCollection)
    .all()
    .some((l) => l.purpose === 'posts');

/**
 * When the digest scheduler next has something to do for the team (store.visit's `wakeAt`), read
 * after its claim or settle: the retry time of this week's failed post, else the next slot; never
 * while digests are off or have nowhere to go (a change of either changes the team, which wakes it).
 */
export function digestWakeAt(view: TeamView, now: Date): Date | null {
  if (!getsDigests(view, now)) return null;
  const settings = watchSettingsOf(view, now);
  const timeZone = view.team.settings.timeZone;
  const next = nextDigestSlot(settings, timeZone, now);
  const { period } = latestDigestSlot(settings, timeZone, now);
  const attempt = settings.digestAttempt;
  const retrying =
    settings.lastDigestFrom !== period.from &&
    attempt?.from === period.from &&
    !attempt.claimedAt &&
    attempt.failures < MAX_DIGEST_FAILURES &&
    attempt.retryAt !== undefined;
  if (!retrying || !attempt?.retryAt) return next;
  const retryAt = new Date(attempt.retryAt);
  return retryAt < next ? retryAt : next;
}
