import { createRequire } from 'node:module';
import { pathToFileURL } from 'node:url';
import { Piscina } from 'piscina';
import type { CommandContext } from '../core/command.ts';
import type { ReportScope } from './collect.ts';
import type { RenderedDossier, RenderTask } from './render-worker.ts';
import { snapshotTeam, snapshotTransfer } from './snapshot.ts';
import type { DossierRequest } from './worker-build.ts';

/** The worker next to this file: `.ts` under tsx and vitest; once bundled, the CommonJS shim beside it. */
function workerFile(): { filename: string; execArgv: string[] } {
  const typescript = new URL(import.meta.url).pathname.endsWith('.ts');
  const url = new URL(typescript ? './render-worker.ts' : './report-worker.cjs', import.meta.url);
  const tsx = typescript ? pathToFileURL(createRequire(import.meta.url).resolve('tsx')).href : '';
  return { filename: url.href, execArgv: typescript ? ['--import', tsx] : [] };
}

// One pool for the process, started on the first report: its one thread ends when idle, so a bot
// that never renders a dossier never starts it, and the main event loop only passes messages.
let pool: Piscina<RenderTask, Uint8Array | RenderedDossier> | undefined;

const renderPool = (): Piscina<RenderTask, Uint8Array | RenderedDossier> =>
  (pool ??= new Piscina<RenderTask, Uint8Array | RenderedDossier>({
    ...workerFile(),
    minThreads: 0,
    maxThreads: 1,
    // A minute: the Word file asked after the PDF finds the thread, its modules and its charts.
    idleTimeout: 60_000,
    atomics: 'async',
  }));

/** Starts the render thread (if idle) while the team's snapshot is taken; never fails. */
export function warmReportRenderer(): void {
  renderPool()
    .run({ format: 'warm-up' })
    .catch(() => undefined);
}

/**
 * The whole dossier off the main event loop: the main thread only takes the team's snapshot in the
 * command's transaction (a piece at a time, see snapshot.ts); the returned function, called once the
 * transaction committed (see `Reply.finish`), hands it over to the worker thread, which runs the
 * sections' commands on it, draws the charts and lays out the file while the team's lock is free.
 */
export async function snapshotDossier(
  ctx: CommandContext,
  format: 'pdf' | 'docx',
  scope: ReportScope,
  cover: DossierRequest['cover'],
): Promise<() => Promise<RenderedDossier>> {
  const snapshot = await snapshotTeam(ctx.tx);
  const dossier: DossierRequest = {
    snapshot,
    team: ctx.team,
    member: ctx.member,
    channel: ctx.channel,
    locale: ctx.locale,
    now: ctx.now,
    today: ctx.today,
    dataDir: ctx.dataDir,
    scope,
    cover,
  };
  const transferList = snapshotTransfer(snapshot);
  return async () => (await renderPool().run({ format, dossier }, { transferList })) as RenderedDossier;
}
