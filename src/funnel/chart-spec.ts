import type { ChartSpecInput } from '../charts/spec.ts';
import type { Locale, Stage } from '../domain/ids.ts';

export interface FunnelChartInput {
  view: 'activity' | 'cohort';
  title: string;
  locale: Locale;
  alt: string;
  conversionTitle: string;
  /** Label, count and the rate shown beside it (absent: none), per stage in funnel order. */
  stages: readonly { stage: Stage; label: string; value: number; rate?: number | null; rateNote?: string }[];
  /** Lines under the title: scope, what `targeted` is, what a marked rate means. */
  notes: readonly string[];
}

/**
 * The funnel chart of a view. In the activity view `targeted` counts prospects while the stages
 * below count attempts, so the bars start at `attempted` and `targeted` is stated in the subtitle;
 * the cohort view is monotonic and draws every stage.
 */
export function funnelChartSpec(input: FunnelChartInput): ChartSpecInput {
  const drawn = input.view === 'activity' ? input.stages.filter((s) => s.stage !== 'targeted') : input.stages;
  const notes = input.notes.filter(Boolean);
  const subtitle = notes.join('\n');
  return {
    type: 'funnel',
    title: input.title,
    ...(subtitle && { subtitle: subtitle.slice(0, 300) }),
    locale: input.locale,
    // Room for the lines under the title, so that the bars keep their height.
    ...(notes.length > 1 && { height: Math.min(1024, 450 + 36 * (notes.length - 1)) }),
    alt: input.alt.slice(0, 1000),
    stages: drawn.map((s) => ({
      label: s.label,
      value: s.value,
      ...(s.rate !== undefined && { rate: s.rate }),
      ...(s.rateNote && { rateNote: s.rateNote }),
    })),
    conversionTitle: input.conversionTitle,
  };
}
