import type { PgStore } from '../../store/postgres/pg-store.ts';
import { pgSharedImages, type SharedImages } from '../../store/postgres/shared-images.ts';
import type { Store } from '../../store/types.ts';

export type { SharedImages };

/** What a channel's short-lived images are kept in across replicas: 24 h, 64 MB in all by default. */
export const SHARED_IMAGE_LIMITS = { maxBytes: 64 * 1024 * 1024, ttlMs: 24 * 60 * 60 * 1000 } as const;

/**
 * Images every replica of the app can serve (Teams chart images: a card rendered by one replica may
 * be loaded through another behind the load balancer): the database's `shared_images` on
 * PostgreSQL; undefined on the embedded store, where one process serves its data folder and keeps
 * them in memory.
 */
export function sharedImagesOf(
  store: Store,
  limits: { maxBytes: number; ttlMs: number } = SHARED_IMAGE_LIMITS,
): SharedImages | undefined {
  if ((store as Partial<PgStore>).engine !== 'postgres') return undefined;
  return pgSharedImages((store as PgStore).pool, limits);
}
