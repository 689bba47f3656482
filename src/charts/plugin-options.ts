import type { ChartType } from 'chart.js';

/** Options of the inline plugins (plugins.ts), as they travel in `options.plugins`. */

export interface BackgroundOptions {
  color: string;
}

/** Pre-formatted labels, one list per dataset, one entry per data index (null: no label). */
export interface ValueLabelOptions {
  labels: (string | null)[][];
  /** Shorter variants tried when the full label does not fit. */
  shortLabels: (string | null)[][];
  /** `end`: past the bar end or above the point; `center`: inside the bar segment or arc. */
  position: 'end' | 'center';
  font: string;
  color: string;
  /** Text colours for labels drawn inside a bar or arc, per dataset and data index. */
  insideColors: string[][];
}

export interface FunnelLabelOptions {
  counts: string[];
  /** Conversion from the previous stage, already formatted; first entry unused. */
  conversions: string[];
  header: string;
  font: string;
  boldFont: string;
  color: string;
  mutedColor: string;
  insideColors: string[];
}

declare module 'chart.js' {
  interface PluginOptionsByType<TType extends ChartType> {
    prospectaBackground?: BackgroundOptions;
    prospectaValueLabels?: ValueLabelOptions;
    prospectaFunnelLabels?: FunnelLabelOptions;
  }
}
