import pg from 'pg';
import { z } from 'zod';
import type { Logger } from '../../core/logger.ts';
import { maskUrl, StoreUnavailableError } from './errors.ts';

/** Connection failures the user can fix (server down, wrong host, credentials, database): not programming errors. */
const UNREACHABLE = new Set([
  'ECONNREFUSED',
  'ENOTFOUND',
  'EAI_AGAIN',
  'ETIMEDOUT',
  'EHOSTUNREACH',
  'ECONNRESET',
]);
const isUnreachable = (err: unknown) => {
  const code = (err as { code?: string })?.code ?? '';
  return UNREACHABLE.has(code) || code.startsWith('28') || code === '3D000';
};

const PostgresUrl = z.url({ protocol: /^postgres(ql)?$/ });

/** Where the libpq variables point, for messages (never the password). */
const libpqUrl = (env: NodeJS.ProcessEnv) =>
  `postgres://${env.PGUSER ?? ''}@${env.PGHOST ?? 'localhost'}:${env.PGPORT ?? '5432'}/${env.PGDATABASE ?? env.PGUSER ?? ''}`;

/** The URL as it may be shown: without its password, or where the libpq variables point. */
export const shownUrl = (url: string | undefined): string =>
  url === undefined ? libpqUrl(process.env) : maskUrl(url);

/** A pool on `url` (checked: a malformed URL is `StoreUnavailableError('bad_url')`); connects lazily. */
export function openPool(url: string | undefined, max: number, logger: Logger): pg.Pool {
  if (url !== undefined && !PostgresUrl.safeParse(url).success)
    throw new StoreUnavailableError(
      'bad_url',
      shownUrl(url),
      'expected postgres://user:password@host:port/database',
    );
  const pool = new pg.Pool({
    ...(url !== undefined && { connectionString: url }),
    max,
    connectionTimeoutMillis: 10_000,
  });
  // An idle connection dropped by the server must not crash the process; the next query reconnects.
  pool.on('error', (err) => logger.warn('store: idle PostgreSQL connection lost', { error: err.message }));
  return pool;
}

/** A connection failure the user can fix (server down, wrong host, credentials, database) as `StoreUnavailableError`; others as they are. */
export function unavailable(url: string | undefined, err: unknown): unknown {
  return isUnreachable(err)
    ? new StoreUnavailableError('unreachable', shownUrl(url), (err as Error).message, { cause: err })
    : err;
}
