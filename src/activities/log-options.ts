import { z } from 'zod';
import { opt } from '../core/options.ts';
import { ACTIVITY_KINDS, OUTCOMES } from '../domain/ids.ts';
import { KIND_ALIASES, KIND_LABELS, OUTCOME_ALIASES, OUTCOME_LABELS } from './labels.ts';

/** The fields of one activity as `/log` asks for them; also the columns of `/import activities`. */
export const logOptions = z.object({
  kind: opt.choice(ACTIVITY_KINDS, {
    required: true,
    frName: 'type',
    aliases: ['canal', 'action'],
    description: { fr: 'Type d’action : appel, visite, e-mail…', en: 'What you did: call, visit, email…' },
    choiceLabels: KIND_LABELS,
    choiceAliases: KIND_ALIASES,
  }),
  outcome: opt.choice(OUTCOMES, {
    required: true,
    frName: 'résultat',
    aliases: ['resultat', 'issue', 'result'],
    description: { fr: 'Résultat : RDV obtenu, refus, signé…', en: 'Result: appointment, refused, signed…' },
    choiceLabels: OUTCOME_LABELS,
    choiceAliases: OUTCOME_ALIASES,
  }),
  prospect: opt.text({
    required: true,
    aliases: ['client', 'societe', 'entreprise', 'company'],
    autocomplete: 'prospect',
    maxLength: 120,
    description: {
      fr: 'Prospect (nom ou id P-12) ; créé s’il est nouveau',
      en: 'Prospect (name or id P-12); created if new',
    },
  }),
  date: opt.date({
    noFuture: true,
    aliases: ['jour', 'le'],
    description: {
      fr: 'Date (aujourd’hui par défaut) : hier, 27/11/2026…',
      en: 'Date (default today): yesterday, 2026-11-27…',
    },
  }),
  amount: opt.money({
    frName: 'montant',
    aliases: ['ca', 'chiffre'],
    description: { fr: 'CA HT signé ou proposé (€)', en: 'Revenue excl. tax signed or proposed' },
  }),
  margin: opt.number({
    frName: 'marge',
    description: { fr: 'Marge HT de la vente', en: 'Margin excl. tax on the sale' },
  }),
  duration: opt.duration({
    frName: 'durée',
    aliases: ['duree'],
    description: { fr: 'Durée de l’échange (45, 1h30)', en: 'Time spent (45, 1h30)' },
  }),
  travel: opt.duration({
    frName: 'trajet',
    description: { fr: 'Temps de trajet (minutes)', en: 'Travel time (minutes)' },
  }),
  km: opt.number({
    min: 0,
    max: 5000,
    description: { fr: 'Kilomètres parcourus', en: 'Distance driven (km)' },
  }),
  campaign: opt.text({
    frName: 'campagne',
    autocomplete: 'campaign',
    maxLength: 80,
    description: { fr: 'Opération de prospection', en: 'Prospecting campaign' },
  }),
  rep: opt.text({
    frName: 'commercial',
    aliases: ['vendeur', 'pour'],
    autocomplete: 'rep',
    description: {
      fr: 'Commercial (vous par défaut ; managers)',
      en: 'Sales rep (you by default; managers)',
    },
  }),
  note: opt.longText({
    aliases: ['commentaire', 'remarque', 'comment'],
    maxLength: 2000,
    description: { fr: 'Note factuelle et objective (RGPD)', en: 'Factual, objective note (GDPR)' },
  }),
});

export type LogArgs = z.output<typeof logOptions>;

/** Amounts and margins belong to a proposal or a signature, not to a call with no answer. */
export const MONEY_OUTCOMES: ReadonlySet<string> = new Set(['proposal', 'signed']);
