import { spawnSync } from 'node:child_process';
import { readFileSync, rmSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { commands } from '../commands/index.ts';
import { openAppStore } from '../src/app-store.ts';
import { createChartRenderer } from '../src/charts/index.ts';
import { dispatch, type Invocation } from '../src/core/dispatch.ts';
import { silentLogger } from '../src/core/logger.ts';
import { createRegistry } from '../src/core/registry.ts';
import type { Reply } from '../src/core/reply.ts';
import { salesCollection } from '../src/portfolio/entities.ts';
import { projectRoot } from '../src/project-root.ts';
import type { Row } from './row.ts';
import { settledMemory, withPeakRss } from './rss-peak.ts';

const SUPERSTORE = fileURLToPath(new URL('../test/fixtures/portfolio/superstore.csv', import.meta.url));

/** The generated sales file, made by another process (see sales-file.ts). */
function generatedSales(lines: number, file: string): Uint8Array {
  const t0 = performance.now();
  const gen = spawnSync(
    process.execPath,
    ['--import', 'tsx', path.join(projectRoot(), 'bench', 'sales-file.ts'), String(lines), file],
    { stdio: 'inherit' },
  );
  if (gen.status !== 0) throw new Error('sales file generation failed');
  console.log(`  sales file of ${lines.toLocaleString('en')} lines made in ${ms(performance.now() - t0)}`);
  const bytes = readFileSync(file);
  rmSync(file);
  return bytes;
}

const ms = (n: number): string => `${n.toFixed(0)} ms`;
const mb = (n: number): string => `${(n / 2 ** 20).toFixed(0)} MB`;

/** `npm run bench -- --portfolio`: sales import and the portfolio analyses on 1M lines, with their charts. */
export async function benchPortfolio(opts: { lines?: number } = {}): Promise<Row[]> {
  const lines = opts.lines ?? 1_000_000;
  const dir = await mkdtemp(path.join(os.tmpdir(), 'prospecta-portfolio-bench-'));
  const rows: Row[] = [];
  const files: Record<string, Uint8Array> = { 'superstore.csv': readFileSync(SUPERSTORE) };
  const inv = (text: string, teamId: string): Invocation => ({
    channel: 'cli',
    teamId,
    teamName: teamId,
    user: { id: 'cli:bench', displayName: 'Bench', roleHint: 'admin' },
    input: { kind: 'text', text },
    resolveFile: async (name) => ({ name, bytes: files[name] as Uint8Array }),
  });
  const charts = createChartRenderer({ renderer: 'local', cacheSize: 0, logger: silentLogger });
  const registry = createRegistry(commands);
  let store = await openAppStore(dir, silentLogger);
  const deps = () => ({ store, registry, logger: silentLogger, clock: () => new Date() });
  const timed = async (text: string, team: string): Promise<{ ms: number; reply: Reply }> => {
    const t0 = performance.now();
    const reply = await dispatch(inv(text, team), deps());
    if (reply.error) throw new Error(`${text}: ${reply.error.message}`);
    for (const b of reply.blocks) if (b.type === 'chart') await charts.render(b.spec);
    return { ms: performance.now() - t0, reply };
  };
  try {
    const ss = await timed('/import sales file:superstore.csv', 'bench:superstore');
    rows.push({ metric: 'sales import, Superstore (9,994 lines)', value: ms(ss.ms), target: '', ok: null });

    files['big.csv'] = generatedSales(lines, `${dir}-big.csv`);
    const fileBytes = files['big.csv'].length;
    const rssBefore = (await settledMemory()).rss;
    const { result: big, peak } = await withPeakRss(() => timed('/import sales file:big.csv', 'bench:big'));
    delete files['big.csv'];
    const counts = (big.reply.data as { counts: { imported: number; newOrders: number } }).counts;
    if (counts.imported !== lines) throw new Error(`imported ${counts.imported} lines of ${lines}`);
    rows.push({
      metric: `sales import, generated ${lines.toLocaleString('en')} lines (${counts.newOrders.toLocaleString('en')} orders)`,
      value: ms(big.ms),
      target: '≤ 2000 ms',
      ok: big.ms <= 2000,
    });
    rows.push({
      metric: `peak resident memory during that import (${mb(rssBefore)} before it, with the ${mb(fileBytes)} file)`,
      value: mb(peak),
      target: '≤ 400 MB',
      ok: peak <= 400 * 2 ** 20,
    });

    // A fresh store: what a restarted bot pays to load the team, then each analysis with its chart.
    await store.close();
    (globalThis as { gc?: () => void }).gc?.();
    store = await openAppStore(dir, silentLogger);
    const tl = performance.now();
    const chunks = await store.transact('bench:big', (tx) => tx.collection(salesCollection).size);
    const loadMs = performance.now() - tl;
    rows.push({
      metric: `cold load of the team (${chunks} month chunks, zod-validated)`,
      value: ms(loadMs),
      target: '',
      ok: null,
    });
    for (const cmd of ['/portfolio summary', '/portfolio abc', '/portfolio rfm', '/portfolio value']) {
      const first = await timed(cmd, 'bench:big');
      if (cmd === '/portfolio summary')
        rows.push({
          metric: `cold ${cmd} on ${lines.toLocaleString('en')} lines: team load + first answer with its PNG`,
          value: ms(loadMs + first.ms),
          target: '≤ 500 ms',
          ok: loadMs + first.ms <= 500,
        });
      const again = await timed(cmd, 'bench:big');
      const target = cmd.endsWith('value') ? '' : '≤ 1000 ms';
      rows.push({
        metric: `${cmd} on ${lines.toLocaleString('en')} lines with its PNG (first / again)`,
        value: `${ms(first.ms)} / ${ms(again.ms)}`,
        target,
        ok: target ? Math.max(first.ms, again.ms) <= 1000 : null,
      });
    }
    const mem = await settledMemory();
    rows.push({
      metric: 'resident memory, 1M lines loaded, after the analyses, GC and 0.5 s idle',
      value: mb(mem.rss),
      target: '≤ 500 MB',
      ok: mem.rss <= 500 * 2 ** 20,
    });
    rows.push({ metric: 'of which JS heap in use', value: mb(mem.heapUsed), target: '', ok: null });
  } finally {
    await charts.close();
    await store.close();
    await rm(dir, { recursive: true, force: true });
  }
  return rows;
}
