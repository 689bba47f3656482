import { z } from 'zod';
import { assertMayTouch, requireActivity } from '../../src/activities/access.ts';
import { activityFields, entryFollowUps } from '../../src/activities/card.ts';
import { afterSignatureAdded, afterSignatureRemoved } from '../../src/activities/customer-status.ts';
import { activityRefOption } from '../../src/activities/edit-options.ts';
import { redoFollowUps, takeBackFollowUps } from '../../src/activities/follow-up-links.ts';
import { findActivity, findDeleted } from '../../src/activities/reference.ts';
import { type DeletedActivity, deletedActivitiesCollection } from '../../src/activities/tombstones.ts';
import { defineSubcommand } from '../../src/core/command.ts';
import { UserError } from '../../src/core/errors.ts';
import { opt } from '../../src/core/options.ts';
import { fields, reply, text } from '../../src/core/reply.ts';
import { resolveProspectRef } from '../../src/prospects/merged.ts';

/** `/activity delete A-12`: the entry leaves every analysis at once; a tombstone keeps it for restore. */
export const deleteSubcommand = defineSubcommand({
  name: 'delete',
  frName: 'supprimer',
  aliases: ['annuler', 'effacer', 'undo', 'remove'],
  description: {
    fr: 'Supprimer une action saisie par erreur (récupérable)',
    en: 'Delete an action logged by mistake (can be restored)',
  },
  examples: ['/activity delete A-12', '/action supprimer A-12 raison:"doublon"'],
  options: z.object({
    activity: activityRefOption(),
    reason: opt.text({
      frName: 'raison',
      aliases: ['motif', 'pourquoi'],
      maxLength: 300,
      description: { fr: 'Pourquoi (facultatif)', en: 'Why (optional)' },
    }),
  }),
  handler(args, ctx) {
    const { tx, t } = ctx;
    const a = requireActivity(ctx, args.activity, 'activity');
    const { removedFollowUps, reopenedFollowUpIds: reopened } = takeBackFollowUps(tx, a.id);
    const tomb: DeletedActivity = {
      id: a.id,
      activity: a,
      deletedBy: ctx.member.id,
      deletedAt: ctx.now.toISOString(),
      ...(args.reason !== undefined && { reason: args.reason }),
      ...(reopened.length > 0 && { reopenedFollowUpIds: reopened }),
      ...(removedFollowUps.length > 0 && { removedFollowUps }),
    };
    tx.collection(deletedActivitiesCollection).put(tomb);
    tx.activities.remove(a.id);
    if (a.outcome === 'signed') afterSignatureRemoved(tx, a);
    return reply({
      title: t('activity.deleted', { id: a.id }),
      tone: 'success',
      blocks: [
        fields(activityFields(a, ctx)),
        text(t('activity.deleted_text', { id: a.id })),
        ...(removedFollowUps.length > 0
          ? [
              text(
                t('activity.follow_ups_removed', {
                  count: removedFollowUps.length,
                  ids: removedFollowUps.map((f) => f.id).join(', '),
                }),
              ),
            ]
          : []),
        ...(reopened.length > 0
          ? [text(t('activity.follow_ups_reopened', { count: reopened.length, ids: reopened.join(', ') }))]
          : []),
      ],
      followUps: [{ label: t('activity.followup_restore'), command: `/activity restore ${a.id}` }],
      reference: a.id,
      data: { deleted: tomb },
    });
  },
});

/** `/activity restore A-12`: the deleted entry counts again, under its own reference. */
export const restoreSubcommand = defineSubcommand({
  name: 'restore',
  frName: 'rétablir',
  aliases: ['retablir', 'restaurer', 'recuperer'],
  description: { fr: 'Rétablir une action supprimée', en: 'Restore a deleted action' },
  examples: ['/activity restore A-12'],
  options: z.object({ activity: activityRefOption() }),
  handler(args, ctx) {
    const { tx, t } = ctx;
    const tomb = findDeleted(tx, args.activity);
    if (!tomb) {
      const live = findActivity(tx, args.activity);
      if (live) throw new UserError('activity_not_deleted', { id: live.id }, 'activity');
      throw new UserError('activity_not_found', { value: args.activity }, 'activity');
    }
    assertMayTouch(ctx, tomb.activity, 'activity');
    if (tx.activities.get(tomb.id)) throw new UserError('activity_id_taken', { id: tomb.id }, 'activity');
    const from = tomb.activity.prospectId;
    const prospectId = tx.prospects.get(from) ? from : resolveProspectRef(tx, from);
    if (!tx.prospects.get(prospectId))
      throw new UserError('activity_restore_prospect_gone', { id: tomb.id, prospect: from }, 'activity');
    const a = { ...tomb.activity, prospectId };
    tx.activities.put(a);
    tx.collection(deletedActivitiesCollection).remove(tomb.id);
    afterSignatureAdded(tx, a);
    redoFollowUps(tx, a.id, tomb, ctx.now);
    return reply({
      title: t('activity.restored', { id: a.id }),
      tone: 'success',
      blocks: [
        fields(activityFields(a, ctx)),
        text(t('activity.restored_text')),
        ...(prospectId !== from ? [text(t('activity.restored_moved', { from, into: prospectId }))] : []),
      ],
      followUps: entryFollowUps(t, a.id),
      reference: a.id,
      data: { activity: a },
    });
  },
});
