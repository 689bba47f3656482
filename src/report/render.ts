import { createRequire } from 'node:module';
import { pathToFileURL } from 'node:url';
import { Piscina } from 'piscina';
import type { ReportDoc } from './model.ts';

type Task = { format: 'pdf' | 'docx'; doc: ReportDoc } | { format: 'warm-up' };

/** The worker next to this file: `.ts` under tsx and vitest; once bundled, the CommonJS shim beside it. */
function workerFile(): { filename: string; execArgv: string[] } {
  const typescript = new URL(import.meta.url).pathname.endsWith('.ts');
  const url = new URL(typescript ? './render-worker.ts' : './report-worker.cjs', import.meta.url);
  const tsx = typescript ? pathToFileURL(createRequire(import.meta.url).resolve('tsx')).href : '';
  return { filename: url.href, execArgv: typescript ? ['--import', tsx] : [] };
}

// One pool for the process, started on the first report: its one thread ends when idle, so a bot
// that never renders a dossier never starts it, and the main event loop only passes messages.
let pool: Piscina<Task, Uint8Array> | undefined;

const renderPool = (): Piscina<Task, Uint8Array> =>
  (pool ??= new Piscina<Task, Uint8Array>({
    ...workerFile(),
    minThreads: 0,
    maxThreads: 1,
    // A minute: the Word file asked after the PDF finds the thread, its modules and its charts.
    idleTimeout: 60_000,
    atomics: 'async',
  }));

/** Starts the render thread (if idle) while the dossier's sections are built; never fails. */
export function warmReportRenderer(): void {
  renderPool()
    .run({ format: 'warm-up' })
    .catch(() => undefined);
}

/** Renders the dossier off the main event loop (a worker thread draws the charts and lays out pages). */
export function renderReport(format: 'pdf' | 'docx', doc: ReportDoc): Promise<Uint8Array> {
  return renderPool().run({ format, doc });
}
