import { move } from 'piscina';
import { prepareChartRuntime } from '../charts/draw.ts';
import { cachedPrintChart } from './chart-cache.ts';
import { renderDocx } from './docx.ts';
import type { ReportDoc } from './model.ts';
import { renderPdf } from './pdf.ts';

// Once per worker thread: Chart.js registrations and fonts are per-thread globals.
prepareChartRuntime();
const charts = cachedPrintChart();

/** Piscina task: the dossier's data in, the file's bytes out (transferred, not copied). */
export default async function renderReportTask(
  task: { format: 'pdf' | 'docx'; doc: ReportDoc } | { format: 'warm-up' },
): Promise<Uint8Array> {
  // Sent when a dossier starts: the thread loads its modules while the sections are built.
  if (task.format === 'warm-up') return new Uint8Array(0);
  const bytes =
    task.format === 'pdf' ? await renderPdf(task.doc, charts) : await renderDocx(task.doc, charts);
  return move(bytes) as Uint8Array;
}
