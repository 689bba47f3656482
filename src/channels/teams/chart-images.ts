import { randomBytes } from 'node:crypto';
import { LRUCache } from 'lru-cache';
import { SHARED_IMAGE_LIMITS, type SharedImages } from '../../core/conversations/shared-images.ts';

/** Teams shows inline images up to 1024×1024 px and 1 MB. */
export const INLINE_LIMITS = { maxBytes: 1024 * 1024, maxSide: 1024 } as const;

export const CHART_PATH = /^\/charts\/([0-9a-f]{32})\.png$/;

/** Where chart PNGs are kept until a client loads them: `put` gives the path (`/charts/<32 hex>.png`). */
export interface ChartImages {
  put(png: Uint8Array): Promise<string>;
  /** The PNG at `path`, if it is one of ours and has not expired. */
  get(path: string): Promise<Uint8Array | undefined>;
}

/** Keeps an image under a new unguessable name (the URL is the only key: 128 random bits). */
function named(keep: (id: string, png: Uint8Array) => Promise<void> | void) {
  return async (png: Uint8Array): Promise<string> => {
    const id = randomBytes(16).toString('hex');
    await keep(id, png);
    return `/charts/${id}.png`;
  };
}

/**
 * Chart PNGs kept in this process's memory for a while (one machine: the embedded store), bounded
 * in bytes and expiring (24 h by default).
 */
export function createChartImages(opts: { maxBytes?: number; ttlMs?: number } = {}): ChartImages {
  const cache = new LRUCache<string, Uint8Array>({
    maxSize: opts.maxBytes ?? SHARED_IMAGE_LIMITS.maxBytes,
    sizeCalculation: (png) => Math.max(1, png.byteLength),
    ttl: opts.ttlMs ?? SHARED_IMAGE_LIMITS.ttlMs,
  });
  return {
    put: named((id, png) => void cache.set(id, png)),
    async get(path) {
      const m = CHART_PATH.exec(path);
      return m ? cache.get(m[1] as string) : undefined;
    },
  };
}

/**
 * Chart images where every replica of the app finds them: in `shared` (the database, on
 * PostgreSQL: a card rendered by one replica may be loaded through another behind the load
 * balancer), else in this process's memory (the embedded store: one process serves its data folder).
 */
export function chartImagesFor(shared: SharedImages | undefined): ChartImages {
  if (!shared) return createChartImages();
  return {
    put: named(shared.put),
    async get(path) {
      const m = CHART_PATH.exec(path);
      return m ? shared.get(m[1] as string) : undefined;
    },
  };
}

/** A PNG as a data URL when it fits Teams' inline limits; undefined when it does not. */
export function inlinePng(png: Uint8Array, width: number, height: number): string | undefined {
  if (png.byteLength > INLINE_LIMITS.maxBytes * 0.75) return undefined; // base64 grows it by a third
  if (width > INLINE_LIMITS.maxSide || height > INLINE_LIMITS.maxSide) return undefined;
  return `data:image/png;base64,${Buffer.from(png).toString('base64')}`;
}
