import { FUNNEL_RATIOS, type FunnelRatioId, STAGES, type Stage } from '../domain/ids.ts';
import type { FunnelResult } from './funnel.ts';
import { type Ratio, ratio } from './ratio.ts';

/** One stage this period against the previous one; `change` is the growth delta / previous (null when previous is 0). */
export type StageComparison = { current: number; previous: number; delta: number; change: Ratio };

/** One ratio this period against the previous one; `delta` is the difference of values (0.05 = 5 points), null when either is null. */
export type RatioComparison = { current: number | null; previous: number | null; delta: number | null };

export type FunnelComparison = {
  stages: Record<Stage, StageComparison>;
  ratios: Record<FunnelRatioId, RatioComparison>;
};

/**
 * Conversion from the previous stage, in STAGES order, for the funnel chart: null for the first
 * stage and where the previous stage is 0. Stages are event counts, so a value may exceed 1.
 */
export function stageConversions(stages: Readonly<Record<Stage, number>>): (number | null)[] {
  return STAGES.map((stage, i) => {
    const before = i === 0 ? undefined : STAGES[i - 1];
    return before === undefined ? null : ratio(stages[stage], stages[before]).value;
  });
}

/** Stage by stage and ratio by ratio, `current` against `previous` (usually the previousPeriod). */
export function compareFunnels(current: FunnelResult, previous: FunnelResult): FunnelComparison {
  const stages = Object.fromEntries(
    STAGES.map((stage) => {
      const now = current.stages[stage];
      const before = previous.stages[stage];
      return [
        stage,
        { current: now, previous: before, delta: now - before, change: ratio(now - before, before) },
      ];
    }),
  ) as Record<Stage, StageComparison>;
  const ratios = Object.fromEntries(
    FUNNEL_RATIOS.map((id) => {
      const now = current.ratios[id].value;
      const before = previous.ratios[id].value;
      return [
        id,
        { current: now, previous: before, delta: now === null || before === null ? null : now - before },
      ];
    }),
  ) as Record<FunnelRatioId, RatioComparison>;
  return { stages, ratios };
}
