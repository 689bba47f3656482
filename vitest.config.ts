import { defineConfig } from 'vitest/config';

/**
 * The channel tests that also run on PostgreSQL in every `npm test` (project `channels-postgres`,
 * on one throw-away cluster): those where Discord, Teams or the web chat read and write the store
 * (commands, forms, exactly-once, personal chats, uploads, file offers, replicas, GDPR erasure).
 * Left to the embedded run only, to keep the second run within a minute on 2 CPUs: what does not
 * depend on the store's engine (browser-driven pages, whose server side the directline/forms tests
 * cover; converters, manifests, message sizes, deferral timings, security headers), and what runs on
 * PostgreSQL by construction (chart images across replicas, shards; `prospecta start` on
 * PostgreSQL is test/replicas/two-bots-postgres.test.ts).
 */
const CHANNELS_ON_POSTGRES = ['test/channels/**/*.test.ts'];
const NOT_ON_POSTGRES = [
  'test/channels/**/*browser.test.ts',
  'test/channels/botframework/**',
  'test/channels/forms/**',
  'test/channels/markdown/**',
  'test/channels/discord/converters.test.ts',
  'test/channels/discord/first-response.test.ts',
  'test/channels/discord/reply-files.test.ts',
  'test/channels/discord/sharding.test.ts',
  'test/channels/discord/start.test.ts',
  'test/channels/teams/chart-replicas.test.ts',
  'test/channels/teams/delivery-key.test.ts',
  'test/channels/teams/info-pages.test.ts',
  'test/channels/teams/manifest.test.ts',
  'test/channels/teams/message-budget.test.ts',
  'test/channels/teams/message-size.test.ts',
  'test/channels/webchat/local-security.test.ts',
];

export default defineConfig({
  test: {
    testTimeout: 30_000,
    hookTimeout: 30_000,
    pool: 'forks',
    projects: [
      {
        extends: true,
        test: {
          name: 'app',
          include: ['test/**/*.test.ts'],
          // Starts a PostgreSQL cluster only with PROSPECTA_TEST_STORE=postgres (the whole suite on the other engine).
          globalSetup: ['test/helpers/pg-global-setup.ts'],
        },
      },
      // The whole suite on PostgreSQL already runs these there.
      ...(process.env.PROSPECTA_TEST_STORE === 'postgres'
        ? []
        : [
            {
              extends: true as const,
              test: {
                name: 'channels-postgres',
                include: CHANNELS_ON_POSTGRES,
                exclude: NOT_ON_POSTGRES,
                globalSetup: ['test/helpers/pg-global-setup.ts'],
              },
            },
          ]),
    ],
  },
});
