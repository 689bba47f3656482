import { z } from 'zod';
import { opt } from '../core/options.ts';
import { RELIABILITIES, WATCH_TYPES } from './entities.ts';

const TYPE_LABELS = {
  fr: {
    legal: 'juridique',
    commercial: 'commerciale',
    competitive: 'concurrentielle',
    digital: 'digitale',
    technological: 'technologique',
    societal: 'sociétale',
  },
  en: {
    legal: 'legal',
    commercial: 'commercial',
    competitive: 'competitive',
    digital: 'digital',
    technological: 'technological',
    societal: 'societal',
  },
} as const;

const TYPE_ALIASES = {
  legal: ['juridique', 'reglementaire', 'regulatory'],
  commercial: ['commerciale'],
  competitive: ['concurrentielle', 'concurrence', 'competition'],
  digital: ['digitale', 'numerique'],
  technological: ['technologique', 'techno', 'tech'],
  societal: ['societale', 'societe', 'social'],
} as const;

export const typeOption = <R extends boolean>(required: R) =>
  opt.choice(WATCH_TYPES, {
    required,
    description: {
      fr: 'Type : juridique, commerciale, concurrentielle, digitale, technologique, sociétale',
      en: 'Type: legal, commercial, competitive, digital, technological, societal',
    },
    choiceLabels: TYPE_LABELS,
    choiceAliases: TYPE_ALIASES,
  });

export const noteRefOption = () =>
  opt.text({
    required: true,
    positional: true,
    maxLength: 20,
    description: { fr: 'Id de la note (W-12)', en: 'Note id (W-12)' },
  });

export const confirmOption = () =>
  opt.boolean({
    frName: 'confirmer',
    description: {
      fr: 'Enregistrer malgré l’alerte sur les données sensibles',
      en: 'Store it despite the sensitive-data warning',
    },
  });

/** The fields of a note as `/watch post` and `/watch edit` ask for them. */
export const noteFields = {
  title: opt.text({ frName: 'titre', maxLength: 200, description: { fr: 'Titre', en: 'Title' } }),
  body: opt.longText({
    frName: 'texte',
    aliases: ['corps', 'contenu', 'content'],
    maxLength: 4000,
    description: { fr: 'Le texte de la note', en: 'The note itself' },
  }),
  source: opt.text({
    maxLength: 500,
    aliases: ['lien', 'url', 'link'],
    description: { fr: 'Lien vers la source (https://…)', en: 'Link to the source (https://…)' },
  }),
  reliability: opt.choice(RELIABILITIES, {
    frName: 'fiabilité',
    aliases: ['fiabilite'],
    choiceLabels: {
      fr: {
        A: 'A totalement fiable',
        B: 'B généralement fiable',
        C: 'C assez fiable',
        D: 'D pas toujours fiable',
        E: 'E peu fiable',
        F: 'F non évaluable',
      },
      en: {
        A: 'A completely reliable',
        B: 'B usually reliable',
        C: 'C fairly reliable',
        D: 'D not usually reliable',
        E: 'E unreliable',
        F: 'F cannot be judged',
      },
    },
    description: {
      fr: 'Fiabilité de la source : A (totalement fiable) … E (peu fiable), F (non évaluable)',
      en: 'Source reliability: A (completely reliable) … E (unreliable), F (cannot be judged)',
    },
  }),
  credibility: opt.integer({
    frName: 'crédibilité',
    aliases: ['credibilite'],
    min: 1,
    max: 6,
    description: {
      fr: 'Crédibilité de l’information : 1 (confirmée) … 5 (improbable), 6 (non évaluable)',
      en: 'Information credibility: 1 (confirmed) … 5 (improbable), 6 (cannot be judged)',
    },
  }),
  tags: opt.text({
    aliases: ['motscles', 'mots-cles', 'etiquettes'],
    maxLength: 400,
    description: { fr: 'Mots-clés séparés par des virgules', en: 'Tags, comma-separated' },
  }),
};

export const postOptions = z.object({
  type: typeOption(true),
  title: opt.text({
    required: true,
    frName: 'titre',
    maxLength: 200,
    description: { fr: 'Titre', en: 'Title' },
  }),
  body: opt.longText({
    required: true,
    frName: 'texte',
    aliases: ['corps', 'contenu', 'content'],
    maxLength: 4000,
    description: { fr: 'Le texte de la note', en: 'The note itself' },
  }),
  source: noteFields.source,
  reliability: noteFields.reliability,
  credibility: noteFields.credibility,
  tags: noteFields.tags,
  prospect: opt.text({
    autocomplete: 'prospect',
    maxLength: 120,
    description: {
      fr: 'Prospect concerné (créé s’il est nouveau)',
      en: 'Prospect concerned (created if new)',
    },
  }),
  competitor: opt.text({
    frName: 'concurrent',
    maxLength: 120,
    description: { fr: 'Concurrent concerné', en: 'Competitor concerned' },
  }),
  confirm: confirmOption(),
});
