import { describe, expect, it } from 'vitest';
import { freeNow } from '../../src/portfolio/free-now.ts';

describe('freeNow', () => {
  it("moves an array's memory out (the array is left empty), and leaves shared memory alone", () => {
    const own = new Float64Array(1000).fill(1);
    const view = new Int32Array(own.buffer, 8, 4);
    const shared = new Int32Array(new SharedArrayBuffer(64)).fill(7);
    const empty = new Uint8Array(0);
    freeNow(own, shared, empty);
    expect([own.length, own.buffer.byteLength, view.length]).toEqual([0, 0, 0]);
    expect([...shared.subarray(0, 2)]).toEqual([7, 7]);
    expect(empty.length).toBe(0);
  });
});
