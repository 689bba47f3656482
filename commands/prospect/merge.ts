import { z } from 'zod';
import { defineSubcommand } from '../../src/core/command.ts';
import { UserError } from '../../src/core/errors.ts';
import { opt } from '../../src/core/options.ts';
import { reply, text } from '../../src/core/reply.ts';
import { requireByRef } from '../../src/domain/lookup.ts';
import { mergeProspects } from '../../src/prospects/merge.ts';
import { resolveProspectRef } from '../../src/prospects/merged.ts';

/** `/prospect merge from:P-153 into:P-151`: a prospect created by mistake (a typo) joins the right one. */
export const mergeSubcommand = defineSubcommand({
  name: 'merge',
  frName: 'fusionner',
  aliases: ['fusion', 'regrouper'],
  description: {
    fr: 'Fusionner un prospect créé par erreur dans le bon (actions et notes déplacées)',
    en: 'Merge a prospect created by mistake into the right one (actions and notes move)',
  },
  examples: [
    '/prospect merge from:P-153 into:P-151',
    '/prospect fusionner de:"Boulangrie Martin" vers:P-151',
  ],
  options: z.object({
    from: opt.text({
      required: true,
      positional: true,
      frName: 'de',
      autocomplete: 'prospect',
      maxLength: 120,
      description: { fr: 'Le prospect en trop (nom ou id P-12)', en: 'The extra prospect (name or id P-12)' },
    }),
    into: opt.text({
      required: true,
      positional: true,
      frName: 'vers',
      aliases: ['dans'],
      autocomplete: 'prospect',
      maxLength: 120,
      description: { fr: 'Le prospect gardé (nom ou id P-12)', en: 'The prospect kept (name or id P-12)' },
    }),
  }),
  handler(args, ctx) {
    const { tx, t } = ctx;
    const from = requireByRef(tx.prospects, args.from, 'prospect_not_found', 'from');
    const into = requireByRef(tx.prospects, resolveProspectRef(tx, args.into), 'prospect_not_found', 'into');
    if (from.id === into.id) throw new UserError('merge_same_prospect', { id: from.id }, 'into');
    if (ctx.member.role === 'rep' && from.createdBy !== ctx.member.id)
      throw new UserError('merge_forbidden', { id: from.id }, 'from');
    const tomb = mergeProspects(tx, from, into, { memberId: ctx.member.id, now: ctx.now });
    const kept = tx.prospects.get(into.id) ?? into;
    return reply({
      title: t('prospect.merged', { from: from.id, into: into.id }),
      tone: 'success',
      blocks: [
        text(
          t('prospect.merged_text', {
            activities: tomb.movedActivityIds.length,
            notes: tomb.movedNoteIds.length,
            fromName: from.name,
            intoName: into.name,
            from: from.id,
            into: into.id,
          }),
        ),
      ],
      followUps: [{ label: `${into.name} (${into.id})`, command: `/prospect show ${into.id}` }],
      reference: into.id,
      data: { merged: tomb, prospect: kept },
    });
  },
});
