import path from 'node:path';
import type { App } from '../app.ts';
import { userErrorMessage } from '../core/dispatch.ts';
import type { UserError } from '../core/errors.ts';
import { renderPlainText } from '../core/render-text.ts';
import { SYSTEM_FAILURES } from '../guard/expected-failure.ts';
import { createTranslator } from '../i18n/index.ts';
import { type WrittenChart, writeReplyCharts } from './charts-out.ts';
import { filesText, type WrittenFile, writeReplyFiles } from './files-out.ts';
import { runTerminalCommand, type TerminalIdentity, terminalBot } from './invoke.ts';

export interface RunOptions extends TerminalIdentity {
  json: boolean;
  outDir: string;
}

/** What `prospecta run --json` prints: one object, stable for scripts. */
export interface RunResult {
  ok: boolean;
  command: string;
  text: string;
  data: Record<string, unknown> | null;
  charts: WrittenChart[];
  /** Files the reply delivered (an export), written in the output folder. */
  files: WrittenFile[];
  error: { code: string; message: string; field: string | null; errorId?: string } | null;
}

/** Runs one command as typed in chat; returns the process exit code (0 ok, 2 user error, 1 internal). */
export async function runOnce(
  app: App,
  opts: RunOptions,
  command: string,
  print: (s: string) => void,
): Promise<number> {
  const r = await runTerminalCommand(terminalBot(app), opts, command);
  const stem =
    (command.trim().replace(/^\//, '').split(/\s+/)[0] ?? 'chart').replace(/[^\p{L}\p{N}_-]/gu, '') ||
    'chart';
  const charts = r.error ? [] : await writeReplyCharts(r, app.charts, path.resolve(opts.outDir), stem);
  const files = await writeReplyFiles(r, path.resolve(opts.outDir));
  const text =
    renderPlainText(
      r,
      charts.map((c) => ({ title: c.title, location: c.file })),
    ) + filesText(files);
  if (opts.json) {
    const result: RunResult = {
      ok: !r.error,
      command,
      text,
      data: r.data ?? null,
      charts,
      files,
      error: r.error
        ? {
            code: r.error.code,
            message: r.error.message,
            field: r.error.field ?? null,
            ...(r.error.errorId && { errorId: r.error.errorId }),
          }
        : null,
    };
    print(JSON.stringify(result, null, 2));
  } else {
    print(text);
  }
  return exitCode(r.error?.code);
}

/** The exit code of an answer: 0 ok, 1 internal error or the machine's (disk full, read-only folder), 3 team busy in another process (try again), 2 any other failure. */
export function exitCode(errorCode: string | undefined): number {
  if (errorCode === undefined) return 0;
  if (errorCode === 'internal' || SYSTEM_FAILURES.has(errorCode)) return 1;
  return errorCode === 'team_busy' ? 3 : 2;
}

/** Prints a failure that stopped the command before it ran (the team could not be opened), as `runOnce` would. */
export function printFailure(
  opts: Pick<RunOptions, 'json' | 'locale'>,
  command: string,
  e: UserError,
  print: (s: string) => void,
): number {
  const message = userErrorMessage(createTranslator(opts.locale ?? 'fr'), e);
  if (opts.json) {
    const result: RunResult = {
      ok: false,
      command,
      text: message,
      data: null,
      charts: [],
      files: [],
      error: { code: e.code, message, field: e.field ?? null },
    };
    print(JSON.stringify(result, null, 2));
  } else {
    print(message);
  }
  return exitCode(e.code);
}
