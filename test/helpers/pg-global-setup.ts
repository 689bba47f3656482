import type { TestProject } from 'vitest/node';
import { type PgCluster, startPgCluster } from './pg-cluster.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    /** The throw-away server's URL when the run is on PostgreSQL (`PROSPECTA_TEST_STORE=postgres`). */
    pgUrl: string | undefined;
  }
}

let cluster: PgCluster | null = null;

/** The vitest project (vitest.config.ts) that runs the channel tests on PostgreSQL in every run. */
export const CHANNELS_ON_POSTGRES = 'channels-postgres';

/**
 * `PROSPECTA_TEST_STORE=postgres npx vitest run …`, or the project `channels-postgres`: the app's
 * store in the tests that open it through test/helpers (the core, the command line, the channels'
 * harnesses) is PostgreSQL, on one throw-away cluster for the project's run (a database a test core,
 * CLI or app folder). Otherwise nothing is started.
 */
export async function setup(project: TestProject): Promise<void> {
  if (process.env.PROSPECTA_TEST_STORE !== 'postgres' && project.name !== CHANNELS_ON_POSTGRES) {
    project.provide('pgUrl', undefined);
    return;
  }
  cluster = await startPgCluster();
  project.provide('pgUrl', cluster.url);
}

export async function teardown(): Promise<void> {
  await cluster?.stop();
}
