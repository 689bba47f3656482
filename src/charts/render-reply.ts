import type { Reply } from '../core/reply.ts';
import type { ChartRenderer, ChartSpecInput, RenderedChart } from './spec.ts';

/** The charts of a reply as PNGs, in block order, rendered concurrently (off the main thread). */
export function renderReplyCharts(
  r: Reply,
  renderer: ChartRenderer,
): Promise<{ spec: ChartSpecInput; png: RenderedChart }[]> {
  const specs = r.blocks.flatMap((b) => (b.type === 'chart' ? [b.spec] : []));
  return Promise.all(specs.map(async (spec) => ({ spec, png: await renderer.render(spec) })));
}
