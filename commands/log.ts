import { activityFields, entryFollowUps } from '../src/activities/card.ts';
import { assertMoneyApplies, requireEntryRep } from '../src/activities/entry-checks.ts';
import { logOptions as options } from '../src/activities/log-options.ts';
import { markSigned, prospectForLog } from '../src/activities/prospect-ref.ts';
import { nextActivityRef } from '../src/activities/reference.ts';
import { savedTitle } from '../src/activities/saved-title.ts';
import { checkLoggedContact, contactTimeOption, requireContactTime } from '../src/consent/log-warnings.ts';
import { defineCommand } from '../src/core/command.ts';
import { fields, reply, text } from '../src/core/reply.ts';
import type { Activity } from '../src/domain/entities.ts';
import { requireByRef } from '../src/domain/lookup.ts';
import { followUpOption, followUpsAfterLog } from '../src/follow-ups/from-log.ts';
import { guardConfirmOption, guardField } from '../src/privacy/guard-note.ts';
import { refuseOpposedContact } from '../src/privacy/opposition.ts';
import { askIfDuplicate, newProspectOption } from '../src/prospects/duplicate-check.ts';

export default defineCommand({
  name: 'log',
  frName: 'journal',
  aliases: ['noter', 'saisir'],
  description: { fr: 'Enregistrer une action de prospection', en: 'Log a prospecting action' },
  examples: [
    '/log kind:call outcome:appointment prospect:"Boulangerie Martin"',
    '/journal type:visite résultat:signé prospect:P-12 montant:1 234,50 date:hier',
  ],
  options: options.extend({
    confirm: guardConfirmOption(),
    new: newProspectOption(),
    follow_up: followUpOption,
    time: contactTimeOption,
  }),
  handler(args, ctx) {
    const { tx, t } = ctx;
    guardField(ctx, 'note', args.note, args.confirm);
    assertMoneyApplies(ctx, args.outcome, args);
    const time = requireContactTime(args.time);
    const repId = args.rep === undefined ? ctx.member.id : requireEntryRep(ctx, args.rep, ctx.member.id).id;
    const campaign =
      args.campaign === undefined
        ? undefined
        : requireByRef(tx.campaigns, args.campaign, 'campaign_not_found', 'campaign');
    const asked = askIfDuplicate(ctx, {
      typed: args.prospect,
      field: 'prospect',
      path: { command: 'log' },
      args,
      yes: (p) => ({ args: { ...args, prospect: p.id } }),
      force: args.new,
    });
    if (asked) return asked;
    const { prospect, created } = prospectForLog(tx, args.prospect, {
      memberId: ctx.member.id,
      now: ctx.now,
    });
    refuseOpposedContact(ctx, prospect, { name: 'prospect', frName: 'prospect' });
    const typed: Activity = {
      id: nextActivityRef(tx),
      kind: args.kind,
      outcome: args.outcome,
      prospectId: prospect.id,
      repId,
      date: args.date ?? ctx.today,
      ...(time !== undefined && { time }),
      ...(args.amount !== undefined && { amount: args.amount }),
      ...(args.margin !== undefined && { margin: args.margin }),
      ...(args.duration !== undefined && { durationMin: args.duration }),
      ...(args.travel !== undefined && { travelMin: args.travel }),
      ...(args.km !== undefined && { km: args.km }),
      ...(campaign && { campaignId: campaign.id }),
      ...(args.note !== undefined && { note: args.note }),
      source: 'chat',
      createdAt: ctx.now.toISOString(),
      createdBy: ctx.member.id,
    };
    const checked = checkLoggedContact(ctx, prospect, typed);
    const activity = checked.activity;
    tx.activities.put(activity);
    if (activity.outcome === 'signed')
      markSigned(tx, tx.prospects.get(prospect.id) ?? prospect, activity.date);
    const blocks = [fields(activityFields(activity, ctx)), ...checked.blocks];
    if (created) blocks.push(text(t('log.prospect_created', { name: prospect.name, id: prospect.id })));
    blocks.push(...followUpsAfterLog(ctx, activity, args.follow_up));
    const followUps =
      activity.outcome === 'appointment'
        ? [{ label: t('log.followup_visit'), command: `/log kind:visit prospect:${prospect.id}` }]
        : [];
    return reply({
      title: savedTitle(t, activity.kind),
      tone: checked.warnings.length > 0 ? 'warning' : 'success',
      reference: activity.id,
      blocks,
      followUps: [
        ...followUps,
        ...entryFollowUps(t, activity.id),
        { label: t('log.followup_funnel'), command: '/funnel period:this-week' },
      ],
      data: {
        activity,
        prospect: { id: prospect.id, name: prospect.name, created },
        warnings: checked.warnings,
      },
    });
  },
});
