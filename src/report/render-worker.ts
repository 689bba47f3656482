import { move } from 'piscina';
import { prepareChartRuntime } from '../charts/draw.ts';
import { renderDocx } from './docx.ts';
import type { ReportDoc } from './model.ts';
import { renderPdf } from './pdf.ts';

// Once per worker thread: Chart.js registrations and fonts are per-thread globals.
prepareChartRuntime();

/** Piscina task: the dossier's data in, the file's bytes out (transferred, not copied). */
export default async function renderReportTask(task: {
  format: 'pdf' | 'docx';
  doc: ReportDoc;
}): Promise<Uint8Array> {
  const bytes = task.format === 'pdf' ? await renderPdf(task.doc) : await renderDocx(task.doc);
  return move(bytes) as Uint8Array;
}
