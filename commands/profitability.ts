import { z } from 'zod';
import { analyseCampaign } from '../src/campaigns/analysis.ts';
import { campaignRef, resolveCampaign } from '../src/campaigns/campaign-options.ts';
import { profitabilityBlocks, profitabilityData } from '../src/campaigns/profitability-reply.ts';
import { defineCommand } from '../src/core/command.ts';
import { opt } from '../src/core/options.ts';
import { reply } from '../src/core/reply.ts';

export default defineCommand({
  name: 'profitability',
  frName: 'rentabilité',
  aliases: ['rentabilite', 'roi', 'bilan'],
  description: {
    fr: 'Rentabilité d’une opération : coûts, coût par visite, CAC, marge, ROI, seuil',
    en: 'Campaign profitability: costs, cost per visit, CAC, margin, ROI, break-even',
  },
  slow: true,
  examples: ['/profitability C-1', '/rentabilité "Salon Habitat Lyon"'],
  options: z.object({
    campaign: campaignRef(false),
    share: opt.boolean({
      frName: 'partager',
      description: { fr: 'Montrer la réponse à tout le canal', en: 'Show the answer to the whole channel' },
    }),
  }),
  handler(args, ctx) {
    const c = resolveCampaign(ctx.tx, args.campaign);
    const a = analyseCampaign(ctx.tx, c, ctx.today);
    return reply({
      title: ctx.t('ops.profit_title', { name: c.name }),
      visibility: args.share ? 'shared' : 'private',
      blocks: profitabilityBlocks(ctx, c, a),
      followUps: [
        { label: ctx.t('ops.followup_dashboard'), command: `/dashboard ${c.id}` },
        { label: ctx.t('ops.followup_methods'), command: '/method compare' },
      ],
      data: profitabilityData(c, a),
    });
  },
});
