import { spawnSync } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { commands } from '../commands/index.ts';
import { featureCollections, openAppStore } from '../src/app-store.ts';
import { createChartRenderer } from '../src/charts/index.ts';
import type { ChartRenderer } from '../src/charts/spec.ts';
import type { StoreSelection } from '../src/config.ts';
import { dispatch, type Invocation } from '../src/core/dispatch.ts';
import { silentLogger } from '../src/core/logger.ts';
import { createRegistry } from '../src/core/registry.ts';
import type { Reply } from '../src/core/reply.ts';
import { teamCollections } from '../src/store/collections.ts';
import { openStore, type Store } from '../src/store/index.ts';
import { openPgStore } from '../src/store/postgres/index.ts';
import { BENCH_TEAMS, PROSPECTS_PER_TEAM } from './dataset.ts';
import { type PgCluster, startPgCluster } from './pg-cluster.ts';
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

/** Copies the bench dataset (a data folder) into an empty database, team by team. */
async function loadDatabase(from: string, url: string): Promise<number> {
  const defs = [...Object.values(teamCollections), ...featureCollections];
  const source = await openStore({ dir: from, collections: featureCollections });
  const target = await openPgStore({ url, dir: from, collections: featureCollections });
  let items = 0;
  for (const teamId of await source.listTeams()) {
    await source.read(teamId, (view) =>
      target.transact(
        teamId,
        (tx) => {
          for (const def of defs) {
            const col = tx.collection(def);
            for (const item of view.collection(def).all()) {
              col.put(item);
              items++;
            }
          }
        },
        { init: () => view.team },
      ),
    );
  }
  await Promise.all([source.close(), target.close()]);
  return items;
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
  const concurrent: number[] = [];
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
      }
    }),
  );
  out.set(`/log p99, 50 concurrent users on 2 store instances (${concurrent.length} logs)`, {
    value: ms(pct(concurrent, 0.99)),
    target: '≤ 25 ms',
  });
  await charts.close();
  await Promise.all([store.close(), second.close()]);
  return out;
}

/**
 * `npm run bench -- --store postgres`: the embedded store and PostgreSQL side by side on the same
 * dataset (bench/.data), in one run. PostgreSQL is DATABASE_URL's (an empty database) or a
 * throw-away durable cluster started here.
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
    const started = performance.now();
    const items = await loadDatabase(data, url);
    console.log(
      `  copied ${items.toLocaleString('en')} items into PostgreSQL in ${((performance.now() - started) / 1000).toFixed(1)} s`,
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
    return `\n${BENCH_TEAMS} teams of ~100k activities; ${os.cpus().length} CPUs; ${pgVersion || 'PostgreSQL'} (${cluster ? 'throw-away local cluster, fsync on' : 'DATABASE_URL'}).\n\n${lines.join('\n')}`;
  } finally {
    await rm(local, { recursive: true, force: true });
    await cluster?.stop();
  }
}
