import { requireActivity } from '../../src/activities/access.ts';
import { activityFields, activityTitle, editCommandText, entryFollowUps } from '../../src/activities/card.ts';
import { afterSignatureAdded, afterSignatureRemoved } from '../../src/activities/customer-status.ts';
import { type EditArgs, editOptions } from '../../src/activities/edit-options.ts';
import { assertMoneyApplies, requireEntryRep } from '../../src/activities/entry-checks.ts';
import { MONEY_OUTCOMES } from '../../src/activities/log-options.ts';
import { recheckEditedContact } from '../../src/consent/log-warnings.ts';
import type { CommandContext } from '../../src/core/command.ts';
import { defineSubcommand } from '../../src/core/command.ts';
import { fields, reply, text } from '../../src/core/reply.ts';
import type { Activity } from '../../src/domain/entities.ts';
import { requireByRef } from '../../src/domain/lookup.ts';
import { guardField } from '../../src/privacy/guard-note.ts';
import { resolveProspectRef } from '../../src/prospects/merged.ts';

type Change = Partial<Omit<Activity, 'id' | 'source' | 'createdAt' | 'createdBy'>>;

/** What the typed options change, checked as `/log` checks them. */
function changeOf(args: EditArgs, a: Activity, ctx: CommandContext): Change {
  const { tx } = ctx;
  const c: Change = {};
  if (args.kind !== undefined) c.kind = args.kind;
  if (args.outcome !== undefined) c.outcome = args.outcome;
  if (args.prospect !== undefined)
    c.prospectId = requireByRef(
      tx.prospects,
      resolveProspectRef(tx, args.prospect),
      'prospect_not_found',
      'prospect',
    ).id;
  if (args.date !== undefined) c.date = args.date;
  if (args.amount !== undefined) c.amount = args.amount;
  if (args.margin !== undefined) c.margin = args.margin;
  if (args.duration !== undefined) c.durationMin = args.duration;
  if (args.travel !== undefined) c.travelMin = args.travel;
  if (args.km !== undefined) c.km = args.km;
  if (args.note !== undefined) c.note = args.note;
  if (args.campaign !== undefined)
    c.campaignId = requireByRef(tx.campaigns, args.campaign, 'campaign_not_found', 'campaign').id;
  if (args.rep !== undefined) c.repId = requireEntryRep(ctx, args.rep, a.repId).id;
  assertMoneyApplies(ctx, c.outcome ?? a.outcome, args);
  return c;
}

const FIELD_LABEL = {
  kind: 'field.kind',
  outcome: 'field.outcome',
  prospectId: 'field.prospect',
  date: 'field.date',
  amount: 'field.amount',
  margin: 'field.margin',
  campaignId: 'field.campaign',
  repId: 'field.rep',
  note: 'field.note',
  durationMin: 'activity.field.duration',
  travelMin: 'activity.field.travel',
  km: 'activity.field.km',
} as const;

export const editSubcommand = defineSubcommand({
  name: 'edit',
  frName: 'modifier',
  aliases: ['corriger', 'maj', 'update', 'correct'],
  description: {
    fr: 'Corriger une action (sans option : la voir, prête à corriger)',
    en: 'Correct an action (no option: see it, ready to correct)',
  },
  examples: ['/activity edit A-12 outcome:appointment', '/action modifier A-12 montant:1 500'],
  options: editOptions,
  handler(args, ctx) {
    const { tx, t } = ctx;
    const a = requireActivity(ctx, args.activity, 'activity');
    guardField(ctx, 'note', args.note, args.confirm);
    const change = changeOf(args, a, ctx);
    const changed = (Object.keys(change) as (keyof Change)[]).filter((k) => change[k] !== a[k]);
    if (changed.length === 0) {
      return reply({
        title: activityTitle(t, a),
        blocks: [
          fields(activityFields(a, ctx)),
          text(t('activity.edit_hint')),
          text(editCommandText(a, ctx)),
        ],
        followUps: entryFollowUps(t, a.id).slice(1),
        reference: a.id,
        data: { activity: a, changed: [] },
      });
    }
    let next: Activity = { ...a, ...change };
    let moneyDropped = false;
    if (!MONEY_OUTCOMES.has(next.outcome) && (next.amount !== undefined || next.margin !== undefined)) {
      const { amount: _amount, margin: _margin, ...rest } = next;
      next = rest;
      moneyDropped = true;
    }
    const checked = recheckEditedContact(ctx, a, next);
    next = checked.activity;
    tx.activities.put(next);
    if (a.outcome === 'signed') afterSignatureRemoved(tx, a);
    afterSignatureAdded(tx, next);
    const labels = changed.flatMap((k) =>
      k in FIELD_LABEL ? [t(FIELD_LABEL[k as keyof typeof FIELD_LABEL])] : [k],
    );
    return reply({
      title: t('activity.updated', { id: a.id }),
      tone: checked.warnings.length > 0 ? 'warning' : 'success',
      blocks: [
        fields(activityFields(next, ctx)),
        text(t('activity.changed', { fields: labels.join(', ') })),
        ...(moneyDropped
          ? [text(t('activity.money_dropped', { outcome: t(`outcome.${next.outcome}`) }))]
          : []),
        ...checked.blocks,
      ],
      followUps: entryFollowUps(t, a.id),
      reference: a.id,
      data: { activity: next, previous: a, changed, warnings: checked.warnings },
    });
  },
});
