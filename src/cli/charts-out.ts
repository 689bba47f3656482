import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { renderReplyCharts } from '../charts/render-reply.ts';
import type { ChartRenderer } from '../charts/spec.ts';
import type { Reply } from '../core/reply.ts';

export interface WrittenChart {
  title: string;
  file: string;
  width: number;
  height: number;
}

/** Renders a reply's charts and writes them as PNG files in `dir`, named by content. */
export async function writeReplyCharts(
  r: Reply,
  renderer: ChartRenderer,
  dir: string,
  stem: string,
): Promise<WrittenChart[]> {
  const charts = await renderReplyCharts(r, renderer);
  if (charts.length === 0) return [];
  await mkdir(dir, { recursive: true });
  return Promise.all(
    charts.map(async ({ spec, png }) => {
      const file = path.join(dir, `${stem}-${png.sha256.slice(0, 10)}.png`);
      await writeFile(file, png.png);
      return { title: spec.title, file, width: png.width, height: png.height };
    }),
  );
}
