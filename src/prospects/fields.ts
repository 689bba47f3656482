import { z } from 'zod';
import { opt } from '../core/options.ts';
import { CONSENT_STATUSES, LEGAL_BASES, PROSPECT_STATUSES, PROSPECT_TYPES } from '../domain/ids.ts';

/** The editable fields of a prospect, shared by `/prospect add` and `/prospect edit`. */
export const prospectFields = {
  company: opt.text({
    frName: 'société',
    aliases: ['societe', 'entreprise'],
    maxLength: 120,
    description: { fr: 'Société', en: 'Company' },
  }),
  type: opt.choice(PROSPECT_TYPES, {
    description: { fr: 'B2B (professionnel) ou B2C (particulier)', en: 'B2B (business) or B2C (consumer)' },
    choiceLabels: {
      fr: { b2b: 'professionnel (B2B)', b2c: 'particulier (B2C)' },
      en: { b2b: 'business (B2B)', b2c: 'consumer (B2C)' },
    },
    choiceAliases: {
      b2b: ['pro', 'professionnel', 'entreprise'],
      b2c: ['particulier', 'consommateur', 'consumer'],
    },
  }),
  segment: opt.text({
    aliases: ['secteur', 'categorie'],
    maxLength: 80,
    description: { fr: 'Segment ou secteur', en: 'Segment or sector' },
  }),
  city: opt.text({ frName: 'ville', maxLength: 80, description: { fr: 'Ville', en: 'City' } }),
  postal_code: opt.text({
    frName: 'code_postal',
    aliases: ['cp', 'postcode', 'zip'],
    maxLength: 12,
    description: { fr: 'Code postal', en: 'Postal code' },
  }),
  email: opt.text({
    aliases: ['courriel', 'mail'],
    maxLength: 200,
    description: { fr: 'E-mail professionnel', en: 'Work email' },
  }),
  phone: opt.text({
    frName: 'téléphone',
    aliases: ['telephone', 'tel'],
    maxLength: 40,
    description: { fr: 'Téléphone', en: 'Phone' },
  }),
  source: opt.text({
    aliases: ['origine'],
    maxLength: 80,
    description: { fr: 'Origine du contact (fichier, salon…)', en: 'Where the contact came from' },
  }),
  status: opt.choice(PROSPECT_STATUSES, {
    frName: 'statut',
    description: { fr: 'Suspect, prospect ou client', en: 'Suspect, prospect or customer' },
    choiceLabels: {
      fr: { suspect: 'suspect', prospect: 'prospect', customer: 'client' },
      en: { suspect: 'suspect', prospect: 'prospect', customer: 'customer' },
    },
    choiceAliases: { customer: ['client'] },
  }),
  customer_since: opt.date({
    frName: 'client_depuis',
    aliases: ['depuis', 'date_client', 'since'],
    noFuture: true,
    description: {
      fr: 'Client depuis (date) : un client existant, ni conquête ni nouveau client du CAC',
      en: 'Customer since (date): an existing customer, not a conquest nor a new one for the CAC',
    },
  }),
  consent: opt.choice(CONSENT_STATUSES, {
    frName: 'consentement',
    description: { fr: 'Consentement à la prospection (RGPD)', en: 'Consent to prospecting (GDPR)' },
    choiceLabels: {
      fr: { unknown: 'inconnu', granted: 'donné', refused: 'refusé' },
      en: { unknown: 'unknown', granted: 'granted', refused: 'refused' },
    },
    choiceAliases: {
      granted: ['oui', 'yes', 'accorde', 'donne'],
      refused: ['non', 'no', 'refuse', 'opposition'],
      unknown: ['inconnu'],
    },
  }),
  basis: opt.choice(LEGAL_BASES, {
    frName: 'base_légale',
    aliases: ['base_legale', 'legal_basis'],
    description: { fr: 'Base légale du traitement', en: 'Legal basis of the processing' },
    choiceLabels: {
      fr: { consent: 'consentement', legitimate_interest: 'intérêt légitime', contract: 'contrat' },
      en: { consent: 'consent', legitimate_interest: 'legitimate interest', contract: 'contract' },
    },
    choiceAliases: {
      legitimate_interest: ['interet legitime', 'b2b'],
      consent: ['consentement'],
      contract: ['contrat'],
    },
  }),
  note: opt.longText({
    aliases: ['commentaire'],
    maxLength: 2000,
    description: { fr: 'Note factuelle et objective (RGPD)', en: 'Factual, objective note (GDPR)' },
  }),
};

const editable = z.object(prospectFields);
export type ProspectFieldArgs = z.output<typeof editable>;
