import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    testTimeout: 30_000,
    hookTimeout: 30_000,
    pool: 'forks',
    // Starts a PostgreSQL cluster only with PROSPECTA_TEST_STORE=postgres (the suite on the other engine).
    globalSetup: ['test/helpers/pg-global-setup.ts'],
  },
});
