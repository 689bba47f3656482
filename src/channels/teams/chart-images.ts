import { randomBytes } from 'node:crypto';
import { LRUCache } from 'lru-cache';

/** Teams shows inline images up to 1024×1024 px and 1 MB. */
export const INLINE_LIMITS = { maxBytes: 1024 * 1024, maxSide: 1024 } as const;

export const CHART_PATH = /^\/charts\/([0-9a-f]{32})\.png$/;

/**
 * Chart PNGs kept in memory for a while under unguessable names (`/charts/<32 hex>.png`): the
 * URL is the only key, so it is 128 random bits; bounded in bytes and expiring (24 h by default).
 */
export function createChartImages(opts: { maxBytes?: number; ttlMs?: number } = {}) {
  const cache = new LRUCache<string, Uint8Array>({
    maxSize: opts.maxBytes ?? 64 * 1024 * 1024,
    sizeCalculation: (png) => Math.max(1, png.byteLength),
    ttl: opts.ttlMs ?? 24 * 60 * 60 * 1000,
  });
  return {
    /** Stores a PNG; returns its path, `/charts/<id>.png`. */
    put(png: Uint8Array): string {
      const id = randomBytes(16).toString('hex');
      cache.set(id, png);
      return `/charts/${id}.png`;
    },
    /** The PNG at `path`, if it is one of ours and has not expired. */
    get(path: string): Uint8Array | undefined {
      const m = CHART_PATH.exec(path);
      return m ? cache.get(m[1] as string) : undefined;
    },
  };
}
export type ChartImages = ReturnType<typeof createChartImages>;

/** A PNG as a data URL when it fits Teams' inline limits; undefined when it does not. */
export function inlinePng(png: Uint8Array, width: number, height: number): string | undefined {
  if (png.byteLength > INLINE_LIMITS.maxBytes * 0.75) return undefined; // base64 grows it by a third
  if (width > INLINE_LIMITS.maxSide || height > INLINE_LIMITS.maxSide) return undefined;
  return `data:image/png;base64,${Buffer.from(png).toString('base64')}`;
}
