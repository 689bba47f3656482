import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { inject } from 'vitest';
import type { StoreSelection } from '../../src/config.ts';

/**
 * The store a test's app uses: embedded, or with `PROSPECTA_TEST_STORE=postgres` a new empty database
 * on the run's throw-away cluster (test/helpers/pg-global-setup.ts).
 */
export async function testStoreSelection(): Promise<StoreSelection> {
  const server = inject('pgUrl');
  if (!server) return { engine: 'embedded' };
  const name = `t_${randomBytes(6).toString('hex')}`;
  const client = new pg.Client({ connectionString: server });
  await client.connect();
  try {
    await client.query(`CREATE DATABASE ${name}`);
  } finally {
    await client.end();
  }
  return { engine: 'postgres', url: server.replace(/\/[^/]*$/, `/${name}`) };
}

const databases = new Map<string, string>();

/**
 * The environment that puts an app on `dataDir` on this run's store: nothing (embedded), or with
 * `PROSPECTA_TEST_STORE=postgres` `DATABASE_URL` of a database of its own, the same one each time for
 * the same folder (an app restarted on its folder, or a second replica on it, finds its data).
 */
export async function testStoreEnv(dataDir: string): Promise<Record<string, string>> {
  if (!inject('pgUrl')) return {};
  let url = databases.get(dataDir);
  if (!url) {
    const selection = await testStoreSelection();
    url = selection.engine === 'postgres' ? selection.url : undefined;
    if (!url) return {};
    databases.set(dataDir, url);
  }
  return { DATABASE_URL: url };
}

/** Whether this run's app store is PostgreSQL: tests about the embedded store's files do not apply then. */
export const onPostgres = (): boolean => inject('pgUrl') !== undefined;

/** Every row of the store's tables at `url` (`table/key` → content), to prove a failed command wrote nothing. */
export async function databaseRows(url: string): Promise<Record<string, string>> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const out: Record<string, string> = {};
    const teams = await client.query<{ team: string; version: string; doc: string }>(
      'SELECT team, version, doc::text AS doc FROM teams',
    );
    for (const r of teams.rows) out[`db:teams/${r.team}`] = `${r.version} ${r.doc}`;
    const items = await client.query<{
      team: string;
      collection: string;
      id: string;
      version: string;
      doc: string | null;
    }>('SELECT team, collection, id, version, doc::text AS doc FROM items');
    for (const r of items.rows) out[`db:items/${r.team}/${r.collection}/${r.id}`] = `${r.version} ${r.doc}`;
    return out;
  } finally {
    await client.end();
  }
}
