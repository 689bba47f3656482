import { z } from 'zod';
import { compareFunnels, type PeriodKind, parsePeriod, previousPeriod } from '../src/analytics/index.ts';
import { defineCommand } from '../src/core/command.ts';
import { opt } from '../src/core/options.ts';
import { chart, reply, table, text } from '../src/core/reply.ts';
import { FUNNEL_RATIOS, STAGES } from '../src/domain/ids.ts';
import { requireByRef } from '../src/domain/lookup.ts';
import { requireMember } from '../src/domain/member-ref.ts';
import { funnelFor } from '../src/funnel/query.ts';
import { STAGE_RATIO } from '../src/funnel/stage-ratios.ts';

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
    '/funnel period:2026-11-16..2026-11-22 rep:Alice',
  ],
  options,
  handler(args, ctx) {
    const { tx, t, fmt } = ctx;
    const period = args.period ?? thisWeek(ctx.today);
    const rep = args.rep === undefined ? undefined : requireMember(tx.members, args.rep, 'rep');
    const campaign =
      args.campaign === undefined
        ? undefined
        : requireByRef(tx.campaigns, args.campaign, 'campaign_not_found', 'campaign');
    const filter = { ...(rep && { rep }), ...(campaign && { campaign }) };
    const current = funnelFor(tx, period, filter);
    const prev = args.compare ? previousPeriod(period, period.kind as PeriodKind) : undefined;
    const previous = prev ? funnelFor(tx, prev, filter) : undefined;
    const cmp = previous ? compareFunnels(current, previous) : undefined;
    const rates = STAGES.map((s) => {
      const id = STAGE_RATIO[s];
      return id ? current.ratios[id].value : null;
    });
    const range = t('funnel.range', { from: fmt.date(period.from), to: fmt.date(period.to) });
    const scope = [rep?.displayName, campaign?.name].filter(Boolean).join(' · ');
    const title = t('funnel.title', { range });

    const stageRows = STAGES.map((s, i) => [
      t(`stage.${s}`),
      fmt.integer(current.stages[s]),
      STAGE_RATIO[s] ? fmt.percent(rates[i] ?? null) : '',
      ...(cmp
        ? [fmt.integer(cmp.stages[s].previous), signed(fmt.integer(cmp.stages[s].delta), cmp.stages[s].delta)]
        : []),
    ]);
    const ratioRows = FUNNEL_RATIOS.map((id) => [
      t(`ratio.${id}`),
      fmt.ratio(current.ratios[id]),
      ...(cmp && previous ? [fmt.ratio(previous.ratios[id]), fmt.points(cmp.ratios[id].delta)] : []),
    ]);
    const prevCols = cmp
      ? [
          { label: t('funnel.col_previous'), align: 'right' as const },
          { label: t('funnel.col_delta'), align: 'right' as const },
        ]
      : [];
    const empty = current.stages.attempted + current.stages.visited === 0;
    const blocks = [
      ...(scope ? [text(scope)] : []),
      ...(empty ? [text(t('funnel.empty'))] : []),
      table(
        [
          { label: t('funnel.col_stage') },
          { label: t('funnel.col_count'), align: 'right' },
          { label: t('funnel.col_conversion'), align: 'right' },
          ...prevCols,
        ],
        stageRows,
      ),
      table(
        [
          { label: t('funnel.col_ratio') },
          { label: t('funnel.col_value'), align: 'right' },
          ...prevCols.map((c, i) => (i === 0 ? c : { ...c, label: t('funnel.col_points') })),
        ],
        ratioRows,
      ),
      chart({
        type: 'funnel',
        title,
        ...(scope && { subtitle: scope }),
        locale: ctx.locale,
        alt: t('funnel.alt', {
          range,
          stages: STAGES.map((s) => `${t(`stage.${s}`)} ${fmt.integer(current.stages[s])}`).join(', '),
        }),
        stages: STAGES.map((s, i) => ({
          label: t(`stage.${s}`),
          value: current.stages[s],
          ...(STAGE_RATIO[s] && { rate: rates[i] ?? null }),
        })),
        conversionTitle: t('funnel.col_conversion'),
      }),
    ];
    if (previous && prev) {
      blocks.push(
        chart({
          type: 'bar',
          title: t('funnel.compare_title'),
          subtitle: `${range} / ${t('funnel.range', { from: fmt.date(prev.from), to: fmt.date(prev.to) })}`,
          locale: ctx.locale,
          alt: t('funnel.compare_alt', { range }),
          labels: STAGES.map((s) => t(`stage.${s}`)),
          series: [
            { label: t('funnel.series_previous'), values: STAGES.map((s) => previous.stages[s]) },
            { label: t('funnel.series_current'), values: STAGES.map((s) => current.stages[s]) },
          ],
          format: 'integer',
        }),
      );
    }
    return reply({
      title,
      visibility: args.share ? 'shared' : 'private',
      blocks,
      followUps: cmp
        ? []
        : [
            {
              label: t('funnel.followup_compare'),
              command: `/funnel period:${period.from}..${period.to} compare:previous`,
            },
          ],
      data: {
        period: { from: period.from, to: period.to },
        filters: { rep: rep?.id ?? null, campaign: campaign?.id ?? null },
        stages: current.stages,
        ratios: current.ratios,
        stageRates: Object.fromEntries(
          STAGES.flatMap((s, i) =>
            STAGE_RATIO[s] ? [[s, { ratio: STAGE_RATIO[s], value: rates[i] ?? null }]] : [],
          ),
        ),
        ...(previous &&
          prev &&
          cmp && {
            previous: { period: prev, stages: previous.stages, ratios: previous.ratios },
            comparison: cmp,
          }),
      },
    });
  },
});

const signed = (s: string, n: number): string => (n > 0 ? `+${s}` : s);

/** The default period: the current ISO week, Monday to Sunday. */
function thisWeek(today: string): { from: string; to: string; kind: string } {
  const r = parsePeriod('this-week', today);
  if (!r.ok) throw new Error(`this-week did not parse for ${today}`);
  return { ...r.period, kind: r.kind };
}
