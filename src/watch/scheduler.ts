import { teamsOnly } from '../core/conversations/personal-chats.ts';
import { reply } from '../core/reply.ts';
import { periodicService, type Service } from '../core/service.ts';
import type { Bot } from '../core/turn.ts';
import { createFormatter, createTranslator } from '../i18n/index.ts';
import type { TeamTx } from '../store/types.ts';
import { digestReply } from './digest.ts';
import { claimDigest, MAX_DIGEST_FAILURES, settleDigest } from './digest-claim.ts';
import { DIGEST_WAKE, digestWakeAt, getsDigests } from './digest-wake.ts';
import { watchSettingsOf } from './entities.ts';
import { latestDigestSlot } from './schedule.ts';

/** How often the scheduler looks for a digest due (a digest is at most this late). */
const TICK_MS = 60_000;

/**
 * Posts each team's weekly digest once its slot has passed: at most once a week across restarts
 * and processes, a failed post retried on later ticks a bounded number of times (digest-claim.ts).
 */
export async function runDueDigests(bot: Pick<Bot, 'core' | 'broadcast'>, now: Date): Promise<string[]> {
  const { store, logger } = bot.core;
  const posted: string[] = [];
  // Only the teams whose slot or retry has come, or that changed since the last look (digestWakeAt).
  for (const teamId of teamsOnly(await store.teamsToWake(DIGEST_WAKE, now))) {
    const due = await store.visit(teamId, DIGEST_WAKE, (tx) => ({
      result: claimDue(tx, now),
      wakeAt: digestWakeAt(tx, now),
    }));
    if (!due) continue;
    const { digest, period } = due;
    const result = await bot.broadcast(
      teamId,
      reply({ blocks: [], broadcast: digest, ...(digest.locale && { locale: digest.locale }) }),
    );
    const { failures } = await store.visit(teamId, DIGEST_WAKE, (tx) => ({
      result: settleDigest(tx, period, result.posted, now),
      wakeAt: digestWakeAt(tx, now),
    }));
    if (result.posted) posted.push(teamId);
    const log = { teamId, week: period.from, posted: result.posted, failures };
    if (!result.posted && failures >= MAX_DIGEST_FAILURES) logger.error('weekly digest given up', log);
    else logger.info('weekly digest', log);
  }
  return posted;
}

/** This week's digest, claimed, when its slot has passed and nobody posted or claimed it. */
function claimDue(tx: TeamTx, now: Date) {
  if (!getsDigests(tx, now)) return undefined;
  const settings = watchSettingsOf(tx, now);
  const { at, period } = latestDigestSlot(settings, tx.team.settings.timeZone, now);
  if (at > now) return undefined;
  // The first slot after the team existed: a team created mid-week gets its first digest next week.
  if (tx.team.createdAt > at.toISOString()) return undefined;
  if (!claimDigest(tx, period, now)) return undefined;
  const locale = tx.team.settings.locale;
  const t = createTranslator(locale);
  const digest = digestReply(tx, period, {
    t,
    fmt: createFormatter(locale, tx.team.settings.currency, tx.team.settings.timeZone),
    locale,
  });
  return { period, digest: { ...digest, locale } };
}

/** The weekly digest as a background service of `prospecta start` (started after the channels). */
export function createDigestScheduler(): Service {
  return periodicService({
    name: 'Weekly watch digest',
    everyMs: TICK_MS,
    where: 'every team with a posts channel, at its digest time (default Monday 09:00)',
    failure: 'digest scheduler failed',
    run: runDueDigests,
  });
}
