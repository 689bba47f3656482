import type { Excess } from '../analytics/funnel-excess.ts';
import { compareFunnels, type FunnelResult, type Period, type Ratio } from '../analytics/index.ts';
import type { VisitFigures } from '../calc/visit-ratios.ts';
import { visitRatiosOf } from '../calc/visit-ratios-block.ts';
import type { CommandContext } from '../core/command.ts';
import { type Block, chart, fields, type Reply, reply, table, text } from '../core/reply.ts';
import type { Campaign, Member } from '../domain/entities.ts';
import { FUNNEL_RATIOS, type FunnelRatioId, type Locale, STAGES } from '../domain/ids.ts';
import { funnelChartSpec } from './chart-spec.ts';
import { definitionFields } from './definitions.ts';
import { excessCauses, excessLines } from './excess-text.ts';
import { STAGE_RATIO } from './stage-ratios.ts';

export type FunnelViewId = 'activity' | 'cohort';

/** One view of the funnel over a period: stages, ratios, and for ratios above 1 their causes. */
export interface FunnelView {
  view: FunnelViewId;
  period: Period;
  result: Pick<FunnelResult, 'stages' | 'ratios' | 'visits' | 'customers'>;
  excess: Partial<Record<FunnelRatioId, Excess[]>>;
  /** Cohort view: followed up to this day. */
  until?: string;
  /** Activity view: what the DOMAIN §7 per-visit ratios are computed from. */
  perVisit?: VisitFigures;
}

export interface FunnelRequest {
  rep?: Member;
  campaign?: Campaign;
  details: boolean;
  share: boolean;
  /** The previous period's same view, when asked to compare. */
  previous?: FunnelView;
}

type Ctx = Pick<CommandContext, 't' | 'fmt' | 'locale'>;

const MARKS = ['*', '**', '***', '†', '‡', '§'];

/** The typed command that shows the same funnel with other options (for follow-up buttons). */
export function funnelCommand(
  v: FunnelView,
  req: FunnelRequest,
  o: { view?: FunnelViewId; details?: boolean; compare?: boolean },
  locale: Locale = 'en',
): string {
  const w = COMMAND_WORDS[locale];
  const parts = [`/${w.funnel} ${w.period}:${v.period.from}..${v.period.to}`];
  if (req.rep) parts.push(`${w.rep}:"${req.rep.id}"`);
  if (req.campaign) parts.push(`${w.campaign}:${req.campaign.id}`);
  const view = o.view ?? v.view;
  if (view !== 'activity') parts.push(`${w.view}:${w[view]}`);
  if (o.compare ?? req.previous !== undefined) parts.push(w.compare);
  if (o.details ?? req.details) parts.push(w.details);
  return parts.join(' ');
}

/** The command and option names as each language types them (French users see French names). */
const COMMAND_WORDS = {
  en: {
    funnel: 'funnel',
    period: 'period',
    rep: 'rep',
    campaign: 'campaign',
    view: 'view',
    activity: 'activity',
    cohort: 'cohort',
    compare: 'compare:previous',
    details: 'details:true',
  },
  fr: {
    funnel: 'entonnoir',
    period: 'période',
    rep: 'commercial',
    campaign: 'campagne',
    view: 'vue',
    activity: 'activité',
    cohort: 'cohorte',
    compare: 'comparer:précédente',
    details: 'détails:oui',
  },
} as const satisfies Record<Locale, Record<string, string>>;

