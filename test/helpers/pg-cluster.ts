/** The throw-away PostgreSQL server of the tests (the bench starts the same, durable). */
export { type PgCluster, postgresBinDir, startPgCluster } from '../../bench/pg-cluster.ts';
