import { teamsOnly } from '../core/conversations/personal-chats.ts';
import { periodicService, type Service } from '../core/service.ts';
import type { Bot } from '../core/turn.ts';
import { createFormatter, createTranslator } from '../i18n/index.ts';
import type { TeamTx, WakeSpec } from '../store/types.ts';
import { type FollowUp, followUpsCollection } from './entities.ts';
import {
  claimReminders,
  nextReminderAt,
  reminderReply,
  type SendOutcome,
  settleReminders,
} from './reminders.ts';

/** How often the scheduler looks for follow-ups due (a reminder is at most this late). */
const TICK_MS = 60_000;
/** The reminders scheduler in the store's wake-up records: its time depends on the follow-ups only. */
const REMINDERS_WAKE: WakeSpec = {
  service: 'follow-ups',
  watches: [followUpsCollection.name],
  teamRecord: false,
};

/**
 * Sends each due follow-up's reminder by direct message, once across ticks, restarts and processes
 * (claimed in the team's transaction, see reminders.ts); a failed message is retried on later ticks.
 * Every tick looks at everything due and not reminded, so reminders missed while down are caught up.
 * Returns the ids reminded.
 */
export async function runDueReminders(
  bot: Pick<Bot, 'core' | 'canNotify' | 'notify'>,
  now: Date,
): Promise<string[]> {
  const { store, logger } = bot.core;
  const reminded: string[] = [];
  const canSend = (memberId: string) => bot.canNotify(memberId);
  const wakeAt = (tx: TeamTx) => nextReminderAt(tx, now, canSend, new Date(now.getTime() + TICK_MS));
  // Only the teams with a reminder due, or changed since the last look (a follow-up logged anywhere).
  for (const teamId of teamsOnly(await store.teamsToWake(REMINDERS_WAKE, now))) {
    const batches = await store.visit(teamId, REMINDERS_WAKE, (tx) => ({
      result: claimBatches(tx, now, canSend),
      wakeAt: wakeAt(tx),
    }));
    for (const { repId, items, notice } of batches) {
      let outcome: SendOutcome = 'failed';
      try {
        outcome = (await bot.notify(teamId, repId, notice)) ? 'sent' : 'unreachable';
      } catch (e) {
        logger.error('follow-up reminder failed', {
          teamId,
          repId,
          error: e instanceof Error ? e.message : String(e),
        });
      }
      await store.visit(teamId, REMINDERS_WAKE, (tx) => ({
        result: settleReminders(tx, items, outcome, now),
        wakeAt: wakeAt(tx),
      }));
      if (outcome === 'sent') reminded.push(...items.map((f) => f.id));
      logger.info('follow-up reminder', { teamId, repId, followUps: items.map((f) => f.id), outcome });
    }
  }
  return reminded;
}

/** The due reminders claimed in this transaction, one message a rep, in the rep's language. */
function claimBatches(tx: TeamTx, now: Date, canSend: (memberId: string) => boolean) {
  const claimed = claimReminders(tx, now, canSend);
  const byRep = new Map<string, FollowUp[]>();
  for (const f of claimed) byRep.set(f.repId, [...(byRep.get(f.repId) ?? []), f]);
  return [...byRep].map(([repId, items]) => {
    const locale = tx.members.get(repId)?.locale ?? tx.team.settings.locale;
    const i18n = {
      t: createTranslator(locale),
      fmt: createFormatter(locale, tx.team.settings.currency, tx.team.settings.timeZone),
    };
    return { repId, items, notice: reminderReply(tx, items, i18n) };
  });
}

/** Follow-up reminders as a background service of `prospecta start` (started after the channels). */
export function createFollowUpScheduler(): Service {
  return periodicService({
    name: 'Follow-up reminders',
    everyMs: TICK_MS,
    where: 'direct messages on Discord and Teams, when each follow-up is due',
    failure: 'follow-up scheduler failed',
    run: runDueReminders,
  });
}
