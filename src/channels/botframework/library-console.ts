import { AsyncLocalStorage } from 'node:async_hooks';
import type { Logger } from '../../core/logger.ts';

/** Where botbuilder's console lines go while one of its calls runs: the JSON logger, rate-limited. */
interface LibraryLog {
  readonly logger: Logger;
  /** At most this many lines in each window; the others are counted and said with the next line. */
  readonly perWindow: number;
  readonly windowMs: number;
  readonly now: () => number;
  windowStart: number;
  inWindow: number;
  dropped: number;
}

const inside = new AsyncLocalStorage<LibraryLog>();
let installed = false;

/** One line of what the library printed: an error's name and first message line, never its stack. */
function oneLine(args: unknown[]): Record<string, unknown> {
  const first = args[0];
  if (first instanceof Error) {
    const status = (first as { statusCode?: unknown }).statusCode;
    return {
      error: first.name === 'Error' ? first.constructor.name : first.name,
      detail: first.message.split('\n')[0]?.slice(0, 300),
      ...(typeof status === 'number' && { status }),
    };
  }
  return { detail: args.map(String).join(' ').split('\n')[0]?.slice(0, 300) };
}

function write(log: LibraryLog, level: 'warn' | 'error', args: unknown[]): void {
  const now = log.now();
  if (now - log.windowStart >= log.windowMs) {
    log.windowStart = now;
    log.inWindow = 0;
  }
  if (log.inWindow >= log.perWindow) {
    log.dropped++;
    return;
  }
  log.inWindow++;
  const dropped = log.dropped;
  log.dropped = 0;
  log.logger[level]('botbuilder', { ...oneLine(args), ...(dropped > 0 && { suppressed: dropped }) });
}

/** Sends console.error/warn calls made inside a library call to the current LibraryLog, the others as before. */
function install(): void {
  if (installed) return;
  installed = true;
  for (const level of ['error', 'warn'] as const) {
    const original = console[level].bind(console);
    console[level] = (...args: unknown[]) => {
      const log = inside.getStore();
      if (log) write(log, level, args);
      else original(...args);
    };
  }
}

/**
 * Runs botbuilder's calls with what it prints on stderr (a multi-line stack for every unauthenticated
 * request) routed through the JSON logger: one line each, at most `perWindow` a minute, so that
 * LOG_LEVEL applies and a flood of bad requests cannot flood the logs.
 */
export function libraryConsole(logger: Logger, perWindow = 10, windowMs = 60_000, now = () => Date.now()) {
  install();
  const log: LibraryLog = {
    logger,
    perWindow,
    windowMs,
    now,
    windowStart: -Infinity,
    inWindow: 0,
    dropped: 0,
  };
  return <R>(fn: () => Promise<R>): Promise<R> => inside.run(log, fn);
}