/** The reply to `/funnel`, either view: tables, explained ratios, definitions on demand, chart(s). */
export function funnelReply(ctx: Ctx, v: FunnelView, req: FunnelRequest): Reply {
  const { t, fmt } = ctx;
  const { stages, ratios } = v.result;
  const cohort = v.view === 'cohort';
  const range = t('funnel.range', { from: fmt.date(v.period.from), to: fmt.date(v.period.to) });
  const title = t(cohort ? 'funnel.cohort_title' : 'funnel.title', { range });
  const scope = [req.rep?.displayName, req.campaign?.name].filter(Boolean).join(' · ');
  const targetList = !cohort && req.campaign?.targetSize !== undefined;
  const prev = req.previous;
  const cmp = prev ? compareFunnels(v.result as FunnelResult, prev.result as FunnelResult) : undefined;
  const overIds = FUNNEL_RATIOS.filter((id) => v.excess[id]);
  const markOf = new Map(overIds.map((id, i) => [id, MARKS[Math.min(i, MARKS.length - 1)] as string]));
  const rateOf = (s: (typeof STAGES)[number]) => {
    const id = STAGE_RATIO[s];
    return id ? ratios[id].value : undefined;
  };

  const stageRows = STAGES.map((s) => {
    const id = STAGE_RATIO[s];
    return [
      t(`stage.${s}`),
      fmt.integer(stages[s]),
      id ? `${fmt.percent(ratios[id].value)}${markOf.get(id) ?? ''}` : '',
      ...(cmp
        ? [fmt.integer(cmp.stages[s].previous), signed(fmt.integer(cmp.stages[s].delta), cmp.stages[s].delta)]
        : []),
    ];
  });
  const ratioRows = FUNNEL_RATIOS.map((id) => [
    `${t(`ratio.${id}`)}${markOf.has(id) ? ` ${markOf.get(id)}` : ''}`,
    fmt.ratio(ratios[id]),
    ...(cmp && prev ? [fmt.ratio(prev.result.ratios[id]), fmt.points(cmp.ratios[id].delta)] : []),
  ]);
  const prevCols = cmp
    ? [
        { label: t('funnel.col_previous'), align: 'right' as const },
        { label: t('funnel.col_delta'), align: 'right' as const },
      ]
    : [];
  const explained = excessLines(ctx, ratios, v.excess);
  const targetedNote = targetList
    ? t('funnel.targeted_list', { count: fmt.integer(stages.targeted) })
    : t('funnel.targeted_beside', { count: stages.targeted });
  const empty = stages.attempted + stages.visited === 0;
  const perVisit = v.perVisit && visitRatiosOf(ctx, v.perVisit);
  const blocks: Block[] = [
    ...(scope ? [text(scope)] : []),
    ...(cohort
      ? [text(t('funnel.cohort_intro', { count: stages.targeted, until: fmt.date(v.until ?? v.period.to) }))]
      : []),
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
    ...explained.map((line, i) => text(`${markOf.get(overIds[i] as FunnelRatioId) ?? ''} ${line}`)),
    ...(explained.length ? [text(t('funnel.offer_cohort'))] : []),
    ...(perVisit ? [perVisit.block] : []),
  ];
  if (req.details) {
    blocks.push(
      text(t('funnel.definitions_title')),
      fields(definitionFields(ctx, ratios, { view: v.view, targetList, ...(v.until && { until: v.until }) })),
    );
  }
  const chartStages = STAGES.map((s) => {
    const id = STAGE_RATIO[s];
    const mark = id ? markOf.get(id) : undefined;
    return {
      stage: s,
      label: t(`stage.${s}`),
      value: stages[s],
      ...(id && { rate: rateOf(s) ?? null }),
      ...(mark && { rateNote: mark }),
    };
  });
  blocks.push(
    chart(
      funnelChartSpec({
        view: v.view,
        title,
        locale: ctx.locale,
        conversionTitle: t('funnel.col_conversion'),
        alt: t('funnel.alt', {
          range,
          stages: STAGES.map((s) => `${t(`stage.${s}`)} ${fmt.integer(stages[s])}`).join(', '),
        }),
        stages: chartStages,
        notes: [
          scope,
          cohort ? '' : targetedNote,
          ...overIds.map((id) =>
            t('funnel.chart_excess', {
              mark: markOf.get(id) ?? '',
              ratio: t(`ratio.${id}`),
              value: fmt.ratio(ratios[id]),
              causes: excessCauses(ctx, v.excess[id] ?? []),
            }),
          ),
        ],
      }),
    ),
  );
  if (prev && cmp) {
    blocks.push(
      chart({
        type: 'bar',
        title: t('funnel.compare_title'),
        subtitle: `${range} / ${t('funnel.range', { from: fmt.date(prev.period.from), to: fmt.date(prev.period.to) })}`,
        locale: ctx.locale,
        alt: t('funnel.compare_alt', { range }),
        labels: STAGES.map((s) => t(`stage.${s}`)),
        series: [
          { label: t('funnel.series_previous'), values: STAGES.map((s) => prev.result.stages[s]) },
          { label: t('funnel.series_current'), values: STAGES.map((s) => stages[s]) },
        ],
        format: 'integer',
      }),
    );
  }
  const other: FunnelViewId = cohort ? 'activity' : 'cohort';
  return reply({
    title,
    visibility: req.share ? 'shared' : 'private',
    blocks,
    followUps: [
      {
        label: t(cohort ? 'funnel.followup_activity' : 'funnel.followup_cohort'),
        command: funnelCommand(v, req, { view: other }, ctx.locale),
      },
      ...(req.details
        ? []
        : [
            {
              label: t('funnel.followup_details'),
              command: funnelCommand(v, req, { details: true }, ctx.locale),
            },
          ]),
      ...(cmp
        ? []
        : [
            {
              label: t('funnel.followup_compare'),
              command: funnelCommand(v, req, { compare: true }, ctx.locale),
            },
          ]),
    ],
    data: { ...funnelData(v, req, cmp), ...perVisit?.data },
  });
}

/** `--json`: the view, exact figures, and under each ratio above 1 the counts that explain it. */
function funnelData(v: FunnelView, req: FunnelRequest, cmp: ReturnType<typeof compareFunnels> | undefined) {
  const { stages, ratios } = v.result;
  const withExcess = Object.fromEntries(
    FUNNEL_RATIOS.map((id) => {
      const r: Ratio & { excess?: Excess[] } = { ...ratios[id] };
      const excess = v.excess[id];
      if (excess) r.excess = excess;
      return [id, r];
    }),
  );
  const prev = req.previous;
  return {
    view: v.view,
    period: { from: v.period.from, to: v.period.to },
    ...(v.until && { until: v.until }),
    filters: { rep: req.rep?.id ?? null, campaign: req.campaign?.id ?? null },
    stages,
    ratios: withExcess,
    visits: v.result.visits,
    customers: v.result.customers,
    stageRates: Object.fromEntries(
      STAGES.flatMap((s) => {
        const id = STAGE_RATIO[s];
        return id ? [[s, { ratio: id, value: ratios[id].value }]] : [];
      }),
    ),
    ...(prev &&
      cmp && {
        previous: { period: prev.period, stages: prev.result.stages, ratios: prev.result.ratios },
        comparison: cmp,
      }),
  };
}

const signed = (s: string, n: number): string => (n > 0 ? `+${s}` : s);
