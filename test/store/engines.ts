import { afterAll, beforeAll, describe } from 'vitest';
import type { Logger } from '../../src/core/logger.ts';
import type { AnyCollectionDef } from '../../src/store/collections.ts';
import { openStore, type Store } from '../../src/store/index.ts';
import { openPgStore } from '../../src/store/postgres/index.ts';
import { type PgCluster, startPgCluster } from '../helpers/pg-cluster.ts';
import { makeTempDir, removeDir, snapshot } from './helpers.ts';

export type EngineKind = 'embedded' | 'postgres';
export const ENGINES: readonly EngineKind[] = ['embedded', 'postgres'];

export interface OpenOptions {
  collections?: readonly AnyCollectionDef[];
  logger?: Logger;
  lockWaitMs?: number;
}

/** One place data is kept (a data folder, or a data folder and a database), opened as often as a test likes. */
export interface Place {
  readonly kind: EngineKind;
  /** The data folder (with PostgreSQL: what stays on local disk). */
  readonly dir: string;
  /** The database URL (postgres only). */
  readonly url: string | undefined;
  open(options?: OpenOptions): Promise<Store>;
  /** Everything stored, to prove a failed transaction wrote nothing. */
  snapshot(): Promise<unknown>;
  remove(): Promise<void>;
}

export interface Engine {
  readonly kind: EngineKind;
  /** A new, empty place. */
  place(): Promise<Place>;
}

/** The whole content of a database's store tables, in a stable order. */
export async function databaseSnapshot(store: Store | null, url: string): Promise<unknown> {
  const pg = (await import('pg')).default;
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const teams = await client.query('SELECT team, version, horizon, doc::text FROM teams ORDER BY team');
    const items = await client.query(
      'SELECT team, collection, id, shard, seq, version, format, doc::text FROM items ORDER BY team, collection, id',
    );
    return { teams: teams.rows, items: items.rows };
  } finally {
    await client.end();
    void store;
  }
}

function engine(kind: EngineKind, cluster: () => PgCluster): Engine {
  return {
    kind,
    async place() {
      const dir = await makeTempDir();
      const url =
        kind === 'postgres'
          ? await cluster().createDatabase(`s${Math.random().toString(36).slice(2, 12)}`)
          : undefined;
      return {
        kind,
        dir,
        url,
        open: (o = {}) => (url === undefined ? openStore({ dir, ...o }) : openPgStore({ url, dir, ...o })),
        snapshot: () => (url === undefined ? snapshot(dir) : databaseSnapshot(null, url)),
        remove: () => removeDir(dir),
      };
    },
  };
}

/**
 * Runs `body` once for each engine, inside `describe('<title> [<engine>]')`: the store contract
 * holds for both. The PostgreSQL run gets a throw-away cluster for the block.
 */
export function describeEngines(title: string, body: (engine: Engine) => void): void {
  for (const kind of ENGINES) {
    describe(`${title} [${kind}]`, () => {
      let cluster: PgCluster | null = null;
      if (kind === 'postgres') {
        beforeAll(async () => {
          cluster = await startPgCluster();
        }, 60_000);
        afterAll(async () => {
          await cluster?.stop();
        });
      }
      body(
        engine(kind, () => {
          if (!cluster) throw new Error('the PostgreSQL cluster is not started');
          return cluster;
        }),
      );
    });
  }
}
