import { DateTime } from 'luxon';
import { todayIn } from '../analytics/period.ts';
import { recordAudit } from '../audit/record.ts';
import { teamsOnly } from '../core/conversations/personal-chats.ts';
import { type Reply, reply, text } from '../core/reply.ts';
import { periodicService, type Service } from '../core/service.ts';
import type { Bot } from '../core/turn.ts';
import { createTranslator } from '../i18n/index.ts';
import type { TeamTx, WakeSpec } from '../store/types.ts';
import { isOverdue, requestsCollection } from './requests.ts';
import { applyRetention, planRetention } from './retention.ts';
import { retentionBlocks } from './retention-reply.ts';
import { retentionCollection, retentionOf } from './retention-settings.ts';

/** How often the scheduler looks (the daily job runs once a day, on the first tick of the day). */
const TICK_MS = 15 * 60_000;
/**
 * The daily job in the store's wake-up records: it runs once a day whatever changed, so only the
 * team's zone (its midnight) and its own settings and requests can change when it is next due.
 */
const PRIVACY_WAKE: WakeSpec = {
  service: 'privacy',
  watches: [retentionCollection.name, requestsCollection.name],
  teamRecord: true,
};

/** The start of the team's next day: the daily job's next turn (store.visit's `wakeAt`). */
const nextDayIn = (timeZone: string, now: Date): Date =>
  DateTime.fromJSDate(now, { zone: timeZone }).startOf('day').plus({ days: 1 }).toJSDate();

/** The team's managers and admins: who is told about retention and overdue requests. */
const managersOf = (tx: TeamTx): string[] =>
  tx.members
    .all()
    .filter((m) => m.role !== 'rep')
    .map((m) => m.id);

/**
 * Once a day per team (the day is recorded in the same transaction, so two processes or a restart
 * do not run it twice): applies retention (anonymise what was announced `noticeDays` ago, purge old
 * objections, announce what comes next) and reminds managers, once, of overdue rights requests.
 * Returns what each team's managers were told.
 */
export async function runPrivacyJobs(
  bot: Pick<Bot, 'core' | 'notify'>,
  now: Date,
): Promise<{ teamId: string; memberIds: string[]; notice: Reply }[]> {
  const { store, logger } = bot.core;
  const told: { teamId: string; memberIds: string[]; notice: Reply }[] = [];
  // Only the teams whose day turned since their last run, or changed since (new retention rules…).
  for (const teamId of teamsOnly(await store.teamsToWake(PRIVACY_WAKE, now))) {
    const due = await store.visit(teamId, PRIVACY_WAKE, (tx) => ({
      result: dailyJob(tx, now),
      wakeAt: nextDayIn(tx.team.settings.timeZone, now),
    }));
    if (!due) continue;
    const reached: string[] = [];
    for (const memberId of due.memberIds) {
      try {
        if (await bot.notify(teamId, memberId, due.notice)) reached.push(memberId);
      } catch (e) {
        logger.error('privacy notice failed', {
          teamId,
          memberId,
          error: e instanceof Error ? e.message : String(e),
        });
      }
    }
    logger.info('privacy daily job', { teamId, told: reached.length });
    told.push({ teamId, memberIds: reached, notice: due.notice });
  }
  return told;
}

/** Today's job on one team, in its transaction: what to tell its managers, if anything. */
function dailyJob(tx: TeamTx, now: Date): { memberIds: string[]; notice: Reply } | undefined {
  const today = todayIn(tx.team.settings.timeZone, now);
  const rules = retentionOf(tx, now);
  if (rules.lastRunOn === today) return undefined;
  const plan = planRetention(tx, today, now);
  const counts = applyRetention(tx, plan, today, now);
  if (Object.keys(counts).length > 0)
    recordAudit(tx, {
      action: 'retention',
      actorId: 'system',
      at: now,
      targets: [...plan.anonymise.map((d) => d.prospectId), ...plan.purgeOppositions].slice(0, 50),
      counts,
    });
  const requests = tx.collection(requestsCollection);
  const overdue = requests.all().filter((r) => isOverdue(r, today) && !r.remindedOn);
  for (const r of overdue) requests.put({ ...r, remindedOn: today });
  if (plan.notice.length === 0 && plan.anonymise.length === 0 && overdue.length === 0) return undefined;
  const t = createTranslator(tx.team.settings.locale);
  const blocks = [
    ...(plan.notice.length > 0 || plan.anonymise.length > 0
      ? retentionBlocks(t, { ...plan, purgeOppositions: [] }, rules)
      : []),
    ...(overdue.length > 0
      ? [
          text(
            `${t('gdpr.requests.reminder_title', { count: overdue.length })} (${overdue.map((r) => r.id).join(', ')}). ${t('gdpr.requests.reminder')}`,
          ),
        ]
      : []),
  ];
  const notice = reply({
    title: t('gdpr.retention.notice_title'),
    tone: 'warning',
    blocks,
    locale: tx.team.settings.locale,
  });
  return { memberIds: managersOf(tx), notice };
}

/** The daily privacy job as a background service of `prospecta start`. */
export function createPrivacyScheduler(): Service {
  return periodicService({
    name: 'GDPR retention and request reminders',
    everyMs: TICK_MS,
    where: 'once a day per team: retention applied, managers told by direct message',
    failure: 'privacy scheduler failed',
    run: runPrivacyJobs,
  });
}
