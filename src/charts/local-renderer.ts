import { createRequire } from 'node:module';
import { availableParallelism } from 'node:os';
import { pathToFileURL } from 'node:url';
import { Piscina } from 'piscina';
import { type Logger, silentLogger } from '../core/logger.ts';
import { type CountingChartRenderer, createCachedRenderer } from './render-cache.ts';
import { ChartSpec, type ChartSpecInput } from './spec.ts';

export interface LocalRendererOptions {
  /** Worker threads kept warm; default min(2, CPUs - 1), at least 1. */
  threads?: number;
  /** Rendered charts kept in memory (LRU); 0 turns the cache off. Default 200. */
  cacheSize?: number;
  logger?: Logger;
}

export interface LocalChartRenderer extends CountingChartRenderer {
  /** Loads the workers and runs a few throwaway renders, so the first real chart is not a cold start. */
  warmUp(): Promise<void>;
}

/**
 * One thread fewer than the CPUs, at most 2: a burst of charts must leave a core to the main event
 * loop (measured on 2 CPUs: 8 charts at once delayed the loop up to 144 ms with 2 workers, 18 ms with 1).
 */
export const defaultThreads = (): number => Math.max(1, Math.min(2, availableParallelism() - 1));

/** Small charts of every type: enough to load and JIT-compile every code path a render takes. */
const WARM_UP_SPECS: ChartSpecInput[] = [
  {
    type: 'bar',
    title: 'w',
    alt: 'w',
    locale: 'fr',
    labels: ['a', 'b'],
    series: [{ label: 'a', values: [1, 2] }],
  },
  {
    type: 'funnel',
    title: 'w',
    alt: 'w',
    locale: 'en',
    stages: [
      { label: 'a', value: 2 },
      { label: 'b', value: 1 },
    ],
  },
  {
    type: 'line',
    title: 'w',
    alt: 'w',
    locale: 'fr',
    labels: ['a', 'b'],
    series: [{ label: 'a', values: [1, 2] }],
  },
  { type: 'doughnut', title: 'w', alt: 'w', locale: 'en', labels: ['a', 'b'], values: [1, 2] },
];

/**
 * The worker next to this file: `.ts` under tsx and vitest; once bundled, the CommonJS shim that
 * scripts/build.mjs writes beside the bundle (piscina requires a worker before importing it).
 */
function workerFile(): { filename: string; execArgv: string[] } {
  const typescript = new URL(import.meta.url).pathname.endsWith('.ts');
  const url = new URL(typescript ? './render-worker.ts' : './render-worker.cjs', import.meta.url);
  // tsx by its own path: `--import tsx` is resolved from the working directory, which is not the
  // project's when `prospecta` runs from elsewhere (the worker then failed to start).
  const tsx = typescript ? pathToFileURL(createRequire(import.meta.url).resolve('tsx')).href : '';
  return { filename: url.href, execArgv: typescript ? ['--import', tsx] : [] };
}

/**
 * Renders with Chart.js and @napi-rs/canvas on a pool of worker threads: the main event loop only
 * validates, hashes and passes messages. Threads stay alive between charts (minThreads = threads).
 */
export function createLocalRenderer(options: LocalRendererOptions = {}): LocalChartRenderer {
  const threads = options.threads ?? defaultThreads();
  const logger = options.logger ?? silentLogger;
  const pool = new Piscina<ChartSpec, Uint8Array>({
    ...workerFile(),
    minThreads: threads,
    maxThreads: threads,
    idleTimeout: 60_000,
    // With 'sync' a waiting worker blocks in Atomics.wait, so its event loop never runs the
    // finalizers that free the canvas's pixel buffers: memory grew ~1.6 MB a chart (measured).
    atomics: 'async',
    // A chart needs little heap: a young generation of 8 MB instead of V8's default keeps the worker
    // ~35 MB smaller (measured with 200 charts) at the same render time.
    resourceLimits: { maxYoungGenerationSizeMb: 8 },
  });
  pool.on('error', (error: unknown) =>
    logger.error('chart worker crashed', { error: error instanceof Error ? error.message : String(error) }),
  );
  const renderer = createCachedRenderer({
    name: 'local',
    cacheSize: options.cacheSize ?? 200,
    logger,
    renderPng: (spec) => pool.run(spec),
    close: () => pool.destroy(),
  });
  return {
    ...renderer,
    async warmUp() {
      const specs = WARM_UP_SPECS.map((input) => ChartSpec.parse(input));
      const started = performance.now();
      await Promise.all(
        Array.from({ length: threads * specs.length }, (_, i) =>
          pool.run(specs[i % specs.length] as ChartSpec),
        ),
      );
      logger.debug('chart workers warm', { threads, ms: Math.round(performance.now() - started) });
    },
  };
}
