import type { ChartConfiguration, ChartOptions } from 'chart.js';
import type { z } from 'zod';
import type { Locale } from '../domain/ids.ts';
import { baseOptions, formatterFor, LABEL_SIZE, labelFont } from './config-common.ts';
import { funnelColors, THEME, textColorOn } from './palette.ts';
import type { FunnelLabelOptions } from './plugin-options.ts';
import { backgroundPlugin, funnelLabelsPlugin } from './plugins.ts';
import type { FunnelChartSpec } from './spec.ts';

type FunnelSpec = z.output<typeof FunnelChartSpec>;

const CONVERSION_TITLE: Record<Locale, string> = { fr: 'Conversion', en: 'Conversion' };
/** Room right of the bars for the conversion column. */
const CONVERSION_COLUMN_PX = 96;

/** Conversion into each stage from the one before: given by the spec, else counted from the stages. */
export function stageConversions(spec: FunnelSpec): (number | null)[] {
  return spec.stages.map((stage, i) => {
    if (i === 0) return null;
    const given = spec.conversions?.[i];
    if (given !== undefined) return given;
    const previous = (spec.stages[i - 1] as { value: number }).value;
    return previous === 0 ? null : stage.value / previous;
  });
}

/** Room under the title (or subtitle) for the conversion column's heading. */
function headerRoom(plugins: ChartOptions<'bar'>['plugins'], subtitle: boolean) {
  const key = subtitle ? 'subtitle' : 'title';
  const current = plugins?.[key];
  return { [key]: { ...current, padding: { top: 0, bottom: 30 } } };
}

/**
 * A funnel as floating horizontal bars centred on 0 (`[-v/2, v/2]`), widest stage on top; each bar
 * carries its count and a right-hand column gives the conversion from the previous stage.
 * A zero stage has no bar but keeps its count label.
 */
export function funnelConfig(spec: FunnelSpec): ChartConfiguration {
  const fmt = formatterFor(spec);
  const colors = funnelColors(spec.stages.length);
  const max = Math.max(...spec.stages.map((s) => s.value));
  const half = max > 0 ? max / 2 : 1;
  const conversions = stageConversions(spec);
  const labels: FunnelLabelOptions = {
    counts: spec.stages.map((s) => fmt.full(s.value, 'number')),
    conversions: spec.stages.some((stage) => 'rate' in stage)
      ? spec.stages.map((stage) =>
          stage.rate === undefined ? '' : `${fmt.full(stage.rate, 'percent')}${stage.rateNote ?? ''}`,
        )
      : conversions.map((c, i) => (i === 0 ? '' : fmt.full(c, 'percent'))),
    header: spec.conversionTitle ?? CONVERSION_TITLE[spec.locale],
    font: labelFont('normal', LABEL_SIZE),
    boldFont: labelFont('bold', LABEL_SIZE),
    color: THEME.text,
    mutedColor: THEME.muted,
    insideColors: colors.map(textColorOn),
  };
  const options = baseOptions<'bar'>(spec, false);
  const config: ChartConfiguration<'bar', [number, number][]> = {
    type: 'bar',
    data: {
      labels: spec.stages.map((s) => s.label),
      datasets: [
        {
          label: spec.title,
          data: spec.stages.map((s) => [0 - s.value / 2, s.value / 2]), // 0 - v: no -0 for an empty stage
          backgroundColor: colors,
          borderRadius: 3,
          borderSkipped: false,
          categoryPercentage: 0.88,
          barPercentage: 1,
        },
      ],
    },
    options: {
      ...options,
      indexAxis: 'y',
      layout: { padding: { top: 10, right: 16 + CONVERSION_COLUMN_PX, bottom: 10, left: 12 } },
      scales: {
        x: { type: 'linear', display: false, min: -half, max: half },
        y: {
          type: 'category',
          grid: { display: false },
          border: { display: false },
          ticks: { color: THEME.text, font: { size: LABEL_SIZE, weight: 'bold' } },
        },
      },
      plugins: {
        ...options.plugins,
        ...headerRoom(options.plugins, Boolean(spec.subtitle)),
        prospectaFunnelLabels: labels,
      },
    },
    plugins: [backgroundPlugin(), funnelLabelsPlugin()],
  };
  return config as unknown as ChartConfiguration;
}
