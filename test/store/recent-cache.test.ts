import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { collectionCodec, joined } from '../../src/store/codecs.ts';
import { RecentWeakCache } from '../../src/store/recent-cache.ts';
import type { CollectionDef } from '../../src/store/types.ts';

describe('RecentWeakCache: what the store wrote lately, not all it ever wrote', () => {
  it('keeps an entry used in every span and lets go of one not used for two spans', () => {
    const cache = new RecentWeakCache<object, string>(4);
    const hot = {};
    const cold = {};
    cache.set(hot, 'hot');
    cache.set(cold, 'cold');
    for (let i = 0; i < 40; i++) {
      cache.tick();
      expect(cache.get(hot)).toBe('hot');
    }
    expect(cache.get(cold)).toBeUndefined();
  });

  it('still has an entry one span later: it moves to the young generation when read', () => {
    const cache = new RecentWeakCache<object, string>(4);
    const k = {};
    cache.set(k, 'v');
    for (let i = 0; i < 4; i++) cache.tick();
    expect(cache.get(k)).toBe('v');
    for (let i = 0; i < 4; i++) cache.tick();
    expect(cache.get(k)).toBe('v');
    for (let i = 0; i < 8; i++) cache.tick();
    expect(cache.get(k)).toBeUndefined();
  });
});

describe('a collection codec writes the same text once its cached JSON is let go', () => {
  const Item = z.object({ id: z.string(), n: z.number(), note: z.string().optional() });
  type Item = z.infer<typeof Item>;
  const def = { name: 'things', version: 1, schema: Item } as unknown as CollectionDef<Item>;
  const frozen = (items: Item[]) => Object.freeze(items.map((i) => Object.freeze({ ...i })));
  const expected = (items: readonly Item[]) =>
    JSON.stringify({ format: 'prospecta/things', version: 1, items });

  it('an old shard edited after hundreds of other writes, and appended to, encodes exactly', () => {
    const codec = collectionCodec(def);
    const old = frozen([
      { id: 'a', n: 1 },
      { id: 'b', n: 2, note: 'é "quoted"' },
    ]) as Item[];
    expect(joined(codec.encode(old))).toBe(expected(old));
    // Other shards written meanwhile: the old shard's text and items age out of the cache.
    for (let i = 0; i < 300; i++) codec.encode(frozen([{ id: `x${i}`, n: i }]) as Item[]);
    const edited = [old[0] as Item, Object.freeze({ id: 'b', n: 3 })];
    expect(joined(codec.encode(edited))).toBe(expected(edited));
    const appended = codec.append(edited, [Object.freeze({ id: 'c', n: 4 })]);
    expect(joined(codec.encode(appended))).toBe(expected(appended));
  });
});
