import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type pg from 'pg';

/**
 * Keeps one small file of the data folder the same on every replica: the database holds the
 * reference copy (`settings`), each process mirrors it into its local file at start, where the code
 * that reads it synchronously finds it. The first process to start with the database seeds it with
 * its local copy (so a data folder moved to PostgreSQL keeps its secret).
 */
export async function shareLocalFile(
  pool: pg.Pool,
  dir: string,
  name: string,
): Promise<'kept' | 'seeded' | 'mirrored'> {
  const file = join(dir, name);
  const local = await readFile(file, 'utf8').catch(() => null);
  const seed = local?.trim() ? local : null;
  const client = await pool.connect();
  let value: string | null;
  try {
    if (seed !== null) {
      const inserted = await client.query(
        'INSERT INTO settings (name, value) VALUES ($1, $2) ON CONFLICT (name) DO NOTHING RETURNING value',
        [name, seed],
      );
      if (inserted.rowCount === 1) return 'seeded';
    }
    const { rows } = await client.query<{ value: string }>('SELECT value FROM settings WHERE name = $1', [
      name,
    ]);
    value = rows[0]?.value ?? null;
  } finally {
    client.release();
  }
  if (value === null || value === local) return 'kept';
  await writeFile(file, value, { mode: 0o600 });
  return 'mirrored';
}
