import { z } from 'zod';
import { defineSubcommand } from '../../src/core/command.ts';
import { opt } from '../../src/core/options.ts';
import { erasePerson } from '../../src/privacy/rights-erase.ts';
import { exportPerson } from '../../src/privacy/rights-export.ts';
import { opposePerson } from '../../src/privacy/rights-oppose.ts';
import { personOption, requestOption } from './options.ts';

/** `/gdpr export`: the right of access. */
export const exportSubcommand = defineSubcommand({
  name: 'export',
  frName: 'exporter',
  aliases: ['acces', 'accès', 'access'],
  permission: 'manager',
  description: {
    fr: 'Droit d’accès : tout ce que l’équipe détient sur une personne (résumé, JSON, CSV)',
    en: 'Right of access: everything the team holds on a person (summary, JSON, CSV)',
  },
  examples: ['/gdpr export person:P-12', '/rgpd exporter personne:jeanne.dupont@exemple.fr'],
  options: z.object({ person: personOption(), request: requestOption() }),
  handler: (args, ctx) => exportPerson(ctx, args),
});

/** `/gdpr erase`: the right to erasure, previewed until confirmed. */
export const eraseSubcommand = defineSubcommand({
  name: 'erase',
  frName: 'effacer',
  aliases: ['effacement', 'erasure', 'supprimer'],
  permission: 'manager',
  description: {
    fr: 'Droit à l’effacement : effacer une personne partout (aperçu, puis confirmer)',
    en: 'Right to erasure: erase a person everywhere (preview, then confirm)',
  },
  examples: ['/gdpr erase person:P-12', '/rgpd effacer personne:"Jeanne Dupont" confirmer:oui'],
  options: z.object({
    person: personOption(),
    confirm: opt.boolean({
      frName: 'confirmer',
      description: { fr: 'Effacer vraiment (sinon : aperçu)', en: 'Really erase (otherwise: preview)' },
    }),
    request: requestOption(),
  }),
  handler: (args, ctx) => erasePerson(ctx, args),
});

/** `/gdpr oppose`: the right to object, absolute for prospecting. */
export const opposeSubcommand = defineSubcommand({
  name: 'oppose',
  frName: 'opposer',
  aliases: ['opposition', 'object', 'ne-pas-contacter'],
  permission: 'manager',
  description: {
    fr: 'Droit d’opposition : ne plus jamais contacter cette personne (liste gardée 3 ans)',
    en: 'Right to object: never contact this person again (list kept 3 years)',
  },
  examples: ['/gdpr oppose person:"06 12 34 56 78"', '/rgpd opposer personne:P-12'],
  options: z.object({ person: personOption(), request: requestOption() }),
  handler: (args, ctx) => opposePerson(ctx, args),
});
