import type { CommandContext } from '../core/command.ts';
import { type Reply, reply, text } from '../core/reply.ts';
import type { Formatter, Translator } from '../i18n/index.ts';
import type { Derived, TeamTx } from '../store/types.ts';
import { type FollowUp, followUpsCollection } from './entities.ts';
import { formatDue } from './format.ts';

/**
 * Members a channel reaches in private without being asked (Discord direct message, Teams personal
 * chat) are reminded by the scheduler; the others (terminal, web chat: no push) on their next
 * command, which also takes over once direct messages gave up. Both mark the same `remindedAt`
 * in the team's transaction, and a claimed reminder is left to its claimer: it is given once.
 */
const PUSHED_PREFIXES: ReadonlySet<string> = new Set(['discord', 'teams']);
export const remindedByMessage = (memberId: string): boolean =>
  PUSHED_PREFIXES.has(memberId.split(':')[0] ?? '');

/** Failed direct messages of one reminder before the scheduler gives it up to the rep's next command. */
export const MAX_REMINDER_FAILURES = 6;
/** The wait before retrying after the n-th failure: 2, 4, 8, 16, 32 minutes. */
const retryDelayMs = (failures: number): number => 2 ** failures * 60_000;

const awaits = (f: FollowUp): boolean => f.status === 'open' && f.remindedAt === undefined;
const isDue = (f: FollowUp, now: Date): boolean => awaits(f) && f.dueAt <= now.toISOString();

/**
 * The follow-ups still to remind (open, not reminded), kept with the store's cached follow-ups:
 * every command looks for the member's due reminders, and done ones pile up over the years.
 */
const awaitingReminder: Derived<FollowUp, Map<string, FollowUp>> = {
  build: (items) => new Map(items.filter(awaits).map((f) => [f.id, f])),
  apply(value, upserts, removes) {
    for (const f of upserts) {
      if (awaits(f)) value.set(f.id, f);
      else value.delete(f.id);
    }
    for (const id of removes) value.delete(id);
  },
};

const awaitingOf = (tx: TeamTx): Iterable<FollowUp> =>
  tx.collection(followUpsCollection).derived(awaitingReminder).values();

/**
 * The due reminders to send by direct message, claimed: inside the team's transaction (exclusive
 * across processes), each gets `claimedAt` unless it is claimed already, waits for its retry time
 * or failed too often, so that of two processes ticking at once only one sends it.
 * A process that dies holding a claim leaves that reminder unsent: at most once, like the digest.
 */
export function claimReminders(tx: TeamTx, now: Date, canSend: (memberId: string) => boolean): FollowUp[] {
  const followUps = tx.collection(followUpsCollection);
  const claimed: FollowUp[] = [];
  for (const f of awaitingOf(tx)) {
    if (!isDue(f, now) || !remindedByMessage(f.repId) || !canSend(f.repId)) continue;
    const attempt = f.reminderAttempt;
    if (attempt?.claimedAt || (attempt && attempt.failures >= MAX_REMINDER_FAILURES)) continue;
    if (attempt?.retryAt && attempt.retryAt > now.toISOString()) continue;
    const mine = {
      ...f,
      reminderAttempt: { failures: attempt?.failures ?? 0, claimedAt: now.toISOString() },
    };
    followUps.put(mine);
    claimed.push(mine);
  }
  return claimed;
}

/**
 * When the scheduler next has a reminder to send for the team (store.visit's `wakeAt`): the earliest
 * due time, or retry time, of a follow-up still to remind by direct message and not claimed or given
 * up; `retryAfter` for one due now that this process cannot send (another replica may); null: none.
 */
export function nextReminderAt(
  view: TeamTx,
  now: Date,
  canSend: (memberId: string) => boolean,
  retryAfter: Date,
): Date | null {
  let next: string | undefined;
  for (const f of awaitingOf(view)) {
    if (!remindedByMessage(f.repId)) continue;
    const attempt = f.reminderAttempt;
    if (attempt?.claimedAt || (attempt && attempt.failures >= MAX_REMINDER_FAILURES)) continue;
    let at = attempt?.retryAt && attempt.retryAt > f.dueAt ? attempt.retryAt : f.dueAt;
    if (at <= now.toISOString() && !canSend(f.repId)) at = retryAfter.toISOString();
    if (next === undefined || at < next) next = at;
  }
  return next === undefined ? null : new Date(next);
}

