import { renderReplyCharts } from '../../charts/render-reply.ts';
import type { ChartRenderer, ChartSpecInput, RenderedChart } from '../../charts/spec.ts';
import type { Reply } from '../../core/reply.ts';
import { MESSAGE_BUDGET } from './cards/message-budget.ts';
import type { CardImage } from './cards/reply-card.ts';
import { type ChartImages, inlinePng } from './chart-images.ts';

/** Where a reply's chart images are shown, which decides how they are addressed. */
export interface ImageTarget {
  /** `teams`: public URL when one is configured, else inline; `web`: the local server's URL. */
  kind: 'teams' | 'web';
  publicBaseUrl: string | undefined;
  /** The local server's origin, `http://127.0.0.1:3978`. */
  localOrigin: string;
}

/** The most an inline chart may weigh: its data URL in UTF-16 with room for the rest of a message. */
const INLINE_CHART_BUDGET = MESSAGE_BUDGET - 8 * 1024;
/** Scales tried, in turn, to bring an inline chart within that budget (never under 200 px wide). */
const SCALES = [0.8, 0.65, 0.5];

/**
 * A chart as a data URL that fits one message (see MESSAGE_BUDGET): re-rendered smaller when the
 * default size is too heavy; undefined when even the smallest does not fit (its alt text shows).
 */
async function inlineWithinBudget(
  spec: ChartSpecInput,
  png: RenderedChart,
  charts: ChartRenderer,
): Promise<string | undefined> {
  const fits = (p: RenderedChart) => {
    const url = inlinePng(p.png, p.width, p.height);
    return url && url.length * 2 <= INLINE_CHART_BUDGET ? url : undefined;
  };
  const url = fits(png);
  if (url) return url;
  for (const scale of SCALES) {
    const width = Math.max(200, Math.round(png.width * scale));
    const height = Math.max(150, Math.round(png.height * scale));
    const smaller = fits(await charts.render({ ...spec, width, height }));
    if (smaller) return smaller;
  }
  return undefined;
}

/**
 * Renders the reply's charts and gives each an address the client can load, in block order (a
 * chart that cannot be shown leaves a hole, so the next one keeps its place).
 */
export async function chartImages(
  reply: Reply,
  charts: ChartRenderer,
  store: ChartImages,
  target: ImageTarget,
): Promise<(CardImage | undefined)[]> {
  if (reply.error || !reply.blocks.some((b) => b.type === 'chart')) return [];
  const rendered = await renderReplyCharts(reply, charts);
  const base = target.kind === 'web' ? target.localOrigin : target.publicBaseUrl;
  return Promise.all(
    rendered.map(async ({ spec, png }) => {
      const url = base
        ? `${base.replace(/\/+$/, '')}${await store.put(png.png)}`
        : await inlineWithinBudget(spec, png, charts);
      return url ? { url, alt: spec.alt } : undefined;
    }),
  );
}
