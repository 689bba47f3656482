import type { ChartSpec } from '../charts/spec.ts';
import { printChartPng } from './chart-png.ts';

export type PrintChart = (spec: ChartSpec) => { png: Uint8Array; width: number; height: number };

/**
 * Print charts by their spec, kept for the worker's life: a dossier's Word file after its PDF, or
 * the next dossier, redraws only the charts whose figures changed (the org chart, the network
 * map and last year's portfolio rarely do). Bounded by the PNGs' bytes, oldest dropped first.
 */
export function cachedPrintChart(maxBytes = 32 * 2 ** 20): PrintChart {
  const cache = new Map<string, ReturnType<PrintChart>>();
  let bytes = 0;
  return (spec) => {
    const key = JSON.stringify(spec);
    const hit = cache.get(key);
    if (hit) {
      cache.delete(key);
      cache.set(key, hit);
      return hit;
    }
    const drawn = printChartPng(spec);
    cache.set(key, drawn);
    bytes += drawn.png.length;
    for (const [k, v] of cache) {
      if (bytes <= maxBytes) break;
      cache.delete(k);
      bytes -= v.png.length;
    }
    return drawn;
  };
}
