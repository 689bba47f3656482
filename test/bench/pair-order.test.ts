import { describe, expect, it } from 'vitest';
import { keyedFirst } from '../../bench/pair-order.ts';

/** The side of each /log of cycle `cycle`, in the order they run (two per pair). */
function sides(cycle: number, pairsPerCycle: number): ('keyed' | 'typed')[] {
  const out: ('keyed' | 'typed')[] = [];
  for (let j = 0; j < pairsPerCycle; j++) {
    const first = keyedFirst(cycle * pairsPerCycle + j, pairsPerCycle);
    out.push(first ? 'keyed' : 'typed', first ? 'typed' : 'keyed');
  }
  return out;
}

describe('keyedFirst (exactly-once bench order)', () => {
  it.each([20, 7, 1])(
    'gives each place after a forced collection to each side in turn (%i pairs a cycle)',
    (n) => {
      for (let cycle = 0; cycle < 4; cycle++) {
        const here = sides(cycle, n);
        const next = sides(cycle + 1, n);
        for (let at = 0; at < here.length; at++) expect(next[at]).not.toBe(here[at]);
      }
    },
  );

  it('starts a cycle with the keyed side, then the typed side, then keyed again', () => {
    expect([0, 20, 40, 60].map((i) => keyedFirst(i, 20))).toEqual([true, false, true, false]);
    expect(sides(0, 20).slice(0, 4)).toEqual(['keyed', 'typed', 'typed', 'keyed']);
    expect(sides(1, 20).slice(0, 4)).toEqual(['typed', 'keyed', 'keyed', 'typed']);
  });

  it('runs each side first in half the pairs of two cycles', () => {
    const firsts = Array.from({ length: 40 }, (_, i) => keyedFirst(i, 20)).filter(Boolean).length;
    expect(firsts).toBe(20);
  });
});
