import { opt } from '../core/options.ts';
import { PROSPECT_TYPES } from '../domain/ids.ts';

/** The fields of a persona as `/persona add` and `/persona edit` ask for them. */
export const personaFields = {
  segment: opt.text({
    maxLength: 120,
    description: {
      fr: 'Segment (artisans du bâtiment, jeunes retraités…)',
      en: 'Segment (building trades, young retirees…)',
    },
  }),
  type: opt.choice(PROSPECT_TYPES, {
    frName: 'clientèle',
    aliases: ['clientele', 'customer_type'],
    description: {
      fr: 'Professionnels (B2B) ou particuliers (B2C)',
      en: 'Businesses (B2B) or consumers (B2C)',
    },
    choiceLabels: {
      fr: { b2b: 'professionnels (B2B)', b2c: 'particuliers (B2C)' },
      en: { b2b: 'businesses (B2B)', b2c: 'consumers (B2C)' },
    },
    choiceAliases: { b2b: ['pro', 'professionnels', 'entreprises'], b2c: ['particuliers', 'consumers'] },
  }),
  needs: opt.longText({
    frName: 'besoins',
    aliases: ['besoin', 'need'],
    maxLength: 1000,
    description: { fr: 'Ses besoins et attentes', en: 'Needs and expectations' },
  }),
  motives: opt.text({
    frName: 'motivations',
    aliases: ['soncas', 'mobiles', 'motive'],
    maxLength: 200,
    description: {
      fr: 'SONCAS : sécurité, orgueil, nouveauté, confort, argent, sympathie (séparées par des virgules)',
      en: 'SONCAS motives, comma-separated: security, pride, novelty, comfort, money, sympathy',
    },
  }),
  objections: opt.longText({
    aliases: ['freins', 'objection'],
    maxLength: 1000,
    description: { fr: 'Freins et objections attendus', en: 'Expected objections' },
  }),
  channels: opt.text({
    frName: 'canaux',
    aliases: ['canal', 'channel'],
    maxLength: 500,
    description: {
      fr: 'Canaux pour le joindre (salon, LinkedIn, visite…)',
      en: 'Channels to reach them (trade show, LinkedIn, visit…)',
    },
  }),
};
