import { describe, expect, it } from 'vitest';
import { SpareMemory } from '../../src/portfolio/spare-memory.ts';

describe('memory the moved columns gave up', () => {
  it('hands out the smallest spare bytes that hold what is asked, and what is left of them after', () => {
    const spare = new SpareMemory();
    const small = new Int32Array(100);
    const big = new Float64Array(100);
    spare.give(big);
    spare.give(small);
    const a = spare.ints(30);
    expect(a.buffer).toBe(small.buffer);
    expect(a.byteOffset).toBe(0);
    // The 280 bytes left of `small` past the first 120 come next, 8-aligned.
    const b = spare.bytes(200);
    expect(b.buffer).toBe(small.buffer);
    expect(b.byteOffset).toBe(120);
    // Nothing spare holds 900 bytes: new memory.
    const c = spare.bytes(900);
    expect(c.buffer === small.buffer || c.buffer === big.buffer).toBe(false);
    expect(spare.ints(150).buffer).toBe(big.buffer);
  });

  it('gives a kept column only spare bytes about its size, whole, and only a column’s own bytes', () => {
    const spare = new SpareMemory();
    const shared = new Int32Array(300);
    spare.give(shared.subarray(100, 200));
    // 400 bytes spare: too many for a kept column of 50 integers (its views would keep them all).
    expect(spare.intColumn(50).buffer).not.toBe(shared.buffer);
    const column = spare.intColumn(98);
    expect(column.buffer).toBe(shared.buffer);
    expect([column.byteOffset, column.length]).toEqual([400, 98]);
    // Taken whole: the 8 bytes past it are not handed out again.
    expect(spare.bytes(8).buffer).not.toBe(shared.buffer);
  });
});
