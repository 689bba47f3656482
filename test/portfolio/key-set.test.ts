import { describe, expect, it } from 'vitest';
import { KeySet, LineKeys, Occurrences } from '../../src/portfolio/key-set.ts';

describe('LineKeys', () => {
  it('answers as a key set and an occurrence counter kept apart, one table for both', () => {
    const one = new LineKeys(4);
    const keys = new KeySet(4);
    const seen = new Occurrences(4);
    const counts = new Map<number, number>();
    // A fixed pseudo-random walk over few values (repeats, 0, 53-bit and negative values), past
    // several growths of the table.
    let x = 12345;
    const values = Array.from({ length: 300 }, (_, i) =>
      i % 7 === 0 ? 0 : i * 2 ** 40 + i - (i % 3) * 2 ** 52,
    );
    for (let step = 0; step < 20_000; step++) {
      x = (x * 1103515245 + 12345) % 2 ** 31;
      const v = values[x % (step < 10_000 ? 100 : 300)] as number;
      if (x % 3 === 0) {
        expect(one.fresh(v), `fresh ${v} at ${step}`).toBe(keys.add(v));
      } else if (x % 3 === 1) {
        expect(one.next(v), `next ${v} at ${step}`).toBe(seen.next(v));
        counts.set(v, (counts.get(v) ?? 0) + 1);
      } else expect(one.count(v), `count ${v} at ${step}`).toBe(counts.get(v) ?? 0);
    }
    one.clear();
    expect([one.fresh(values[1] as number), one.next(values[1] as number), one.count(0)]).toEqual([
      true,
      1,
      0,
    ]);
  });

  it('a content met is not a key met, and a key met is not a content met', () => {
    const s = new LineKeys();
    expect(s.next(42)).toBe(1);
    expect(s.fresh(42)).toBe(true);
    expect(s.fresh(42)).toBe(false);
    expect(s.fresh(7)).toBe(true);
    expect(s.count(7)).toBe(0);
    expect(s.next(7)).toBe(1);
    expect(s.next(7)).toBe(2);
    expect(s.count(7)).toBe(2);
  });
});
