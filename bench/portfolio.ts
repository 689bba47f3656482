import { readFileSync } from 'node:fs';
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
import { createRng } from '../src/demo/random.ts';
import { salesCollection } from '../src/portfolio/entities.ts';

interface Row {
  metric: string;
  value: string;
  target: string;
  ok: boolean | null;
}

const SUPERSTORE = fileURLToPath(new URL('../test/fixtures/portfolio/superstore.csv', import.meta.url));
const CATEGORIES = ['Furniture', 'Office Supplies', 'Technology', 'Services', 'Software', 'Training'];
const SEGMENTS = ['Consumer', 'Corporate', 'Home Office'];

const rng = (seed: number): (() => number) => createRng(seed).next;

/** A deterministic sales export: `lines` lines over 4 years, 20k customers, 1–3 lines an order. */
export function salesCsv(lines: number): Uint8Array {
  const rand = rng(42);
  const out: string[] = ['Order Date,Order ID,Customer ID,Customer Name,Segment,Category,Sales,Profit'];
  const start = Date.UTC(2021, 0, 1);
  let order = 0;
  for (let n = 0; n < lines; ) {
    order++;
    const day = new Date(start + Math.floor(rand() * 1461) * 86_400_000);
    const date = `${String(day.getUTCMonth() + 1).padStart(2, '0')}/${String(day.getUTCDate()).padStart(2, '0')}/${day.getUTCFullYear()}`;
    // Skewed towards a few big customers, as portfolios are.
    const c = Math.floor(20_000 * rand() ** 2);
    const per = 1 + Math.floor(rand() * 3);
    for (let k = 0; k < per && n < lines; k++, n++) {
      const sales = Math.round(rand() * 100_000) / 100;
      const profit = Math.round((rand() * 0.5 - 0.1) * sales * 100) / 100;
      out.push(
        `${date},ORD-${order},CU-${c},Customer ${c},${SEGMENTS[c % 3]},${CATEGORIES[Math.floor(rand() * 6)]},${sales},${profit}`,
      );
    }
  }
  return Buffer.from(out.join('\n'));
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

    const t0 = performance.now();
    files['big.csv'] = salesCsv(lines);
    const genMs = performance.now() - t0;
    const big = await timed('/import sales file:big.csv', 'bench:big');
    delete files['big.csv'];
    const rssImport = process.memoryUsage().rss;
    rows.push({
      metric: `sales import, generated ${lines.toLocaleString('en')} lines (${(big.reply.data as { counts: { newOrders: number } }).counts.newOrders.toLocaleString('en')} orders; file made in ${ms(genMs)})`,
      value: ms(big.ms),
      target: '',
      ok: null,
    });
    rows.push({
      metric: 'resident memory right after that import',
      value: mb(rssImport),
      target: '',
      ok: null,
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
      const again = await timed(cmd, 'bench:big');
      const target = cmd.endsWith('value') ? '' : '≤ 1000 ms';
      rows.push({
        metric: `${cmd} on ${lines.toLocaleString('en')} lines with its PNG (first / again)`,
        value: `${ms(first.ms)} / ${ms(again.ms)}`,
        target,
        ok: target ? Math.max(first.ms, again.ms) <= 1000 : null,
      });
    }
    (globalThis as { gc?: () => void }).gc?.();
    const mem = process.memoryUsage();
    rows.push({
      metric: 'resident memory, 1M lines loaded, after the analyses and GC',
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
