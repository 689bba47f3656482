import type { Ratio } from '../analytics/index.ts';
import type { CommandContext } from '../core/command.ts';
import type { Field } from '../core/reply.ts';
import { FUNNEL_RATIOS, type FunnelRatioId, STAGES, type Stage } from '../domain/ids.ts';

/** What a ratio's numerator or denominator counts: a funnel stage, or visits and customers. */
type Quantity = Stage | 'visits_prospecting' | 'visits_all' | 'customers_new' | 'customers_total';

/** DOMAIN §1: each ratio as numerator / denominator. */
export const RATIO_TERMS: Readonly<Record<FunnelRatioId, readonly [Quantity, Quantity]>> = {
  reach_rate: ['reached', 'attempted'],
  pitch_rate: ['pitched', 'reached'],
  appointment_rate: ['appointment', 'reached'],
  show_rate: ['visited', 'appointment'],
  proposal_rate: ['proposal', 'visited'],
  close_rate: ['signed', 'visited'],
  appointment_close_rate: ['signed', 'appointment'],
  global_rate: ['signed', 'targeted'],
  prospecting_effort: ['visits_prospecting', 'visits_all'],
  conquest_rate: ['customers_new', 'customers_total'],
};

export interface DefinitionScope {
  view: 'activity' | 'cohort';
  /** `targeted` is a campaign's target list size (activity view). */
  targetList: boolean;
  /** Cohort view: followed up to this day. */
  until?: string;
}

type Ctx = Pick<CommandContext, 't' | 'fmt'>;

const isStage = (q: Quantity): q is Stage => (STAGES as readonly string[]).includes(q);

/** Where the number counted as `q` comes from, in words. */
function sourceOf(ctx: Ctx, q: Quantity, scope: DefinitionScope): string {
  const { t, fmt } = ctx;
  if (scope.view === 'cohort') {
    const until = scope.until ? fmt.date(scope.until) : '';
    if (q === 'targeted') return t('funnel.cohort_source.targeted');
    if (isStage(q)) return t('funnel.cohort_source.stage', { stage: t(`stage.${q}`), until });
    return t(`funnel.cohort_source.${q}`, { until });
  }
  if (q === 'targeted' && scope.targetList) return t('funnel.source.targeted_list');
  return t(`funnel.source.${q}`);
}

/** One field per ratio: its formula in words, its value, and the two numbers with their sources. */
export function definitionFields(
  ctx: Ctx,
  ratios: Readonly<Partial<Record<FunnelRatioId, Ratio>>>,
  scope: DefinitionScope,
): Field[] {
  const { t, fmt } = ctx;
  return FUNNEL_RATIOS.flatMap((id) => {
    const r = ratios[id];
    if (!r) return [];
    const [num, den] = RATIO_TERMS[id];
    return [
      {
        label: t('funnel.definition_label', { ratio: t(`ratio.${id}`), formula: t(`funnel.formula.${id}`) }),
        value: `${fmt.ratio(r)}\n${t('funnel.definition_value', {
          numerator: fmt.integer(r.numerator),
          numeratorSource: sourceOf(ctx, num, scope),
          denominator: fmt.integer(r.denominator),
          denominatorSource: sourceOf(ctx, den, scope),
        })}`,
      },
    ];
  });
}
