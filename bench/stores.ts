import { spawnSync } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { commands } from '../commands/index.ts';
import { openAppStore } from '../src/app-store.ts';
import { createChartRenderer } from '../src/charts/index.ts';
import type { ChartRenderer } from '../src/charts/spec.ts';
import type { StoreSelection } from '../src/config.ts';
import { dispatch, type Invocation } from '../src/core/dispatch.ts';
import { silentLogger } from '../src/core/logger.ts';
import { createRegistry } from '../src/core/registry.ts';
import type { Reply } from '../src/core/reply.ts';
import type { Store } from '../src/store/index.ts';
import { BENCH_TEAMS, PROSPECTS_PER_TEAM } from './dataset.ts';
import { type PgCluster, startPgCluster } from './pg-cluster.ts';
import { PG_QUICK_SCALE, PG_SCALE, seedDatabase } from './pg-seed.ts';
import { pct } from './row.ts';

const ms = (n: number): string => `${n.toFixed(1)} ms`;

/** The figures of one engine, by metric. */
type Figures = Map<string, { value: string; target: string }>;

const inv = (text: string, teamId: string, user = 'bench'): Invocation => ({
  channel: 'cli',
  teamId,
  teamName: teamId,
  user: { id: `cli:${user}`, displayName: user, roleHint: 'admin' },
  input: { kind: 'text', text },
});

async function renderAll(r: Reply, charts: ChartRenderer): Promise<void> {
  for (const b of r.blocks) if (b.type === 'chart') await charts.render(b.spec);
}

/** The same measures on one engine: cold load, /log, /funnel with its PNG, and 50 concurrent users on 2 store instances. */
async function measure(open: () => Promise<Store>, runs: { log: number; funnel: number }): Promise<Figures> {
  const out: Figures = new Map();
  const team = 'bench:team-0';
  const store = await open();
  const t0 = performance.now();
  const size = await store.transact(team, (tx) => tx.activities.size);
  const cold = performance.now() - t0;
  out.set(`cold load of a team (${size.toLocaleString('en')} activities)`, {
    value: ms(cold),
    target: '≤ 1000 ms',
  });
  const registry = createRegistry(commands);
  const deps = { store, registry, logger: silentLogger, clock: () => new Date() };
  for (let i = 0; i < 10; i++)
    await dispatch(inv(`/log kind:call outcome:reached prospect:P-${2 + i} note:"warm-up"`, team), deps);
  const log: number[] = [];
  for (let i = 0; i < runs.log; i++) {
    const started = performance.now();
    const r = await dispatch(
      inv(`/log kind:call outcome:reached prospect:P-${1 + (i % PROSPECTS_PER_TEAM)}`, team),
      deps,
    );
    log.push(performance.now() - started);
    if (r.error) throw new Error(`/log failed: ${r.error.message}`);
  }
  out.set(`/log p50 (${runs.log} runs, one user)`, { value: ms(pct(log, 0.5)), target: '' });
  out.set('/log p99 (one user)', { value: ms(pct(log, 0.99)), target: '≤ 25 ms' });

  const charts = createChartRenderer({ renderer: 'local', cacheSize: 0, logger: silentLogger });
  const funnel: number[] = [];
  for (let i = 0; i < runs.funnel; i++) {
    await dispatch(inv(`/log kind:call outcome:appointment prospect:P-${1 + i}`, team), deps);
    const started = performance.now();
    const r = await dispatch(inv('/funnel this-week', team), deps);
    if (r.error) throw new Error(`/funnel failed: ${r.error.message}`);
    await renderAll(r, charts);
    funnel.push(performance.now() - started);
  }
  out.set(`/funnel this-week with its PNG p99 (${runs.funnel} runs)`, {
    value: ms(pct(funnel, 0.99)),
    target: '≤ 150 ms',
  });

  // 50 users over the 10 teams, each on one of two store instances (as two replicas would be), each
  // logging in turn; every team is loaded by both instances first (cold loads are measured above).
  const second = await open();
  const instances = [deps, { ...deps, store: second }];
  for (let t = 0; t < BENCH_TEAMS; t++)
    for (const d of instances) await d.store.transact(`bench:team-${t}`, (tx) => tx.activities.size);
  // Each user logs in turn and, every fourth command, looks at the funnel with its PNG (what a rep
  // does after a round of calls): both measured under the same load.
  const concurrent: number[] = [];
  const concurrentFunnel: number[] = [];
  const perUser = Math.max(4, Math.round(runs.log / 25));
  await Promise.all(
    Array.from({ length: 50 }, async (_, u) => {
      const d = instances[u % 2] as typeof deps;
      const teamId = `bench:team-${u % BENCH_TEAMS}`;
      for (let i = 0; i < perUser; i++) {
        const started = performance.now();
        const r = await dispatch(
          inv(
            `/log kind:call outcome:reached prospect:P-${1 + ((u * 97 + i) % PROSPECTS_PER_TEAM)}`,
            teamId,
            `u${u}`,
          ),
          d,
        );
        concurrent.push(performance.now() - started);
        if (r.error) throw new Error(`/log failed: ${r.error.message}`);
        if (i % 4 !== 3) continue;
        const shown = performance.now();
        const f = await dispatch(inv('/funnel this-week', teamId, `u${u}`), d);
        if (f.error) throw new Error(`/funnel failed: ${f.error.message}`);
        await renderAll(f, charts);
        concurrentFunnel.push(performance.now() - shown);
      }
    }),
  );
  out.set(`/log p99, 50 concurrent users on 2 store instances (${concurrent.length} logs)`, {
    value: ms(pct(concurrent, 0.99)),
    target: '≤ 25 ms',
  });
  out.set(`/funnel with its PNG p99, the same 50 users (${concurrentFunnel.length} funnels)`, {
    value: ms(pct(concurrentFunnel, 0.99)),
    target: '≤ 150 ms',
  });
  await charts.close();
  await Promise.all([store.close(), second.close()]);
  return out;
}

