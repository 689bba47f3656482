import type { Logger } from '../core/logger.ts';
import type { PgStore } from './postgres/pg-store.ts';
import type { Store } from './types.ts';

/** What the start-up check looked at: every file (embedded), or the database schema only (PostgreSQL). */
export type StartCheck =
  | { readonly engine: 'embedded'; readonly teams: number; readonly files: number }
  | { readonly engine: 'postgres'; readonly schema: number };

const isPg = (store: Store): store is PgStore => (store as Partial<PgStore>).engine === 'postgres';

/**
 * Before `prospecta start` (or the terminal chat) serves anyone. The embedded store reads and
 * validates every file: a damaged one stops the start with its name. On PostgreSQL reading every
 * team would make the start cost grow with the data (10M rows: minutes), so only the schema version
 * is checked; a team's rows are validated when a replica first loads it, which refuses a bad row by
 * name (`postgres:<team>/<collection>/<id>`) for that team only.
 */
export async function checkStoreAtStart(store: Store, logger: Logger): Promise<StartCheck> {
  if (isPg(store)) {
    const { checkSchema } = await import('./postgres/schema.ts');
    const schema = await checkSchema(store.pool);
    logger.info('store checked', { engine: 'postgres', schema });
    return { engine: 'postgres', schema };
  }
  const checked = await store.verifyAll();
  logger.info('store verified', checked);
  return { engine: 'embedded', ...checked };
}
