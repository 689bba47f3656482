import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openPgStore, type PgStore, pgSharedImages } from '../../src/store/postgres/index.ts';
import { type PgCluster, startPgCluster } from '../helpers/pg-cluster.ts';
import { makeTempDir, removeDir } from './helpers.ts';

const image = (n: number, size: number) => new Uint8Array(size).fill(n);

describe('images shared by the replicas in PostgreSQL', () => {
  let cluster: PgCluster;
  let dir: string;
  let store: PgStore;
  beforeAll(async () => {
    cluster = await startPgCluster();
    dir = await makeTempDir();
    store = await openPgStore({ url: await cluster.createDatabase('images'), dir });
  }, 60_000);
  afterAll(async () => {
    await store?.close();
    await cluster?.stop();
    await removeDir(dir);
  });

  it('keeps at most maxBytes in all: the images nearest their end go first', async () => {
    const images = pgSharedImages(store.pool, { maxBytes: 2_500, ttlMs: 60_000 });
    await images.put('one', image(1, 1_000));
    await images.put('two', image(2, 1_000));
    expect(await images.get('one')).toEqual(image(1, 1_000));
    await images.put('three', image(3, 1_000));
    expect(await images.get('one')).toBeUndefined();
    expect(await images.get('two')).toEqual(image(2, 1_000));
    expect(await images.get('three')).toEqual(image(3, 1_000));
    const { rows } = await store.pool.query('SELECT id, size FROM shared_images ORDER BY id');
    expect(rows).toEqual([
      { id: 'three', size: 1_000 },
      { id: 'two', size: 1_000 },
    ]);
  });

  it('serves an image until its time, and the next put drops it from the table', async () => {
    await store.pool.query('DELETE FROM shared_images');
    const gone = pgSharedImages(store.pool, { maxBytes: 10_000, ttlMs: -1 });
    await gone.put('expired', image(4, 100));
    expect(await gone.get('expired')).toBeUndefined();
    const kept = pgSharedImages(store.pool, { maxBytes: 10_000, ttlMs: 60_000 });
    await kept.put('fresh', image(5, 100));
    expect(await kept.get('fresh')).toEqual(image(5, 100));
    const { rows } = await store.pool.query('SELECT id FROM shared_images');
    expect(rows).toEqual([{ id: 'fresh' }]);
  });
});
