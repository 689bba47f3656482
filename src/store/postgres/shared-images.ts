import type pg from 'pg';

/** Images kept in the database for a while under an unguessable id, so that any replica serves them. */
export interface SharedImages {
  put(id: string, png: Uint8Array): Promise<void>;
  /** The image, or undefined when unknown or expired. */
  get(id: string): Promise<Uint8Array | undefined>;
}

/**
 * `shared_images` on `pool`: each image expires after `ttlMs`; past `maxBytes` in all, the images
 * nearest their end go first. Both bounds are applied by each put, in the same statement (the table
 * holds at most `maxBytes`, a few hundred rows: the window over it costs well under a millisecond).
 */
export function pgSharedImages(pool: pg.Pool, opts: { maxBytes: number; ttlMs: number }): SharedImages {
  return {
    async put(id, png) {
      await pool.query(
        `WITH added AS (
           INSERT INTO shared_images (id, png, size, expires_at)
           VALUES ($1, $2, $3, clock_timestamp() + make_interval(secs => $4))
         ), ranked AS (
           SELECT id, expires_at <= clock_timestamp() AS expired,
                  $3 + sum(size) OVER (ORDER BY expires_at DESC, id) AS kept
           FROM shared_images
         )
         DELETE FROM shared_images s USING ranked r WHERE s.id = r.id AND (r.expired OR r.kept > $5)`,
        [
          id,
          Buffer.from(png.buffer, png.byteOffset, png.byteLength),
          png.byteLength,
          opts.ttlMs / 1000,
          opts.maxBytes,
        ],
      );
    },
    async get(id) {
      const { rows } = await pool.query<{ png: Buffer }>(
        'SELECT png FROM shared_images WHERE id = $1 AND expires_at > clock_timestamp()',
        [id],
      );
      const png = rows[0]?.png;
      return png ? new Uint8Array(png.buffer, png.byteOffset, png.byteLength) : undefined;
    },
  };
}