/** How a direct message went: sent; failed (an error: retried later); or the member cannot be reached (given up). */
export type SendOutcome = 'sent' | 'failed' | 'unreachable';

/**
 * After sending: reminded; or the claim released with one more failure and a retry time; or, when
 * the member cannot be messaged (a Teams member who never wrote to the bot personally), given up at
 * once so that their next private answer carries it. Only claims still held are settled.
 */
export function settleReminders(
  tx: TeamTx,
  claimed: readonly FollowUp[],
  outcome: SendOutcome,
  now: Date,
): void {
  const followUps = tx.collection(followUpsCollection);
  for (const c of claimed) {
    const f = followUps.get(c.id);
    // Postponed, done or closed meanwhile: the claim was dropped with the old due time.
    if (!f || f.reminderAttempt?.claimedAt !== c.reminderAttempt?.claimedAt) continue;
    const { reminderAttempt, ...rest } = f;
    if (outcome === 'sent') {
      followUps.put({ ...rest, remindedAt: now.toISOString(), remindedVia: 'direct_message' });
      continue;
    }
    const failures = outcome === 'unreachable' ? MAX_REMINDER_FAILURES : (reminderAttempt?.failures ?? 0) + 1;
    const retryAt = new Date(now.getTime() + retryDelayMs(failures)).toISOString();
    followUps.put({
      ...rest,
      reminderAttempt: failures >= MAX_REMINDER_FAILURES ? { failures } : { failures, retryAt },
    });
  }
}

/** A reminder the direct messages gave up on. */
const givenUp = (f: FollowUp): boolean => (f.reminderAttempt?.failures ?? 0) >= MAX_REMINDER_FAILURES;

/** The reminder of some due follow-ups, as read by their rep. */
export function reminderReply(
  view: Pick<TeamTx, 'prospects' | 'team'>,
  items: readonly FollowUp[],
  i18n: { t: Translator; fmt: Formatter },
): Reply {
  const { t, fmt } = i18n;
  const lines = items.map((f) =>
    t('follow_up.reminder_line', {
      prospect: view.prospects.get(f.prospectId)?.name ?? f.prospectId,
      prospectId: f.prospectId,
      due: formatDue(fmt, f.dueAt, view.team.settings.timeZone),
      id: f.id,
    }),
  );
  return reply({
    title: t('follow_up.reminder_title', { count: items.length }),
    blocks: [text(lines.join('\n')), text(t('follow_up.reminder_hint'))],
    locale: t.locale,
  });
}

/**
 * The core's after-command hook: a member who cannot be messaged (terminal, web chat) finds their
 * due reminders below the answer to their next command, marked reminded in the same transaction.
 * So does a Discord or Teams member whose direct messages gave up, in an answer only they see.
 */
export function remindOnNextCommand(ctx: CommandContext, answer: Reply): Reply {
  const pushed = remindedByMessage(ctx.member.id);
  if (pushed && answer.visibility !== 'private') return answer;
  const followUps = ctx.tx.collection(followUpsCollection);
  const due = [...awaitingOf(ctx.tx)]
    .filter(
      (f) =>
        f.repId === ctx.member.id &&
        isDue(f, ctx.now) &&
        !f.reminderAttempt?.claimedAt &&
        (!pushed || givenUp(f)),
    )
    .sort((a, b) => a.dueAt.localeCompare(b.dueAt));
  if (due.length === 0) return answer;
  for (const f of due) {
    const { reminderAttempt: _attempt, ...rest } = f;
    followUps.put({ ...rest, remindedAt: ctx.now.toISOString(), remindedVia: 'next_command' });
  }
  const notice = reminderReply(ctx.tx, due, ctx);
  return {
    ...answer,
    blocks: [...answer.blocks, text(notice.title ?? ''), ...notice.blocks],
    data: { ...answer.data, reminders: due.map((f) => f.id) },
  };
}
