import { z } from 'zod';
import { defineCommand, defineSubcommand } from '../src/core/command.ts';
import { opt } from '../src/core/options.ts';
import { customerReply } from '../src/portfolio/customer-reply.ts';

export default defineCommand({
  name: 'customer',
  frName: 'client',
  description: { fr: 'Fiche d’un client importé (ventes)', en: 'An imported customer’s card (sales)' },
  subcommands: [
    defineSubcommand({
      name: 'show',
      frName: 'voir',
      aliases: ['fiche'],
      description: {
        fr: 'Historique, totaux, classe ABC, segment RFM, dernière commande',
        en: 'History, totals, ABC class, RFM segment, last order',
      },
      examples: ['/customer show "Claire Gute"', '/client voir CG-12520'],
      options: z.object({
        name: opt.text({
          required: true,
          positional: true,
          frName: 'nom',
          maxLength: 120,
          description: { fr: 'Nom ou code du client', en: 'Customer name or id' },
        }),
      }),
      handler: (args, ctx) => customerReply(args, ctx),
    }),
  ],
});
