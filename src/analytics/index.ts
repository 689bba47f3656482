export {
  compareFunnels,
  computeFunnel,
  type FunnelComparison,
  type FunnelInput,
  type FunnelProspect,
  type FunnelResult,
  funnelRatios,
  stageConversions,
} from './funnel.ts';
export type { RatioComparison, StageComparison } from './funnel-compare.ts';
export { CONTACT_OUTCOME_STAGES, HELD_OUTCOME_STAGES, isHeldKind, stagesOf } from './funnel-stages.ts';
export {
  findPeriodKeyword,
  MAX_PERIOD_YEARS,
  monthKeys,
  normalizePeriodText,
  type ParsePeriodResult,
  PERIOD_KEYWORDS,
  type Period,
  type PeriodErrorCode,
  type PeriodKeyword,
  type PeriodKind,
  parsePeriod,
  previousPeriod,
  todayIn,
} from './period.ts';
export { type Ratio, ratio } from './ratio.ts';
