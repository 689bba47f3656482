import type { ChartConfiguration } from 'chart.js';
import { baseOptions, SUBTITLE_SIZE, TITLE_SIZE, wrapText } from './config-common.ts';
import { type DiagramOptions, diagramPlugin, diagramPluginOptions } from './diagram-plugin.ts';
import type { NetworkChartSpec, TreeChartSpec } from './diagram-spec.ts';
import { layoutNetwork } from './network-layout.ts';
import { backgroundPlugin } from './plugins.ts';
import type { ChartSpec } from './spec.ts';
import { layoutTree } from './tree-layout.ts';

const PADDING_X = 28;

/** Height of the title and subtitle as baseOptions lays them out (line heights ≈ 1.2 em). */
export function headerHeight(spec: { title: string; subtitle?: string | undefined; width: number }): number {
  const titleLines = wrapText(spec.title, spec.width - 32, TITLE_SIZE).length;
  const subLines = spec.subtitle ? wrapText(spec.subtitle, spec.width - 32, SUBTITLE_SIZE).length : 0;
  return 20 + titleLines * 22 + (subLines > 0 ? 4 + subLines * 16 + 14 : 14);
}

/** The canvas height that shows a diagram at full size under its title (within the spec's bounds). */
export function diagramHeight(
  spec: { title: string; subtitle?: string | undefined; width: number },
  layout: DiagramOptions,
): number {
  return Math.min(1600, Math.max(150, Math.ceil(headerHeight(spec) + layout.height + 4)));
}

export const treeLayoutOf = (spec: Pick<TreeChartSpec, 'nodes' | 'width'>): DiagramOptions =>
  layoutTree(spec.nodes, spec.width - PADDING_X);

export const networkLayoutOf = (spec: NetworkChartSpec): DiagramOptions =>
  layoutNetwork(spec, spec.width - PADDING_X);

/** A chart with no datasets: the title, the background and the diagram's shapes. */
export function diagramConfig(spec: ChartSpec, diagram: DiagramOptions): ChartConfiguration {
  const options = baseOptions<'scatter'>(spec, false);
  return {
    type: 'scatter',
    data: { datasets: [] },
    options: {
      ...options,
      scales: { x: { display: false }, y: { display: false } },
      plugins: { ...options.plugins, prospectaDiagram: diagramPluginOptions(diagram) },
    },
    plugins: [backgroundPlugin(), diagramPlugin()],
  } as ChartConfiguration;
}

export const treeConfig = (spec: TreeChartSpec): ChartConfiguration =>
  diagramConfig(spec, treeLayoutOf(spec));

export const networkConfig = (spec: NetworkChartSpec): ChartConfiguration =>
  diagramConfig(spec, networkLayoutOf(spec));
