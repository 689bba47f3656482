import { z } from 'zod';
import { consentBlocks, currentConsents } from '../../src/consent/consent-view.ts';
import { consentHistory } from '../../src/consent/current.ts';
import {
  CONSENT_CHANNELS,
  CONSENT_DECISIONS,
  type ConsentRecord,
  consentsCollection,
} from '../../src/consent/entities.ts';
import { defineSubcommand } from '../../src/core/command.ts';
import { UserError } from '../../src/core/errors.ts';
import { opt } from '../../src/core/options.ts';
import { reply, text } from '../../src/core/reply.ts';
import { nextId, requireByRef } from '../../src/domain/lookup.ts';
import type { MessageKey } from '../../src/i18n/index.ts';
import { prospectFields } from '../../src/prospects/fields.ts';
import { resolveProspectRef } from '../../src/prospects/merged.ts';

/** `/prospect consent P-12 channel:phone status:granted proof:…`: a consent decision, kept with its proof. */
export const consentSubcommand = defineSubcommand({
  name: 'consent',
  frName: 'consentement',
  aliases: ['consentements', 'consents', 'optin', 'opt-in'],
  description: {
    fr: 'Consentement par canal (téléphone, e-mail, SMS) : voir, enregistrer avec sa preuve',
    en: 'Consent per channel (phone, email, SMS): show, record with its proof',
  },
  examples: [
    '/prospect consent P-12',
    '/prospect consentement P-12 canal:téléphone statut:donné source:salon preuve:"formulaire signé le 3/12"',
  ],
  options: z.object({
    prospect: opt.text({
      required: true,
      positional: true,
      autocomplete: 'prospect',
      aliases: ['id', 'nom', 'name', 'client'],
      maxLength: 120,
      description: { fr: 'Prospect (nom ou id P-12)', en: 'Prospect (name or id P-12)' },
    }),
    channel: opt.choice([...CONSENT_CHANNELS, 'all'], {
      frName: 'canal',
      description: { fr: 'Téléphone, e-mail, SMS ou tous', en: 'Phone, email, SMS or all' },
      choiceLabels: {
        fr: { phone: 'téléphone', email: 'e-mail', sms: 'SMS', all: 'tous' },
        en: { phone: 'phone', email: 'email', sms: 'SMS', all: 'all' },
      },
      choiceAliases: {
        phone: ['telephone', 'tel', 'appel', 'call'],
        email: ['mail', 'courriel', 'e-mail'],
        sms: ['texto'],
        all: ['tous', 'tout', 'every'],
      },
    }),
    status: opt.choice(CONSENT_DECISIONS, {
      frName: 'statut',
      aliases: ['decision', 'décision'],
      description: {
        fr: 'Donné ou refusé (un retrait est un refus)',
        en: 'Granted or refused (a withdrawal is a refusal)',
      },
      choiceLabels: {
        fr: { granted: 'donné', refused: 'refusé' },
        en: { granted: 'granted', refused: 'refused' },
      },
      choiceAliases: {
        granted: ['oui', 'yes', 'donne', 'accorde', 'accepte', 'given'],
        refused: ['non', 'no', 'refuse', 'retire', 'withdrawn', 'retrait'],
      },
    }),
    basis: prospectFields.basis,
    date: opt.date({
      noFuture: true,
      aliases: ['le', 'jour'],
      description: {
        fr: 'Jour de la décision (aujourd’hui par défaut)',
        en: 'Day of the decision (default today)',
      },
    }),
    source: opt.text({
      aliases: ['origine', 'recueil'],
      maxLength: 120,
      description: {
        fr: 'Où il a été recueilli : formulaire, salon, appel…',
        en: 'Where it was collected: form, trade show, call…',
      },
    }),
    proof: opt.text({
      frName: 'preuve',
      aliases: ['url', 'lien', 'link'],
      maxLength: 500,
      description: {
        fr: 'Preuve : texte accepté ou lien (URL)',
        en: 'Proof: wording accepted or a link (URL)',
      },
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
    const { prospect: _p, ...given } = args;
    const history = consentHistory(tx, p.id);
    if (Object.values(given).every((v) => v === undefined)) {
      return reply({
        title: t('consent.title', { name: p.name, id: p.id }),
        blocks: [
          ...consentBlocks(ctx, p, history),
          ...(history.length === 0 && p.consent.status === 'unknown'
            ? [text(t('consent.none', { id: p.id }))]
            : []),
        ],
        data: {
          prospect: { id: p.id, name: p.name, type: p.type },
          consents: currentConsents(ctx, p, history),
          history,
        },
      });
    }
    if (args.status === undefined) throw new UserError('consent_status_required', {}, 'status');
    if (args.channel === undefined)
      throw new UserError('missing_option', { option: ctx.locale === 'fr' ? 'canal' : 'channel' }, 'channel');
    if (args.status === 'refused' && args.basis !== undefined)
      throw new UserError('consent_basis_refused', {}, 'basis');
    if (args.status === 'granted' && p.type === 'b2c' && args.proof === undefined)
      throw new UserError('consent_proof_required', {}, 'proof');
    const consents = tx.collection(consentsCollection);
    const channels = args.channel === 'all' ? CONSENT_CHANNELS : [args.channel];
    const records: ConsentRecord[] = [];
    for (const channel of channels) {
      const record: ConsentRecord = {
        id: nextId(consents, 'K'),
        prospectId: p.id,
        channel,
        status: args.status,
        ...(args.status === 'granted' && { basis: args.basis ?? 'consent' }),
        at: args.date ?? ctx.today,
        ...(args.source !== undefined && { source: args.source }),
        ...(args.proof !== undefined && { proof: args.proof }),
        recordedAt: ctx.now.toISOString(),
        recordedBy: ctx.member.id,
        origin: 'chat',
      };
      consents.put(record);
      records.push(record);
    }
    const after = consentHistory(tx, p.id);
    const names = channels.map((c) => t(`consent_channel.${c}` as MessageKey)).join(', ');
    return reply({
      title: t('consent.recorded', {
        channels: names.charAt(0).toUpperCase() + names.slice(1),
        status: t(`consent.${args.status}`),
        name: p.name,
        id: p.id,
      }),
      tone: 'success',
      blocks: consentBlocks(ctx, p, after),
      reference: records.map((r) => r.id).join(', '),
      followUps: [{ label: `${p.name} (${p.id})`, command: `/prospect show ${p.id}` }],
      data: { records, consents: currentConsents(ctx, p, after) },
    });
  },
});
