import type { ChartConfiguration } from 'chart.js';
import { networkConfig, treeConfig } from './diagram-config.ts';
import { doughnutConfig } from './doughnut-config.ts';
import { funnelConfig } from './funnel-config.ts';
import { mapConfig } from './map-layout.ts';
import { scatterConfig } from './scatter-config.ts';
import { barConfig, lineConfig } from './series-config.ts';
import type { ChartSpec } from './spec.ts';

/**
 * The Chart.js v4 configuration for a validated spec: pure, and serializable for QuickChart
 * (callbacks and inline plugins close over nothing; see plugins.ts).
 */
export function toChartJsConfig(spec: ChartSpec): ChartConfiguration {
  switch (spec.type) {
    case 'funnel':
      return funnelConfig(spec);
    case 'bar':
      return barConfig(spec);
    case 'line':
      return lineConfig(spec);
    case 'doughnut':
      return doughnutConfig(spec);
    case 'scatter':
      return scatterConfig(spec);
    case 'tree':
      return treeConfig(spec);
    case 'network':
      return networkConfig(spec);
    case 'map':
      return mapConfig(spec);
  }
}
