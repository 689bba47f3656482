import { monitorEventLoopDelay } from 'node:perf_hooks';
import type { ChartRenderer, ChartSpecInput } from './spec.ts';

export interface ChartRenderingFigures {
  /** Median and 99th percentile of one render, spec to PNG bytes, as the caller awaits it. */
  p50Ms: number;
  p99Ms: number;
  /** Worst main-thread event-loop delay while `concurrency` distinct charts render at once. */
  concurrentMaxLoopDelayMs: number;
  runs: number;
  medianPngBytes: number;
}

export interface MeasureOptions {
  runs?: number;
  /** Untimed renders first (JIT, lazy loading). Default 5. */
  warmUpRuns?: number;
  /** Charts rendered at once for the event-loop figure. Default 8. */
  concurrency?: number;
}

/** An 800×450 two-series bar chart; `n` changes a value, so every spec misses the cache. */
function benchmarkSpec(n: number): ChartSpecInput {
  return {
    type: 'bar',
    title: "Chiffre d'affaires HT par mois",
    subtitle: 'Cette année et la précédente',
    alt: 'benchmark',
    locale: 'fr',
    format: 'money',
    width: 800,
    height: 450,
    labels: ['Janv.', 'Févr.', 'Mars', 'Avr.', 'Mai', 'Juin'],
    series: [
      { label: '2026', values: [12_000 + n, 15_400, 9_800, 22_000, 18_750.5, 20_100] },
      { label: '2025', values: [10_000, 14_000, 11_000, 17_000, 16_000, 19_000] },
    ],
  };
}

const percentile = (sorted: number[], p: number): number =>
  sorted[Math.min(sorted.length - 1, Math.floor((sorted.length - 1) * p))] ?? Number.NaN;

const round = (ms: number): number => Math.round(ms * 100) / 100;

/**
 * Rendering figures for the benchmark: sequential renders of distinct specs (cache misses) timed
 * end to end, then `concurrency` distinct charts at once while the event-loop delay is sampled.
 */
export async function measureChartRendering(
  renderer: ChartRenderer,
  { runs = 50, warmUpRuns = 5, concurrency = 8 }: MeasureOptions = {},
): Promise<ChartRenderingFigures> {
  // Distinct from any earlier call on the same renderer, so nothing comes from its cache.
  let n = (Date.now() % 1_000_000) * 1000;
  for (let i = 0; i < warmUpRuns; i++) await renderer.render(benchmarkSpec(n++));
  const times: number[] = [];
  const sizes: number[] = [];
  for (let i = 0; i < runs; i++) {
    const spec = benchmarkSpec(n++);
    const started = performance.now();
    const chart = await renderer.render(spec);
    times.push(performance.now() - started);
    sizes.push(chart.png.length);
  }
  times.sort((a, b) => a - b);
  sizes.sort((a, b) => a - b);

  const histogram = monitorEventLoopDelay({ resolution: 1 });
  histogram.enable();
  await Promise.all(Array.from({ length: concurrency }, () => renderer.render(benchmarkSpec(n++))));
  // One more turn of the loop, so a delay caused by the last completions is sampled too.
  await new Promise((resolve) => setTimeout(resolve, 5));
  histogram.disable();

  return {
    p50Ms: round(percentile(times, 0.5)),
    p99Ms: round(percentile(times, 0.99)),
    concurrentMaxLoopDelayMs: round(histogram.max / 1e6),
    runs,
    medianPngBytes: percentile(sizes, 0.5),
  };
}
