import { logContext } from './log-context.ts';

/** Structured logging: one JSON object a line, so logs can be grepped and shipped as they are. */
export interface Logger {
  debug(msg: string, ctx?: Record<string, unknown>): void;
  info(msg: string, ctx?: Record<string, unknown>): void;
  warn(msg: string, ctx?: Record<string, unknown>): void;
  error(msg: string, ctx?: Record<string, unknown>): void;
}

const LEVELS = { debug: 10, info: 20, warn: 30, error: 40, silent: 100 } as const;
export type LogLevel = keyof typeof LEVELS;

export function createLogger(
  level: LogLevel = 'info',
  sink: (line: string) => void = (line) => process.stderr.write(`${line}\n`),
): Logger {
  const at =
    (name: Exclude<LogLevel, 'silent'>) =>
    (msg: string, ctx?: Record<string, unknown>): void => {
      if (LEVELS[name] < LEVELS[level]) return;
      // The turn's team and command (log-context.ts) first; the line's own fields win.
      sink(JSON.stringify({ t: new Date().toISOString(), level: name, msg, ...logContext(), ...ctx }));
    };
  return { debug: at('debug'), info: at('info'), warn: at('warn'), error: at('error') };
}

/** A logger that drops everything, for tests and benchmarks. */
export const silentLogger: Logger = createLogger('silent');
