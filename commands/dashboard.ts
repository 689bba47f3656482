import { z } from 'zod';
import { analyseCampaign } from '../src/campaigns/analysis.ts';
import { campaignRef, resolveCampaign } from '../src/campaigns/campaign-options.ts';
import { periodText } from '../src/campaigns/campaign-reply.ts';
import { buildDashboard } from '../src/campaigns/dashboard.ts';
import { dashboardBlocks, dashboardData } from '../src/campaigns/dashboard-reply.ts';
import { defineCommand } from '../src/core/command.ts';
import { opt } from '../src/core/options.ts';
import { reply } from '../src/core/reply.ts';
import { requireMember } from '../src/domain/member-ref.ts';

export default defineCommand({
  name: 'dashboard',
  frName: 'tableau-de-bord',
  aliases: ['tableau', 'tdb', 'objectifs'],
  description: {
    fr: 'Tableau de bord d’une opération : objectifs, réalisé, rythme, entonnoir',
    en: 'Campaign dashboard: objectives, results, pace, funnel',
  },
  slow: true,
  examples: ['/dashboard C-1', '/tableau-de-bord campagne:C-2 commercial:Alice'],
  options: z.object({
    campaign: campaignRef(false),
    rep: opt.text({
      frName: 'commercial',
      aliases: ['vendeur'],
      autocomplete: 'rep',
      description: { fr: 'Un seul commercial', en: 'One sales rep only' },
    }),
    share: opt.boolean({
      frName: 'partager',
      description: { fr: 'Montrer la réponse à tout le canal', en: 'Show the answer to the whole channel' },
    }),
  }),
  handler(args, ctx) {
    const { tx, t } = ctx;
    const c = resolveCampaign(tx, args.campaign);
    const rep = args.rep === undefined ? undefined : requireMember(tx.members, args.rep, 'rep');
    const a = analyseCampaign(tx, c, ctx.today);
    const d = buildDashboard(a, ctx.today, rep);
    return reply({
      title: t('ops.dashboard_title', { name: c.name, period: periodText(ctx, c) }),
      visibility: args.share ? 'shared' : 'private',
      blocks: dashboardBlocks(ctx, c, d, rep),
      followUps: [
        { label: t('ops.followup_profitability'), command: `/profitability ${c.id}` },
        {
          label: t('ops.followup_funnel'),
          command: `/funnel campaign:${c.id} period:${a.scope.period.from}..${a.scope.period.to}`,
        },
      ],
      data: dashboardData(c, d, rep),
    });
  },
});
