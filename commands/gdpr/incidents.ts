import { z } from 'zod';
import { incidentsReply } from '../../src/consent/incidents.ts';
import { defineSubcommand } from '../../src/core/command.ts';
import { opt } from '../../src/core/options.ts';
import { CONTACT_WARNINGS } from '../../src/domain/ids.ts';
import { requireByRef } from '../../src/domain/lookup.ts';

/** `/gdpr incidents`: contacts with consumers recorded in breach of DOMAIN §6, for managers to act on. */
export const incidentsSubcommand = defineSubcommand({
  name: 'incidents',
  frName: 'incidents',
  aliases: ['infractions', 'conformite', 'compliance'],
  permission: 'manager',
  description: {
    fr: 'Contacts de particuliers hors des règles (consentement, horaires, fériés, 4 appels/30 j, refus)',
    en: 'Consumer contacts outside the rules (consent, hours, holidays, 4 calls/30 days, refusal)',
  },
  examples: ['/gdpr incidents', '/rgpd incidents période:ce-mois règle:hors_horaires'],
  options: z.object({
    period: opt.period({
      positional: true,
      frName: 'période',
      aliases: ['periode', 'quand'],
      description: {
        fr: 'Période : ce-mois, novembre, T4, 2026-11-01..2026-11-30 (tout par défaut)',
        en: 'Period: this-month, november, Q4, 2026-11-01..2026-11-30 (all by default)',
      },
    }),
    rep: opt.text({
      frName: 'commercial',
      autocomplete: 'rep',
      description: { fr: 'Les contacts d’un commercial', en: 'One rep’s contacts' },
    }),
    rule: opt.choice(CONTACT_WARNINGS, {
      frName: 'règle',
      aliases: ['regle', 'code'],
      description: { fr: 'Une seule règle', en: 'One rule only' },
      choiceLabels: {
        fr: {
          b2c_phone_no_consent: 'appel_sans_consentement',
          call_outside_hours: 'hors_horaires',
          call_public_holiday: 'jour_férié',
          call_too_many_attempts: 'trop_d_appels',
          call_after_refusal: 'après_refus',
          b2c_email_no_consent: 'email_sans_consentement',
        },
        en: {
          b2c_phone_no_consent: 'call_without_consent',
          call_outside_hours: 'outside_hours',
          call_public_holiday: 'public_holiday',
          call_too_many_attempts: 'too_many_calls',
          call_after_refusal: 'after_refusal',
          b2c_email_no_consent: 'email_without_consent',
        },
      },
    }),
  }),
  handler(args, ctx) {
    const rep =
      args.rep === undefined ? undefined : requireByRef(ctx.tx.members, args.rep, 'rep_not_found', 'rep');
    return incidentsReply(ctx, {
      from: args.period?.from,
      to: args.period?.to,
      repId: rep?.id,
      code: args.rule,
    });
  },
});
