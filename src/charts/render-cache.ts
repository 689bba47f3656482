import { createHash } from 'node:crypto';
import { LRUCache } from 'lru-cache';
import type { Logger } from '../core/logger.ts';
import { pngSize } from './png-encode.ts';
import { type ChartRenderer, ChartSpec, type ChartSpecInput, type RenderedChart } from './spec.ts';

/** Chat platforms take images up to a few MB; a chart above this is a bug. */
export const MAX_PNG_BYTES = 1024 * 1024;

export interface RendererStats {
  /** render() calls with a valid spec. */
  requests: number;
  /** Renders actually started (pool tasks or server requests). */
  rendered: number;
  cacheHits: number;
  /** Requests that joined an identical render already in flight. */
  joined: number;
  failures: number;
}

/** A ChartRenderer with counters, for tests and health pages. */
export interface CountingChartRenderer extends ChartRenderer {
  stats(): RendererStats;
}

export interface CachedRendererParts {
  name: ChartRenderer['name'];
  /** Entries kept; 0 turns the cache off (identical in-flight requests are still joined). */
  cacheSize: number;
  logger: Logger;
  renderPng(spec: ChartSpec): Promise<Uint8Array>;
  close(): Promise<void>;
}

/** JSON with object keys sorted at every level: equal specs give equal text. */
export function canonicalJson(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) =>
    v && typeof v === 'object' && !Array.isArray(v)
      ? Object.fromEntries(Object.entries(v as Record<string, unknown>).sort(([a], [b]) => (a < b ? -1 : 1)))
      : v,
  );
}

const sha256 = (data: string | Uint8Array): string => createHash('sha256').update(data).digest('hex');

/** Each caller gets its own copy: a caller may transfer or mutate its bytes without harming the cache. */
const handOut = (chart: RenderedChart): RenderedChart => ({ ...chart, png: chart.png.slice() });

/**
 * The part both renderers share: validation on the caller's thread (a bad spec fails before any
 * work), an LRU cache keyed by the sha256 of the canonical spec, and joining of identical requests.
 */
export function createCachedRenderer(parts: CachedRendererParts): CountingChartRenderer {
  const cache =
    parts.cacheSize > 0
      ? new LRUCache<string, RenderedChart>({
          max: parts.cacheSize,
          maxSize: 64 * MAX_PNG_BYTES,
          sizeCalculation: (chart) => Math.max(1, chart.png.length),
        })
      : null;
  const inFlight = new Map<string, Promise<RenderedChart>>();
  const stats: RendererStats = { requests: 0, rendered: 0, cacheHits: 0, joined: 0, failures: 0 };
  let closed = false;

  const renderFresh = async (spec: ChartSpec, key: string): Promise<RenderedChart> => {
    stats.rendered += 1;
    const started = performance.now();
    try {
      const png = await parts.renderPng(spec);
      const size = pngSize(png);
      if (!size) throw new Error(`The ${parts.name} chart renderer returned bytes that are not a PNG`);
      if (png.length > MAX_PNG_BYTES)
        throw new Error(`Chart PNG is ${png.length} bytes, over ${MAX_PNG_BYTES}`);
      const chart: RenderedChart = { png, width: size.width, height: size.height, sha256: sha256(png) };
      cache?.set(key, chart);
      parts.logger.debug('chart rendered', {
        renderer: parts.name,
        type: spec.type,
        bytes: png.length,
        ms: Math.round(performance.now() - started),
      });
      return chart;
    } catch (error) {
      stats.failures += 1;
      parts.logger.warn('chart render failed', {
        renderer: parts.name,
        type: spec.type,
        error: error instanceof Error ? error.message : String(error),
      });
      throw error;
    }
  };

  return {
    name: parts.name,
    async render(input: ChartSpecInput): Promise<RenderedChart> {
      if (closed) throw new Error(`The ${parts.name} chart renderer is closed`);
      const spec = ChartSpec.parse(input);
      stats.requests += 1;
      const key = sha256(canonicalJson(spec));
      const cached = cache?.get(key);
      if (cached) {
        stats.cacheHits += 1;
        return handOut(cached);
      }
      const pending = inFlight.get(key);
      if (pending) {
        stats.joined += 1;
        return handOut(await pending);
      }
      const started = renderFresh(spec, key);
      inFlight.set(key, started);
      try {
        return handOut(await started);
      } finally {
        inFlight.delete(key);
      }
    },
    stats: () => ({ ...stats }),
    async close() {
      if (closed) return;
      closed = true;
      cache?.clear();
      await parts.close();
    },
  };
}
