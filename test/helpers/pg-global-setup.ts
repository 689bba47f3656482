import type { TestProject } from 'vitest/node';
import { type PgCluster, startPgCluster } from './pg-cluster.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    /** The throw-away server's URL when the run is on PostgreSQL (`PROSPECTA_TEST_STORE=postgres`). */
    pgUrl: string | undefined;
  }
}

let cluster: PgCluster | null = null;

/**
 * `PROSPECTA_TEST_STORE=postgres npx vitest run …`: the app's store in the tests that open it through
 * test/helpers (the core, the command line) is PostgreSQL, on one throw-away cluster for the run
 * (a database a test core or CLI folder). Without the variable nothing is started.
 */
export async function setup(project: TestProject): Promise<void> {
  if (process.env.PROSPECTA_TEST_STORE !== 'postgres') {
    project.provide('pgUrl', undefined);
    return;
  }
  cluster = await startPgCluster();
  project.provide('pgUrl', cluster.url);
}

export async function teardown(): Promise<void> {
  await cluster?.stop();
}
