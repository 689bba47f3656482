import type { Logger } from '../core/logger.ts';
import { createLocalRenderer } from './local-renderer.ts';
import { createQuickChartRenderer } from './quickchart-renderer.ts';
import type { ChartRenderer } from './spec.ts';

export { toChartJsConfig } from './chartjs-config.ts';
export { createValueFormatter, type ValueFormatter } from './format.ts';
export { createLocalRenderer, type LocalChartRenderer, type LocalRendererOptions } from './local-renderer.ts';
export { type ChartRenderingFigures, measureChartRendering } from './measure.ts';
export { createQuickChartRenderer, type QuickChartRendererOptions } from './quickchart-renderer.ts';
export { type CountingChartRenderer, MAX_PNG_BYTES, type RendererStats } from './render-cache.ts';
export * from './spec.ts';

export interface ChartRendererConfig {
  renderer: 'local' | 'quickchart';
  /** Required for `quickchart`: the server's base URL. */
  quickchartUrl?: string;
  logger?: Logger;
  /** Worker threads for `local`. */
  threads?: number;
  /** Rendered charts kept in memory; 0 turns the cache off. */
  cacheSize?: number;
}

/** The configured chart renderer: in-process Chart.js workers (default) or a QuickChart server. */
export function createChartRenderer(config: ChartRendererConfig): ChartRenderer {
  const common = {
    ...(config.logger ? { logger: config.logger } : {}),
    ...(config.cacheSize !== undefined ? { cacheSize: config.cacheSize } : {}),
  };
  if (config.renderer === 'quickchart') {
    if (!config.quickchartUrl) throw new Error('The quickchart chart renderer needs quickchartUrl');
    return createQuickChartRenderer({ url: config.quickchartUrl, ...common });
  }
  return createLocalRenderer({
    ...common,
    ...(config.threads !== undefined ? { threads: config.threads } : {}),
  });
}
