import { prepareChartRuntime } from '../charts/draw.ts';
import { cachedPrintChart } from './chart-cache.ts';
import { renderDocx } from './docx.ts';
import type { ReportDoc } from './model.ts';
import { renderPdf } from './pdf.ts';
import { buildInWorker, type DossierRequest } from './worker-build.ts';

// Once per worker thread: Chart.js registrations and fonts are per-thread globals.
prepareChartRuntime();
const charts = cachedPrintChart();

export type RenderTask = { format: 'pdf' | 'docx'; dossier: DossierRequest } | { format: 'warm-up' };

/** What a dossier task gives back: the file, and what the chat answer says of its sections. */
export interface RenderedDossier {
  bytes: Uint8Array;
  sections: { number: string; title: string; parts: number; missing: number; omitted: number }[];
  charts: number;
}

const render = (format: 'pdf' | 'docx', doc: ReportDoc) =>
  format === 'pdf' ? renderPdf(doc, charts) : renderDocx(doc, charts);

/**
 * Piscina task: the team's snapshot in (its buffers transferred, not copied), the dossier out: its
 * sections built here by the same commands as in chat, then its charts drawn and its pages laid out.
 */
export default async function renderReportTask(task: RenderTask): Promise<Uint8Array | RenderedDossier> {
  // Sent when a dossier starts: the thread loads its modules while the snapshot is taken.
  if (task.format === 'warm-up') return new Uint8Array(0);
  const doc = await buildInWorker(task.dossier);
  const bytes = await render(task.format, doc);
  return {
    bytes,
    sections: doc.sections.map((s) => ({
      number: s.number,
      title: s.title,
      parts: s.parts.length,
      missing: s.parts.filter((x) => x.type === 'missing').length,
      omitted: s.omitted?.length ?? 0,
    })),
    charts: doc.sections.reduce((n, s) => n + s.parts.filter((x) => x.type === 'chart').length, 0),
  };
}
