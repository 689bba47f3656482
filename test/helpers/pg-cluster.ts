/** The throw-away PostgreSQL server of the tests (the bench starts the same, durable). */
import type { PgCluster } from '../../bench/pg-cluster.ts';

export { type PgCluster, postgresBinDir, startPgCluster } from '../../bench/pg-cluster.ts';

/**
 * The engines replicas can share, for `describe.each`: the data folder, or a new database of the
 * cluster `cluster()` returns (started in the file's `beforeAll`), as the replica's environment.
 */
export const replicaEngines = (cluster: () => PgCluster | undefined) =>
  [
    { engine: 'embedded', env: async (): Promise<Record<string, string>> => ({}) },
    {
      engine: 'postgres',
      env: async (): Promise<Record<string, string>> => {
        const started = cluster();
        if (!started) throw new Error('the PostgreSQL cluster is not started');
        return { DATABASE_URL: await started.createDatabase() };
      },
    },
  ] as const;
