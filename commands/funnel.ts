import { z } from 'zod';
import { type PeriodKind, parsePeriod, previousPeriod } from '../src/analytics/index.ts';
import { defineCommand } from '../src/core/command.ts';
import { opt } from '../src/core/options.ts';
import { requireByRef } from '../src/domain/lookup.ts';
import { requireMember } from '../src/domain/member-ref.ts';
import { funnelReply } from '../src/funnel/funnel-reply.ts';
import { funnelPeriod, funnelView } from '../src/funnel/period.ts';

const options = z.object({
  period: opt.period({
    positional: true,
    frName: 'période',
    aliases: ['periode', 'quand'],
    description: {
      fr: 'Période : cette-semaine, ce-mois, novembre, T4, S48, 2026-11-16..2026-11-22',
      en: 'Period: this-week, this-month, november, Q4, W48, 2026-11-16..2026-11-22',
    },
  }),
  rep: opt.text({
    frName: 'commercial',
    aliases: ['vendeur'],
    autocomplete: 'rep',
    description: { fr: 'Un seul commercial', en: 'One sales rep only' },
  }),
  campaign: opt.text({
    frName: 'campagne',
    autocomplete: 'campaign',
    description: { fr: 'Une seule opération de prospection', en: 'One prospecting campaign only' },
  }),
  compare: opt.choice(['previous'], {
    frName: 'comparer',
    description: { fr: 'Comparer avec la période précédente', en: 'Compare with the previous period' },
    choiceLabels: { fr: { previous: 'période précédente' }, en: { previous: 'previous period' } },
    choiceAliases: { previous: ['precedente', 'precedent', 'avant', 'oui', 'yes'] },
  }),
  view: opt.choice(['activity', 'cohort'], {
    frName: 'vue',
    description: {
      fr: 'activité : actions de la période ; cohorte : prospects entrés dans la période, suivis à ce jour',
      en: 'activity: the period’s actions; cohort: prospects first worked in the period, followed to today',
    },
    choiceLabels: {
      fr: { activity: 'activité', cohort: 'cohorte' },
      en: { activity: 'activity', cohort: 'cohort' },
    },
  }),
  details: opt.boolean({
    frName: 'détails',
    aliases: ['details', 'definitions', 'définitions'],
    description: {
      fr: 'Définition de chaque ratio : formule, les deux nombres et leur source',
      en: 'Each ratio’s definition: formula, both numbers and where they come from',
    },
  }),
  share: opt.boolean({
    frName: 'partager',
    description: { fr: 'Montrer la réponse à tout le canal', en: 'Show the answer to the whole channel' },
  }),
});

export default defineCommand({
  name: 'funnel',
  frName: 'entonnoir',
  aliases: ['ratios'],
  description: {
    fr: 'Entonnoir de prospection et ratios, avec graphique',
    en: 'Prospecting funnel and ratios, with a chart',
  },
  slow: true,
  examples: [
    '/funnel this-week',
    '/entonnoir période:mois-dernier comparer:précédente',
    '/entonnoir vue:cohorte campagne:C-1 détails:oui',
    '/funnel period:2026-11-16..2026-11-22 rep:Alice',
  ],
  options,
  handler(args, ctx) {
    const { tx } = ctx;
    const rep = args.rep === undefined ? undefined : requireMember(tx.members, args.rep, 'rep');
    const campaign =
      args.campaign === undefined
        ? undefined
        : requireByRef(tx.campaigns, args.campaign, 'campaign_not_found', 'campaign');
    const filter = { ...(rep && { rep }), ...(campaign && { campaign }) };
    // Without a period, a named campaign's own (as its dashboard shows it), else the current ISO week.
    const period = args.period ?? funnelPeriod(tx, campaign, ctx.today) ?? thisWeek(ctx.today);
    const view = args.view ?? 'activity';
    const current = funnelView(tx, view, period, ctx.today, filter);
    const prev = args.compare ? previousPeriod(period, period.kind as PeriodKind) : undefined;
    const previous = prev ? funnelView(tx, view, prev, ctx.today, filter) : undefined;
    return funnelReply(ctx, current, {
      ...filter,
      details: args.details ?? false,
      share: args.share ?? false,
      ...(previous && { previous }),
    });
  },
});

/** The default period: the current ISO week, Monday to Sunday. */
function thisWeek(today: string): { from: string; to: string; kind: string } {
  const r = parsePeriod('this-week', today);
  if (!r.ok) throw new Error(`this-week did not parse for ${today}`);
  return { ...r.period, kind: r.kind };
}
