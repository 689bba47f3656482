import { legalCallDue } from '../consent/call-due.ts';
import { formatSlot } from '../consent/consent-view.ts';
import type { CommandContext } from '../core/command.ts';
import { UserError } from '../core/errors.ts';
import { opt } from '../core/options.ts';
import { type Block, text } from '../core/reply.ts';
import type { Activity } from '../domain/entities.ts';
import { nextId } from '../domain/lookup.ts';
import { followUpCloser } from './auto-close.ts';
import { type Due, parseFollowUpDue } from './due.ts';
import { type FollowUp, followUpsCollection } from './entities.ts';
import { formatDue } from './format.ts';

/** `/log … relance:mardi`: when to get back to the prospect. */
export const followUpOption = opt.text({
  frName: 'relance',
  aliases: ['relancer', 'rappel', 'rappeler', 'followup', 'follow-up'],
  maxLength: 60,
  description: {
    fr: 'Relance prévue : mardi, demain, 15/12 10h (9h par défaut)',
    en: 'Follow up on: tuesday, tomorrow, 2026-12-15 10:00 (9:00 by default)',
  },
});

/** The due time typed in option `option`, or a UserError naming it (`relance` in French). */
export function requireDue(
  ctx: CommandContext,
  typed: string,
  option: { name: string; frName: string },
): Due {
  const r = parseFollowUpDue(typed, { now: ctx.now, timeZone: ctx.team.settings.timeZone });
  if (r.ok) return r.value;
  const label = ctx.locale === 'fr' ? option.frName : option.name;
  throw new UserError(r.code, { option: label, value: typed, ...r.params }, option.name);
}

/**
 * After /log saved `activity`: the prospect's open follow-ups close (the rep is back in touch), then
 * the follow-up typed, if any, is set for the activity's rep. Returns the lines to add to the answer.
 */
export function followUpsAfterLog(
  ctx: CommandContext,
  activity: Activity,
  typed: string | undefined,
): Block[] {
  const asTyped =
    typed === undefined ? undefined : requireDue(ctx, typed, { name: 'follow_up', frName: 'relance' });
  const legal = asTyped && legalCallDue(ctx, activity.prospectId, activity.kind, asTyped);
  const due = legal?.due;
  const blocks: Block[] = [];
  const closed = followUpCloser(ctx.tx, ctx.now)(activity);
  if (closed.length > 0)
    blocks.push(
      text(ctx.t('follow_up.closed_by_activity', { count: closed.length, ids: closed.join(', ') })),
    );
  if (!due || typed === undefined) return blocks;
  const followUps = ctx.tx.collection(followUpsCollection);
  const followUp: FollowUp = {
    id: nextId(followUps, 'F'),
    prospectId: activity.prospectId,
    repId: activity.repId,
    dueAt: due.at,
    dueLocal: due.local,
    typed,
    status: 'open',
    fromActivityId: activity.id,
    createdAt: ctx.now.toISOString(),
    createdBy: ctx.member.id,
    postponedFrom: [],
  };
  followUps.put(followUp);
  if (legal?.moved)
    blocks.push(text(ctx.t('follow_up.moved_to_legal_slot', { when: formatSlot(ctx, due.local) })));
  blocks.push(
    text(
      ctx.t('follow_up.set', {
        id: followUp.id,
        due: formatDue(ctx.fmt, due.at, ctx.team.settings.timeZone),
      }),
    ),
  );
  return blocks;
}
