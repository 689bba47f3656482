import { createLogger, type Logger } from '../../src/core/logger.ts';

/** A logger at debug level that records the teams a store loads whole (its "store: team loaded" lines). */
export function loadCounter(): { logger: Logger; loaded: string[] } {
  const loaded: string[] = [];
  const logger = createLogger('debug', (line) => {
    const entry = JSON.parse(line) as { msg: string; teamId?: string };
    if (entry.msg === 'store: team loaded') loaded.push(entry.teamId ?? '?');
  });
  return { logger, loaded };
}
