import { z } from 'zod';
import { callPermission } from '../../src/consent/call-slot.ts';
import { formatSlot } from '../../src/consent/consent-view.ts';
import { consentHistory } from '../../src/consent/current.ts';
import { warningMessage } from '../../src/consent/log-warnings.ts';
import { defineSubcommand } from '../../src/core/command.ts';
import { opt } from '../../src/core/options.ts';
import { reply, text } from '../../src/core/reply.ts';
import { requireByRef } from '../../src/domain/lookup.ts';
import { resolveProspectRef } from '../../src/prospects/merged.ts';

/** `/prospect can-call P-12`: may this consumer be phoned now, and if not, when (DOMAIN §6)? */
export const canCallSubcommand = defineSubcommand({
  name: 'can-call',
  frName: 'appel-possible',
  aliases: ['appel_possible', 'appeler', 'can_call', 'callable'],
  description: {
    fr: 'Peut-on appeler ce prospect maintenant ? Sinon, le prochain créneau légal',
    en: 'May this prospect be called now? If not, the next legal slot',
  },
  examples: ['/prospect can-call P-12', '/prospect appel-possible "Jean Martin"'],
  options: z.object({
    prospect: opt.text({
      required: true,
      positional: true,
      autocomplete: 'prospect',
      aliases: ['id', 'nom', 'name', 'client'],
      maxLength: 120,
      description: { fr: 'Prospect (nom ou id P-12)', en: 'Prospect (name or id P-12)' },
    }),
  }),
  handler(args, ctx) {
    const { tx, t } = ctx;
    const p = requireByRef(
      tx.prospects,
      resolveProspectRef(tx, args.prospect),
      'prospect_not_found',
      'prospect',
    );
    const timeZone = ctx.team.settings.timeZone;
    const history = {
      activities: tx.activities.all().filter((a) => a.prospectId === p.id),
      consents: consentHistory(tx, p.id),
    };
    const verdict = callPermission(p, history, ctx.now, timeZone);
    const warnings = verdict.breaches.map((b) => ({ code: b.code, message: warningMessage(ctx, p, b) }));
    const lines = warnings.map((w) => `⚠ ${w.message}`);
    if (p.type !== 'b2c') lines.push(t('can_call.b2b'));
    if (verdict.next) lines.push(t('can_call.next', { when: formatSlot(ctx, verdict.next) }));
    if (verdict.needsConsent) lines.push(t('can_call.needs_consent', { id: p.id }));
    return reply({
      title: t(verdict.allowed ? 'can_call.title_yes' : 'can_call.title_no', { name: p.name, id: p.id }),
      tone: verdict.allowed ? 'success' : 'warning',
      blocks: lines.length > 0 ? [text(lines.join('\n'))] : [],
      followUps: verdict.needsConsent
        ? [{ label: t('can_call.followup_consent'), command: `/prospect consent ${p.id}` }]
        : [],
      data: {
        prospect: { id: p.id, name: p.name, type: p.type },
        allowed: verdict.allowed,
        warnings,
        next: verdict.next ?? null,
        needsConsent: verdict.needsConsent,
        timeZone,
      },
    });
  },
});
