import type { ChartConfiguration, ScaleOptions } from 'chart.js';
import type { z } from 'zod';
import { baseOptions, formatterFor, labelFont } from './config-common.ts';
import { createTickCallback } from './format.ts';
import { paletteColor, THEME, textColorOn } from './palette.ts';
import type { ValueLabelOptions } from './plugin-options.ts';
import { backgroundPlugin, valueLabelsPlugin } from './plugins.ts';
import type { BarChartSpec, ChartSeries, LineChartSpec } from './spec.ts';

type BarSpec = z.output<typeof BarChartSpec>;
type LineSpec = z.output<typeof LineChartSpec>;

/** Above this many values, labels on every bar or point would be noise: the axis says enough. */
const MAX_BAR_LABELS = 48;
const MAX_POINT_LABELS = 24;

function valueLabels(spec: BarSpec | LineSpec, position: ValueLabelOptions['position']): ValueLabelOptions {
  const fmt = formatterFor(spec);
  const colors = spec.series.map((s, i) => s.color ?? paletteColor(i));
  return {
    labels: spec.series.map((s) => s.values.map((v) => fmt.full(v, spec.format))),
    shortLabels: spec.series.map((s) => s.values.map((v) => fmt.short(v, spec.format))),
    position,
    font: labelFont('normal', 11),
    color: THEME.text,
    insideColors: colors.map((c, i) => (spec.series[i] as ChartSeries).values.map(() => textColorOn(c))),
  };
}

function axes(spec: BarSpec | LineSpec, stacked: boolean, horizontal: boolean, withLabels: boolean) {
  const tickCallback = createTickCallback(spec.format, spec.locale, spec.currency);
  const title = (text: string | undefined) => ({
    display: Boolean(text),
    text: text ?? '',
    color: THEME.muted,
    font: { size: 12 },
  });
  const value: ScaleOptions<'linear'> = {
    type: 'linear',
    stacked,
    beginAtZero: true,
    grace: withLabels && !stacked ? '10%' : 0,
    ticks: {
      callback: tickCallback,
      color: THEME.text,
      precision: spec.format === 'integer' ? 0 : undefined,
    },
    grid: { color: THEME.grid },
    border: { display: false },
  } as ScaleOptions<'linear'>;
  const index = {
    type: 'category',
    stacked,
    // Half a category of room at both ends, so end labels and points are never cut at the edges.
    offset: true,
    ticks: { color: THEME.text, autoSkip: true, maxRotation: 45 },
    grid: { display: false },
    border: { color: THEME.axis },
  } as ScaleOptions<'category'>;
  const [x, y] = horizontal ? [value, index] : [index, value];
  return { x: { ...x, title: title(spec.xTitle) }, y: { ...y, title: title(spec.yTitle) } };
}

/** Bar chart: grouped or stacked, vertical or horizontal (e.g. this period against the previous one). */
export function barConfig(spec: BarSpec): ChartConfiguration {
  const withLabels = spec.labels.length * spec.series.length <= MAX_BAR_LABELS;
  const options = baseOptions<'bar'>(spec, spec.series.length > 1);
  const config: ChartConfiguration<'bar', (number | null)[]> = {
    type: 'bar',
    data: {
      labels: spec.labels,
      datasets: spec.series.map((s, i) => ({
        label: s.label,
        data: s.values,
        backgroundColor: s.color ?? paletteColor(i),
        borderRadius: 3,
        maxBarThickness: 56,
        categoryPercentage: 0.8,
        barPercentage: 0.92,
      })),
    },
    options: {
      ...options,
      indexAxis: spec.horizontal ? 'y' : 'x',
      scales: axes(spec, spec.stacked, spec.horizontal, withLabels),
      plugins: {
        ...options.plugins,
        ...(withLabels ? { prospectaValueLabels: valueLabels(spec, spec.stacked ? 'center' : 'end') } : {}),
      },
    },
    plugins: withLabels ? [backgroundPlugin(), valueLabelsPlugin()] : [backgroundPlugin()],
  };
  return config as unknown as ChartConfiguration;
}

/** Line chart: one line per series, nulls left as gaps (no invented values). */
export function lineConfig(spec: LineSpec): ChartConfiguration {
  const withLabels = spec.labels.length * spec.series.length <= MAX_POINT_LABELS;
  const options = baseOptions<'line'>(spec, spec.series.length > 1);
  const config: ChartConfiguration<'line', (number | null)[]> = {
    type: 'line',
    data: {
      labels: spec.labels,
      datasets: spec.series.map((s, i) => ({
        label: s.label,
        data: s.values,
        borderColor: s.color ?? paletteColor(i),
        backgroundColor: s.color ?? paletteColor(i),
        borderWidth: 2.5,
        pointRadius: spec.labels.length <= 60 ? 3 : 0,
        tension: 0,
        spanGaps: false,
      })),
    },
    options: {
      ...options,
      scales: axes(spec, false, false, withLabels),
      plugins: {
        ...options.plugins,
        ...(withLabels ? { prospectaValueLabels: valueLabels(spec, 'end') } : {}),
      },
    },
    plugins: withLabels ? [backgroundPlugin(), valueLabelsPlugin()] : [backgroundPlugin()],
  };
  return config as unknown as ChartConfiguration;
}
