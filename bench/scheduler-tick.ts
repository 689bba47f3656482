/**
 * How long one scheduler tick (weekly digest, follow-up reminders, daily privacy job) takes on
 * PostgreSQL with many teams, and what it leaves in memory:
 * `node --expose-gc --import tsx bench/scheduler-tick.ts [--teams 1000] [--activities 1000]`.
 * The teams are copies of one (a member, a follow-up done, `--activities` calls over two years),
 * nothing due. Prints the first tick of a fresh process on a fresh database, the next two, the heap
 * after them, and the first tick of a process restarted on that database.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { createApp } from '../src/app.ts';
import { terminalBot } from '../src/cli/invoke.ts';
import { loadConfig } from '../src/config.ts';
import { silentLogger } from '../src/core/logger.ts';
import type { Bot } from '../src/core/turn.ts';
import { runDueReminders } from '../src/follow-ups/scheduler.ts';
import { runPrivacyJobs } from '../src/privacy/scheduler.ts';
import { runDueDigests } from '../src/watch/scheduler.ts';
import { activity, member, teamRecord } from '../test/store/helpers.ts';
import { startPgCluster } from './pg-cluster.ts';
import { settledMemory } from './rss-peak.ts';

/** The three schedulers' ticks, at once as `prospecta start` runs them (each service starts its own). */
const tick = (bot: Bot, now: Date) =>
  Promise.all([runDueDigests(bot, now), runDueReminders(bot, now), runPrivacyJobs(bot, now)]);

const arg = (name: string, fallback: number) => {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? Number(process.argv[i + 1]) : fallback;
};
const teams = arg('teams', 1_000);
const activities = arg('activities', 1_000);

const cluster = await startPgCluster();
const dir = await mkdtemp(join(tmpdir(), 'prospecta-sched-bench-'));
try {
  const url = await cluster.createDatabase('sched');
  const config = loadConfig({ PROSPECTA_DATA_DIR: dir, DATABASE_URL: url, LOG_LEVEL: 'silent' });
  const now = new Date('2026-12-02T10:00:00Z');
  const seeder = await createApp(config, { logger: silentLogger, clock: () => now });
  await seeder.deps.store.transact(
    'bench:sched-0',
    (tx) => {
      tx.members.put(member('cli:alice'));
      for (let i = 0; i < activities; i++) {
        const day = new Date(Date.UTC(2025, 0, 1) + (i % 700) * 86_400_000).toISOString().slice(0, 10);
        tx.activities.put(activity(`A-${i}`, day));
      }
    },
    { init: () => teamRecord('bench:sched-0') },
  );
  await seeder.close();
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  const ids = Array.from({ length: teams - 1 }, (_, i) => `bench:sched-${i + 1}`);
  await client.query(
    `INSERT INTO teams (team, version, horizon, doc)
     SELECT t.id, version, horizon, json_build_object('id', t.id, 'name', 'Bench ' || t.id,
            'settings', doc->'settings', 'createdAt', doc->'createdAt')
     FROM teams, unnest($2::text[]) AS t(id) WHERE team = $1`,
    ['bench:sched-0', ids],
  );
  await client.query(
    `INSERT INTO items (team, collection, id, shard, seq, version, format, doc)
     SELECT t.id, collection, i.id, shard, seq, version, format, doc
     FROM items i, unnest($2::text[]) AS t(id) WHERE i.team = $1`,
    ['bench:sched-0', ids],
  );
  await client.query('VACUUM ANALYZE');
  await client.end();

  // A fresh replica: its first tick, then the next ones (a minute apart), as `prospecta start` runs them.
  let clock = now;
  const app = await createApp(config, { logger: silentLogger, clock: () => clock });
  const bot = terminalBot(app, []);
  const ticks: number[] = [];
  for (let i = 0; i < 3; i++) {
    clock = new Date(now.getTime() + i * 60_000);
    const started = performance.now();
    await tick(bot, clock);
    ticks.push(Math.round(performance.now() - started));
  }
  const heap = (await settledMemory()).heapUsed;
  await app.close();
  // The replica restarted: its first tick on a database its schedulers already went through.
  clock = new Date(now.getTime() + 10 * 60_000);
  const restarted = await createApp(config, { logger: silentLogger, clock: () => clock });
  const started = performance.now();
  await tick(terminalBot(restarted, []), clock);
  const restartTickMs = Math.round(performance.now() - started);
  await restarted.close();
  process.stdout.write(
    `${JSON.stringify({ teams, activitiesPerTeam: activities, tickMs: ticks, restartTickMs, heapMB: Math.round(heap / 1e6) })}\n`,
  );
} finally {
  await cluster.stop();
  await rm(dir, { recursive: true, force: true });
}
