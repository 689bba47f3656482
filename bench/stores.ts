import { spawnSync } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { commands } from '../commands/index.ts';
import { openAppStore } from '../src/app-store.ts';
import { createChartRenderer } from '../src/charts/index.ts';
import type { ChartRenderer } from '../src/charts/spec.ts';
import type { StoreSelection } from '../src/config.ts';
import { dispatch } from '../src/core/dispatch.ts';
import { silentLogger } from '../src/core/logger.ts';
import { createRegistry } from '../src/core/registry.ts';
import type { Reply } from '../src/core/reply.ts';
import { BENCH_TEAMS, PROSPECTS_PER_TEAM } from './dataset.ts';
import { type PgCluster, startPgCluster } from './pg-cluster.ts';
import { PG_QUICK_SCALE, PG_SCALE, seedDatabase } from './pg-seed.ts';
import { inv, runReplicas } from './replicas.ts';
import { pct } from './row.ts';

const ms = (n: number): string => `${n.toFixed(1)} ms`;

/** The figures of one engine, by metric. */
type Figures = Map<string, { value: string; target: string }>;

async function renderAll(r: Reply, charts: ChartRenderer): Promise<void> {
  for (const b of r.blocks) if (b.type === 'chart') await charts.render(b.spec);
}

/** The same measures on one engine: cold load, /log, /funnel with its PNG, then 50 users on 2 replicas (bench/replicas.ts). */
async function measure(
  selection: StoreSelection,
  dir: string,
  runs: { log: number; funnel: number },
): Promise<Figures> {
  const open = () => openAppStore(dir, silentLogger, selection);
  console.log(`  ${selection.engine}: one user …`);
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

  await charts.close();
  await store.close();
  // 50 users on 2 replicas, each a process of its own (bench/replicas.ts): people typing commands
  // (think time 1 s on average, busier than any chat), then 50 commands always in flight.
  const rounds = Math.max(4, Math.round(runs.log / 25));
  for (const thinkMs of [1000, 0]) {
    console.log(`  ${selection.engine}: 50 users on 2 replicas, think time ${thinkMs} ms …`);
    const r = await runReplicas(selection, dir, { thinkMs, rounds });
    const rate = ((r.log.length + r.funnel.length) / r.elapsedMs) * 1000;
    const load =
      thinkMs > 0
        ? `50 users on 2 replicas, ${thinkMs / 1000} s think time`
        : '50 users on 2 replicas, no think time (saturation)';
    const target = (t: string) => (thinkMs > 0 ? t : '');
    out.set(`${load}: /log p99 (${r.log.length} logs)`, {
      value: ms(pct(r.log, 0.99)),
      target: target('≤ 25 ms'),
    });
    out.set(`${load}: /funnel with its PNG p99 (${r.funnel.length} funnels)`, {
      value: ms(pct(r.funnel, 0.99)),
      target: target('≤ 150 ms'),
    });
    out.set(`${load}: commands a second, CPU busy of 2 CPUs (both replicas)`, {
      value: `${rate.toFixed(0)}/s ${((r.cpuMs / r.elapsedMs / 2) * 100).toFixed(0)} %`,
      target: '',
    });
  }
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
    const embedded = await measure({ engine: 'embedded' }, runDir, runs);
    const postgres = await measure(pgSelection, local, runs);
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
