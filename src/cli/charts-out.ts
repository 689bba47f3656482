import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
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
  const specs = r.blocks.flatMap((b) => (b.type === 'chart' ? [b.spec] : []));
  if (specs.length === 0) return [];
  await mkdir(dir, { recursive: true });
  const out: WrittenChart[] = [];
  for (const spec of specs) {
    const png = await renderer.render(spec);
    const file = path.join(dir, `${stem}-${png.sha256.slice(0, 10)}.png`);
    await writeFile(file, png.png);
    out.push({ title: spec.title, file, width: png.width, height: png.height });
  }
  return out;
}
