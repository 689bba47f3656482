import type { ChartConfiguration } from 'chart.js';
import type { z } from 'zod';
import { baseOptions, labelFont } from './config-common.ts';
import { createTickCallback } from './format.ts';
import { paletteColor, THEME } from './palette.ts';
import { backgroundPlugin, valueLabelsPlugin } from './plugins.ts';
import type { ScatterChartSpec } from './spec.ts';

type ScatterSpec = z.output<typeof ScatterChartSpec>;

/** Axis bounds with a margin; with `equalAxes`, widened so one unit is as long on both axes (a map keeps its shape). */
export function scatterBounds(spec: ScatterSpec) {
  const pts = spec.series.flatMap((s) => s.points);
  const xs = pts.map((p) => p.x);
  const ys = pts.map((p) => p.y);
  const span = (lo: number, hi: number) => Math.max(hi - lo, 1e-3);
  let [x0, x1] = [Math.min(...xs), Math.max(...xs)];
  let [y0, y1] = [Math.min(...ys), Math.max(...ys)];
  if (!pts.length) [x0, x1, y0, y1] = [0, 1, 0, 1];
  let w = span(x0, x1) * 1.16;
  let h = span(y0, y1) * 1.16;
  if (spec.equalAxes) {
    // The plot area is roughly the image less the axes, title and legend.
    const ratio = (spec.width - 90) / (spec.height - 130);
    if ((w * spec.xScale) / h > ratio) h = (w * spec.xScale) / ratio;
    else w = (h * ratio) / spec.xScale;
  }
  const cx = (x0 + x1) / 2;
  const cy = (y0 + y1) / 2;
  return { x: { min: cx - w / 2, max: cx + w / 2 }, y: { min: cy - h / 2, max: cy + h / 2 } };
}

/** Scatter: points with their labels, each series optionally joined in order (a visit round). */
export function scatterConfig(spec: ScatterSpec): ChartConfiguration {
  const options = baseOptions<'scatter'>(spec, spec.series.length > 1);
  const bounds = scatterBounds(spec);
  const tick = createTickCallback('number', spec.locale, spec.currency);
  const axis = (b: { min: number; max: number }, title: string | undefined) => ({
    type: 'linear' as const,
    min: b.min,
    max: b.max,
    ticks: { callback: tick, color: THEME.text, maxTicksLimit: 8, includeBounds: false },
    grid: { color: THEME.grid },
    border: { color: THEME.axis },
    title: { display: Boolean(title), text: title ?? '', color: THEME.muted, font: { size: 12 } },
  });
  const colors = spec.series.map((s, i) => s.color ?? paletteColor(i));
  const labels = spec.series.map((s) => s.points.map((p) => p.label ?? null));
  const config: ChartConfiguration<'scatter'> = {
    type: 'scatter',
    data: {
      datasets: spec.series.map((s, i) => ({
        label: s.label,
        data: s.points.map((p) => ({ x: p.x, y: p.y })),
        showLine: s.line,
        borderColor: colors[i],
        backgroundColor: colors[i],
        borderWidth: 2,
        pointRadius: 5,
        tension: 0,
      })),
    },
    options: {
      ...options,
      scales: { x: axis(bounds.x, spec.xTitle), y: axis(bounds.y, spec.yTitle) },
      plugins: {
        ...options.plugins,
        prospectaValueLabels: {
          labels,
          shortLabels: labels.map((l) => l.map(() => null)),
          position: 'end',
          font: labelFont('bold', 11),
          color: THEME.title,
          insideColors: labels.map((l) => l.map(() => THEME.title)),
        },
      },
    },
    plugins: [backgroundPlugin(), valueLabelsPlugin()],
  };
  return config as unknown as ChartConfiguration;
}
