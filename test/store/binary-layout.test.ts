import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { BINARY_MAGIC, decodeBinary, encodeBinary } from '../../src/store/binary-file.ts';
import { type Store, StoreCorruptError } from '../../src/store/index.ts';
import type { CollectionDef } from '../../src/store/types.ts';
import { describeEngines, type Place } from './engines.ts';
import { ackCollection } from './fixtures/acks.ts';
import { initTeam, teamDir } from './helpers.ts';

const TEAM = 'local:demo';

/** A collection with a byte block: values as a Float64Array, base64 in JSON. */
const Series = z
  .object({
    id: z.string(),
    month: z.string().regex(/^\d{4}-\d{2}$/),
    values: z.union([z.instanceof(Float64Array), z.string()]),
  })
  .transform((s) => ({
    ...s,
    values:
      typeof s.values === 'string'
        ? new Float64Array(new Uint8Array(Buffer.from(s.values, 'base64')).buffer)
        : s.values,
  }));
type Series = z.output<typeof Series>;

const seriesCollection: CollectionDef<Series> = {
  name: 'series',
  schema: Series,
  version: 1,
  shardOf: (s) => s.month,
  binary: {
    toJson: (s) => ({
      ...s,
      values: Buffer.from(s.values.buffer, s.values.byteOffset, s.values.byteLength).toString('base64'),
    }),
    split: ({ values, ...fields }) => ({ fields, blocks: [values] }),
    join: (fields, [b]) => ({
      ...(fields as object),
      values: b && new Float64Array(b.buffer as ArrayBuffer, b.byteOffset, b.byteLength / 8),
    }),
  },
};

const series = (id: string, month: string, n: number): Series => ({
  id,
  month,
  values: Float64Array.from({ length: n }, (_, i) => i / 3 + n),
});

describe('binary store files', () => {
  it('hold fields, 8-aligned blocks and the carried member, checked by their CRC-32', () => {
    const a = new Float64Array([1.5, -2, Math.PI]);
    const b = new Uint16Array([7, 8, 9]);
    const parts = encodeBinary({
      format: 'prospecta/x',
      version: 3,
      fields: [{ id: 'a' }, { id: 'b' }],
      blocks: [[a, b], []],
      carried: ',"carried":{"acks":{"version":1,"items":[]}}',
    });
    const bytes = Buffer.concat(parts);
    expect(bytes.subarray(0, 8)).toEqual(BINARY_MAGIC);
    const d = decodeBinary(bytes, 'x.json');
    expect(d).toMatchObject({ format: 'prospecta/x', version: 3, fields: [{ id: 'a' }, { id: 'b' }] });
    expect(d.carried).toEqual({ acks: { version: 1, items: [] } });
    expect(d.blocks.map((l) => l.map((v) => v.byteLength))).toEqual([[24, 6], []]);
    for (const block of d.blocks.flat()) expect(block.byteOffset % 8).toBe(0);
    const copy = (block: Uint8Array | undefined) => new Uint8Array(block ?? []).buffer;
    expect([...new Float64Array(copy(d.blocks[0]?.[0]))]).toEqual([...a]);
    expect([...new Uint16Array(copy(d.blocks[0]?.[1]))]).toEqual([7, 8, 9]);
    // Any byte changed after the checksum is caught.
    for (const at of [20, bytes.length - 1]) {
      const spoilt = Buffer.from(bytes);
      spoilt[at] = (spoilt[at] as number) ^ 0x10;
      expect(() => decodeBinary(spoilt, 'x.json')).toThrow(StoreCorruptError);
      expect(() => decodeBinary(spoilt, 'x.json')).toThrow(/x\.json: checksum mismatch/);
    }
  });
});

describeEngines('a collection with a binary layout', (engine) => {
  let place: Place;
  let store: Store;
  beforeEach(async () => {
    place = await engine.place();
    store = await place.open({ collections: [seriesCollection, ackCollection] });
  });
  afterEach(async () => {
    await store.close();
    await place.remove();
  });

  it('round-trips its blocks, and a receipt riding with them, across a restart', async () => {
    await store.transact(
      TEAM,
      (tx) => {
        tx.collection(seriesCollection).put(series('s1', '2024-01', 5));
        tx.collection(seriesCollection).put(series('s2', '2024-01', 1000));
      },
      initTeam(TEAM),
    );
    // This commit writes one file, the February shard: the receipt rides in it.
    await store.transact(TEAM, (tx) => {
      tx.collection(seriesCollection).put(series('s3', '2024-02', 3));
      tx.collection(ackCollection).put({ id: 'k-1', at: '2024-01-06T09:00:00.000Z' });
    });
    await store.close();
    if (engine.kind === 'embedded') {
      const dir = join(teamDir(place.dir, TEAM), 'series');
      expect((await readFile(join(dir, '2024-01.json'))).subarray(0, 8)).toEqual(BINARY_MAGIC);
      const february = decodeBinary(await readFile(join(dir, '2024-02.json')), 'february');
      expect(february.carried).toMatchObject({ acks: { items: [{ id: 'k-1' }] } });
    }
    store = await place.open({ collections: [seriesCollection, ackCollection] });
    const got = await store.read(TEAM, (v) => ({
      series: v
        .collection(seriesCollection)
        .all()
        .map((s) => [s.id, s.month, [...s.values]]),
      acks: v
        .collection(ackCollection)
        .all()
        .map((a) => a.id),
    }));
    expect(got.series).toEqual(
      [series('s1', '2024-01', 5), series('s2', '2024-01', 1000), series('s3', '2024-02', 3)].map((s) => [
        s.id,
        s.month,
        [...s.values],
      ]),
    );
    expect(got.acks).toEqual(['k-1']);
  });

  it('writes nothing when the transaction throws', async () => {
    await store.transact(
      TEAM,
      (tx) => tx.collection(seriesCollection).put(series('s1', '2024-01', 5)),
      initTeam(TEAM),
    );
    const before = await place.snapshot();
    await expect(
      store.transact(TEAM, (tx) => {
        tx.collection(seriesCollection).put(series('s2', '2024-01', 50));
        throw new Error('no');
      }),
    ).rejects.toThrow('no');
    expect(await place.snapshot()).toEqual(before);
  });
});
