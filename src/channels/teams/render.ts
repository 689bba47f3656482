import { renderReplyCharts } from '../../charts/render-reply.ts';
import type { ChartRenderer } from '../../charts/spec.ts';
import type { Reply } from '../../core/reply.ts';
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

/** Renders the reply's charts and gives each an address the client can load, in block order. */
export async function chartImages(
  reply: Reply,
  charts: ChartRenderer,
  store: ChartImages,
  target: ImageTarget,
): Promise<CardImage[]> {
  if (reply.error || !reply.blocks.some((b) => b.type === 'chart')) return [];
  const rendered = await renderReplyCharts(reply, charts);
  return rendered.flatMap(({ spec, png }) => {
    const base = target.kind === 'web' ? target.localOrigin : target.publicBaseUrl;
    const url = base
      ? `${base.replace(/\/+$/, '')}${store.put(png.png)}`
      : inlinePng(png.png, png.width, png.height);
    return url ? [{ url, alt: spec.alt }] : [];
  });
}
