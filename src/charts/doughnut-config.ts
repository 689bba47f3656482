import type { ChartConfiguration } from 'chart.js';
import type { z } from 'zod';
import { baseOptions, formatterFor, labelFont } from './config-common.ts';
import { paletteColor, THEME, textColorOn } from './palette.ts';
import { backgroundPlugin, valueLabelsPlugin } from './plugins.ts';
import type { DoughnutChartSpec } from './spec.ts';

type DoughnutSpec = z.output<typeof DoughnutChartSpec>;

/** Share of each value in the total; null for every share when the total is 0 (DOMAIN: no 0, no NaN). */
export function shares(values: number[]): (number | null)[] {
  const total = values.reduce((sum, v) => sum + v, 0);
  return values.map((v) => (total > 0 ? v / total : null));
}

/** Doughnut: shares inside the arcs, and the legend gives each part's value and share. */
export function doughnutConfig(spec: DoughnutSpec): ChartConfiguration {
  const fmt = formatterFor(spec);
  const parts = spec.labels.map((label, i) => ({ label, value: spec.values[i] ?? 0 }));
  const share = shares(parts.map((p) => p.value));
  const colors = parts.map((_, i) => paletteColor(i));
  const options = baseOptions<'doughnut'>(spec, true);
  const shareText = share.map((s) => fmt.full(s, 'percent'));
  const config: ChartConfiguration<'doughnut', number[]> = {
    type: 'doughnut',
    data: {
      labels: parts.map((p, i) => `${p.label} — ${fmt.full(p.value, spec.format)} (${shareText[i]})`),
      datasets: [
        {
          data: parts.map((p) => p.value),
          backgroundColor: colors,
          borderColor: THEME.background,
          borderWidth: 2,
        },
      ],
    },
    options: {
      ...options,
      cutout: '52%',
      plugins: {
        ...options.plugins,
        legend: {
          ...options.plugins?.legend,
          position: spec.width >= spec.height ? 'right' : 'bottom',
          align: 'center',
        },
        prospectaValueLabels: {
          labels: [shareText],
          shortLabels: [shareText.map(() => null)],
          position: 'center',
          font: labelFont('bold', 12),
          color: THEME.text,
          insideColors: [colors.map(textColorOn)],
        },
      },
    },
    plugins: [backgroundPlugin(), valueLabelsPlugin()],
  };
  return config as unknown as ChartConfiguration;
}
