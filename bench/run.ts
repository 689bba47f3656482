import { spawnSync } from 'node:child_process';
import { link, mkdir, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { commands } from '../commands/index.ts';
import { openAppStore } from '../src/app-store.ts';
import { createChartRenderer, measureChartRendering } from '../src/charts/index.ts';
import type { ChartRenderer } from '../src/charts/spec.ts';
import { dispatch, type Invocation } from '../src/core/dispatch.ts';
import { silentLogger } from '../src/core/logger.ts';
import { createRegistry } from '../src/core/registry.ts';
import type { Reply } from '../src/core/reply.ts';
import { projectRoot } from '../src/project-root.ts';
import { benchConsumerLog } from './consumer-log.ts';
import {
  ACTIVITIES_PER_TEAM,
  activitiesCsv,
  BENCH_TEAMS,
  ensureDataset,
  PROSPECTS_PER_TEAM,
} from './dataset.ts';
import { benchOnce } from './once.ts';
import { pct, type Row } from './row.ts';
import { settledMemory } from './rss-peak.ts';

// From the project root: this file runs from bench/ through tsx and from build/ once bundled.
const HERE = path.join(projectRoot(), 'bench');
const DATA = path.join(HERE, '.data');

const ms = (n: number): string => `${n.toFixed(1)} ms`;

/**
 * A copy of the dataset for one run, made of hard links: the store never changes a file in place (it
 * renames new files over old ones), so the run's writes leave the dataset as generated, and every run
 * starts from the same 100k activities.
 */
async function linkedCopy(from: string, to: string): Promise<void> {
  await rm(to, { recursive: true, force: true });
  await mkdir(to, { recursive: true });
  for (const entry of await readdir(from, { withFileTypes: true })) {
    const src = path.join(from, entry.name);
    if (entry.isDirectory()) await linkedCopy(src, path.join(to, entry.name));
    else if (entry.isFile()) await link(src, path.join(to, entry.name));
  }
}

/** Runs the portfolio bench in a process of its own: its memory is the import's, not the figures' above. */
async function portfolioInChild(): Promise<Row[]> {
  const out = path.join(HERE, 'results', `portfolio-${process.pid}.json`);
  const child = spawnSync(
    process.execPath,
    [...process.execArgv, process.argv[1] as string, '--portfolio-only', out],
    { stdio: 'inherit' },
  );
  if (child.status !== 0) throw new Error('portfolio bench failed');
  const rows = JSON.parse(await readFile(out, 'utf8')) as Row[];
  await rm(out);
  return rows;
}

async function renderAll(r: Reply, charts: ChartRenderer): Promise<number> {
  let bytes = 0;
  for (const b of r.blocks) if (b.type === 'chart') bytes += (await charts.render(b.spec)).png.length;
  return bytes;
}

/** The table of rows, after the machine they were measured on. */
async function printRows(rows: Row[], rss0: number): Promise<void> {
  const w = [Math.max(...rows.map((r) => r.metric.length)), 12, 14];
  const line = (a: string, b: string, c: string, d: string) =>
    `| ${a.padEnd(w[0] ?? 0)} | ${b.padStart(w[1] ?? 0)} | ${c.padEnd(w[2] ?? 0)} | ${d} |`;
  console.log(
    `\nNode ${process.version}, ${(await import('node:os')).cpus().length} CPUs, rss before load ${(rss0 / 2 ** 20).toFixed(0)} MB\n`,
  );
  console.log(line('metric', 'value', 'target', 'ok'));
  console.log(line('-'.repeat(w[0] ?? 0), '-'.repeat(w[1] ?? 0), '-'.repeat(w[2] ?? 0), '--'));
  for (const r of rows)
    console.log(line(r.metric, r.value, r.target, r.ok === null ? '' : r.ok ? 'yes' : 'NO'));
}

/** `npm run bench`: the figures on a team of 100k activities (and 9 more on disk), as a table. */
export async function runBench(args: string[]): Promise<number> {
  // One replica of the concurrent-users rows (bench/replicas.ts), started by `--store postgres`.
  if (args.includes('--replica')) return (await import('./replicas.ts')).serveReplica();
  const only = args.indexOf('--portfolio-only');
  if (only !== -1) {
    const rows = await (await import('./portfolio.ts')).benchPortfolio({});
    await writeFile(args[only + 1] as string, JSON.stringify(rows));
    return 0;
  }
  const quick = args.includes('--quick');
  // `npm run bench -- report`: only the dossier rows, on the demo team (no 100k dataset needed).
  if (args.includes('report')) {
    const rss = process.memoryUsage().rss;
    const rows = await (await import('./report.ts')).benchReport({ runs: quick ? 3 : 8 });
    await printRows(rows, rss);
    return 0;
  }
  // `npm run bench -- once`: only the exactly-once rows, on the same dataset (a minute, not five).
  const onlyOnce = args.includes('once');
  const logRuns = quick ? 50 : 300;
  const funnelRuns = quick ? 20 : 100;
  const now = new Date();
  const rows: Row[] = [];
  console.log(
    `Preparing ${BENCH_TEAMS} teams × ${ACTIVITIES_PER_TEAM.toLocaleString('en')} activities (${PROSPECTS_PER_TEAM} prospects each) in ${DATA} …`,
  );
  if (args.includes('--generate-only')) {
    const made = await ensureDataset(DATA, now);
    if (made.created) console.log(`  generated in ${made.seconds.toFixed(1)} s`);
    return 0;
  }
  // Generate in another process, so that this one's memory and heap are those of the bot alone.
  const gen = spawnSync(
    process.execPath,
    [...process.execArgv, process.argv[1] as string, '--generate-only'],
    {
      stdio: 'inherit',
    },
  );
  if (gen.status !== 0) throw new Error('dataset generation failed');

  const team = 'bench:team-0';
  const runDir = path.join(HERE, '.data-run');
  await linkedCopy(DATA, runDir);
  // `npm run bench -- --store postgres`: the store rows on both engines, side by side.
  if (args[args.indexOf('--store') + 1] === 'postgres') {
    console.log(await (await import('./stores.ts')).benchStores(DATA, runDir, quick));
    await rm(runDir, { recursive: true, force: true });
    return 0;
  }
  const rss0 = process.memoryUsage().rss;
  const store = await openAppStore(runDir, silentLogger);
  const t0 = performance.now();
  const size = await store.transact(team, (tx) => tx.activities.size);
  const cold = performance.now() - t0;
  rows.push({
    metric: `cold load of the team (${size.toLocaleString('en')} activities)`,
    value: ms(cold),
    target: '≤ 1000 ms',
    ok: cold <= 1000,
  });

  const charts = createChartRenderer({ renderer: 'local', cacheSize: 0, logger: silentLogger });
  const deps = { store, registry: createRegistry(commands), logger: silentLogger, clock: () => new Date() };
  const inv = (text: string, teamId = team): Invocation => ({
    channel: 'cli',
    teamId,
    teamName: teamId,
    user: { id: 'cli:bench', displayName: 'Bench', roleHint: 'admin' },
    input: { kind: 'text', text },
    resolveFile: async (name) => ({ name, bytes: activitiesCsv(50_000, now.toISOString().slice(0, 10)) }),
  });

  // The first commands after a cold load compile the code paths (JIT) and build the lookup indexes:
  // reported on their own, then the steady state that every later command sees.
  const firstStarted = performance.now();
  const first = await dispatch(inv('/log kind:call outcome:reached prospect:P-1 note:"warm-up"'), deps);
  if (first.error) throw new Error(`/log failed: ${first.error.message}`);
  rows.push({
    metric: 'first /log after the cold load (JIT, indexes)',
    value: ms(performance.now() - firstStarted),
    target: '',
    ok: null,
  });
  for (let i = 0; i < 10; i++)
    await dispatch(inv(`/log kind:call outcome:reached prospect:P-${2 + i} note:"warm-up"`), deps);
  const logTimes: number[] = [];
  for (let i = 0; i < (onlyOnce ? 0 : logRuns); i++) {
    const started = performance.now();
    const r = await dispatch(
      inv(`/log kind:call outcome:reached prospect:P-${1 + (i % PROSPECTS_PER_TEAM)} note:"bench ${i}"`),
      deps,
    );
    logTimes.push(performance.now() - started);
    if (r.error) throw new Error(`/log failed: ${r.error.message}`);
  }
  if (!onlyOnce) {
    rows.push({
      metric: `/log end to end incl. durable write, p50 (${logRuns} runs after 11 warm-up)`,
      value: ms(pct(logTimes, 0.5)),
      target: '',
      ok: null,
    });
    rows.push({
      metric: '/log end to end incl. durable write, p99',
      value: ms(pct(logTimes, 0.99)),
      target: '≤ 25 ms',
      ok: pct(logTimes, 0.99) <= 25,
    });
  }

  // 1200 pairs: a p99 that is the 13th largest of each side, not the 3rd of 300.
  rows.push(
    ...(await benchOnce(
      (text, key) => dispatch({ ...inv(text), ...(key !== undefined && { idempotencyKey: key }) }, deps),
      quick ? 100 : 1200,
    )),
  );
  rows.push(...(await benchConsumerLog((text) => dispatch(inv(text), deps), quick ? 50 : 400, now)));
  if (onlyOnce) {
    await charts.close();
    await store.close();
    await rm(runDir, { recursive: true, force: true });
    await printRows(rows, rss0);
    return 0;
  }

  await charts.render({
    type: 'bar',
    title: 'warm-up',
    alt: 'warm-up',
    locale: 'fr',
    labels: ['a'],
    series: [{ label: 'a', values: [1] }],
  });
  const funnelTimes: number[] = [];
  for (let i = 0; i < funnelRuns; i++) {
    // One new activity between runs: each funnel is a different chart (no cache can help).
    await dispatch(inv(`/log kind:call outcome:appointment prospect:P-${1 + i}`), deps);
    const started = performance.now();
    const r = await dispatch(inv('/funnel this-week'), deps);
    if (r.error) throw new Error(`/funnel failed: ${r.error.message}`);
    await renderAll(r, charts);
    funnelTimes.push(performance.now() - started);
  }
  rows.push({
    metric: `/funnel this-week with its PNG, p50 (${funnelRuns} runs)`,
    value: ms(pct(funnelTimes, 0.5)),
    target: '',
    ok: null,
  });
  rows.push({
    metric: '/funnel this-week with its PNG, p99',
    value: ms(pct(funnelTimes, 0.99)),
    target: '≤ 150 ms',
    ok: pct(funnelTimes, 0.99) <= 150,
  });

  const fig = await measureChartRendering(charts, { runs: quick ? 30 : 100 });
  rows.push({
    metric: 'one chart render 800×450, median',
    value: ms(fig.p50Ms),
    target: '≤ 15 ms',
    ok: fig.p50Ms <= 15,
  });
  rows.push({
    metric: 'worst event-loop delay, 8 charts at once',
    value: ms(fig.concurrentMaxLoopDelayMs),
    target: '≤ 20 ms',
    ok: fig.concurrentMaxLoopDelayMs <= 20,
  });

  // At rest, so that the figure is what the bot keeps, not garbage not yet collected or unmapped.
  const mem = await settledMemory();
  rows.push({
    metric: 'resident memory (team loaded, after the runs, after GC and 0.5 s idle)',
    value: `${(mem.rss / 2 ** 20).toFixed(0)} MB`,
    target: '≤ 300 MB',
    ok: mem.rss <= 300 * 2 ** 20,
  });
  rows.push({
    metric: 'of which JS heap in use',
    value: `${(mem.heapUsed / 2 ** 20).toFixed(0)} MB`,
    target: '',
    ok: null,
  });

  const importTeam = `bench:import-${Date.now()}`;
  const ti = performance.now();
  const imp = await dispatch(inv('/import activities file:bench.csv', importTeam), deps);
  const importMs = performance.now() - ti;
  if (imp.error) throw new Error(`/import failed: ${imp.error.message}`);
  const counts = (imp.data as { counts: { imported: number } }).counts;
  rows.push({
    metric: `CSV import, 50k rows (${counts.imported.toLocaleString('en')} stored)`,
    value: ms(importMs),
    target: 'a few seconds',
    ok: importMs <= 5000,
  });

  await charts.close();
  await store.close();
  rows.push(...(await (await import('./operations.ts')).benchOperations({ runs: quick ? 10 : 30 })));
  rows.push(...(await (await import('./duplicates.ts')).benchDuplicates({ runs: quick ? 50 : 300 })));
  rows.push(
    ...(await (
      await import('./discord-first-response.ts')
    ).benchDiscordFirstResponse({ rounds: quick ? 3 : 10 })),
  );
  rows.push(...(await (await import('./report.ts')).benchReport({ runs: quick ? 3 : 8 })));
  await rm(runDir, { recursive: true, force: true });
  await mkdir(path.join(HERE, 'results'), { recursive: true });
  if (args.includes('--portfolio')) rows.push(...(await portfolioInChild()));

  await printRows(rows, rss0);
  await writeFile(
    path.join(HERE, 'results', 'latest.json'),
    JSON.stringify({ at: now.toISOString(), rows }, null, 2),
  );
  return 0;
}
