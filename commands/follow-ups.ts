import { z } from 'zod';
import { legalCallDue } from '../src/consent/call-due.ts';
import { formatSlot } from '../src/consent/consent-view.ts';
import { defineCommand } from '../src/core/command.ts';
import { UserError } from '../src/core/errors.ts';
import { opt } from '../src/core/options.ts';
import { fromOption } from '../src/core/paging.ts';
import { reply, text } from '../src/core/reply.ts';
import { requireByRef } from '../src/domain/lookup.ts';
import { requireOpenFollowUp } from '../src/follow-ups/access.ts';
import { followUpsCollection } from '../src/follow-ups/entities.ts';
import { followUpsReply } from '../src/follow-ups/follow-ups-reply.ts';
import { formatDue } from '../src/follow-ups/format.ts';
import { requireDue } from '../src/follow-ups/from-log.ts';

export default defineCommand({
  name: 'follow-ups',
  frName: 'relances',
  aliases: ['followups', 'relance', 'rappels'],
  description: {
    fr: 'Mes relances : en retard, du jour, à venir ; marquer faite, reporter',
    en: 'My follow-ups: overdue, today, upcoming; mark done, postpone',
  },
  examples: ['/follow-ups', '/relances fait:F-3', '/relances reporter:F-3 à:lundi 10h'],
  options: z.object({
    done: opt.text({
      frName: 'fait',
      aliases: ['faite'],
      maxLength: 20,
      description: { fr: 'Relance faite (F-3)', en: 'Follow-up done (F-3)' },
    }),
    postpone: opt.text({
      frName: 'reporter',
      aliases: ['report'],
      maxLength: 20,
      description: { fr: 'Relance à reporter (F-3), avec à:', en: 'Follow-up to postpone (F-3), with to:' },
    }),
    to: opt.text({
      frName: 'à',
      aliases: ['a', 'au', 'le'],
      maxLength: 60,
      description: {
        fr: 'Nouvelle date : demain, lundi 10h, 15/12 (demain par défaut)',
        en: 'New date: tomorrow, monday 10am, 2026-12-15 (tomorrow by default)',
      },
    }),
    rep: opt.text({
      frName: 'commercial',
      autocomplete: 'rep',
      description: {
        fr: 'Relances d’un autre commercial (managers)',
        en: 'Another rep’s follow-ups (managers)',
      },
    }),
    from: fromOption(),
  }),
  handler(args, ctx) {
    const { t, tx } = ctx;
    const timeZone = ctx.team.settings.timeZone;
    if (args.done !== undefined && args.postpone !== undefined) throw new UserError('follow_up_two_actions');
    if (args.to !== undefined && args.postpone === undefined)
      throw new UserError('follow_up_to_without_postpone', { value: args.to }, 'to');
    const followUps = tx.collection(followUpsCollection);
    if (args.done !== undefined) {
      const f = requireOpenFollowUp(ctx, args.done, { name: 'done', frName: 'fait' });
      const { reminderAttempt: _attempt, ...rest } = f;
      followUps.put({ ...rest, status: 'done', closedAt: ctx.now.toISOString(), closedBy: ctx.member.id });
      return reply({
        title: t('follow_up.marked_done', { id: f.id }),
        tone: 'success',
        blocks: [text(`${tx.prospects.get(f.prospectId)?.name ?? f.prospectId} (${f.prospectId})`)],
        followUps: [{ label: t('follow_up.button.list'), command: '/follow-ups' }],
        reference: f.id,
        data: { followUp: { ...rest, status: 'done' } },
      });
    }
    if (args.postpone !== undefined) {
      const f = requireOpenFollowUp(ctx, args.postpone, { name: 'postpone', frName: 'reporter' });
      const typed = args.to ?? (ctx.locale === 'fr' ? 'demain' : 'tomorrow');
      const from = f.fromActivityId === undefined ? undefined : tx.activities.get(f.fromActivityId);
      const legal = legalCallDue(
        ctx,
        f.prospectId,
        from?.kind,
        requireDue(ctx, typed, { name: 'to', frName: 'à' }),
      );
      const due = legal.due;
      // A new due time is a new reminder: the one already sent (or being tried) was for the old time.
      const { reminderAttempt: _a, remindedAt: _r, remindedVia: _v, ...rest } = f;
      const postponed = {
        ...rest,
        dueAt: due.at,
        dueLocal: due.local,
        typed,
        postponedFrom: [...f.postponedFrom, f.dueAt].slice(-100),
      };
      followUps.put(postponed);
      return reply({
        title: t('follow_up.postponed', { id: f.id, due: formatDue(ctx.fmt, due.at, timeZone) }),
        tone: 'success',
        blocks: [
          text(t('follow_up.postponed_from', { due: formatDue(ctx.fmt, f.dueAt, timeZone) })),
          ...(legal.moved
            ? [text(t('follow_up.moved_to_legal_slot', { when: formatSlot(ctx, due.local) }))]
            : []),
        ],
        followUps: [{ label: t('follow_up.button.list'), command: '/follow-ups' }],
        reference: f.id,
        data: { followUp: postponed },
      });
    }
    if (args.rep !== undefined) {
      const rep = requireByRef(tx.members, args.rep, 'rep_not_found', 'rep');
      if (rep.id !== ctx.member.id && ctx.member.role === 'rep')
        throw new UserError('forbidden', { role: t('role.manager') });
      return followUpsReply(ctx, rep.id, t('follow_up.title_of', { rep: rep.displayName }), args);
    }
    return followUpsReply(ctx, ctx.member.id, t('follow_up.title'), args);
  },
});