/**
 * `npm run bench -- --store postgres`: the embedded store and PostgreSQL side by side, in one run.
 * The embedded store has the bench dataset (bench/.data: ten teams of 100k activities); PostgreSQL
 * has those teams among 1,000 holding 10M activities in all (bench/pg-seed.ts; `--quick`: 100 teams,
 * 2M), in DATABASE_URL's database (empty) or a throw-away durable cluster started here.
 */
export async function benchStores(data: string, runDir: string, quick: boolean): Promise<string> {
  const runs = { log: quick ? 50 : 300, funnel: quick ? 20 : 100 };
  let cluster: PgCluster | null = null;
  let url = process.env.DATABASE_URL || undefined;
  if (!url) {
    cluster = await startPgCluster({ durable: true });
    url = await cluster.createDatabase('bench');
  }
  const local = await mkdtemp(path.join(os.tmpdir(), 'prospecta-bench-pg-'));
  try {
    const seeded = await seedDatabase(data, url, quick ? PG_QUICK_SCALE : PG_SCALE, console.log);
    console.log(
      `  PostgreSQL: ${seeded.activities.toLocaleString('en')} activities across ${seeded.teams.toLocaleString('en')} teams, seeded in ${seeded.seconds.toFixed(1)} s`,
    );
    const pgSelection: StoreSelection = { engine: 'postgres', url };
    const embedded = await measure(() => openAppStore(runDir, silentLogger), runs);
    const postgres = await measure(() => openAppStore(local, silentLogger, pgSelection), runs);
    const width = Math.max(...[...embedded.keys()].map((k) => k.length));
    const lines = [
      `| ${'metric'.padEnd(width)} | embedded | PostgreSQL | target |`,
      `| ${'-'.repeat(width)} | -------: | ---------: | ------ |`,
    ];
    for (const [metric, e] of embedded) {
      lines.push(
        `| ${metric.padEnd(width)} | ${e.value.padStart(8)} | ${(postgres.get(metric)?.value ?? '').padStart(10)} | ${e.target} |`,
      );
    }
    const pgVersion = spawnSync('postgres', ['--version'], { encoding: 'utf8' }).stdout?.trim() ?? '';
    return `\nEmbedded: ${BENCH_TEAMS} teams of ~100k activities; PostgreSQL: the same teams among ${seeded.teams.toLocaleString('en')} (${seeded.activities.toLocaleString('en')} activities); ${os.cpus().length} CPUs; ${pgVersion || 'PostgreSQL'} (${cluster ? 'throw-away local cluster, fsync on' : 'DATABASE_URL'}).\n\n${lines.join('\n')}`;
  } finally {
    await rm(local, { recursive: true, force: true });
    await cluster?.stop();
  }
}
