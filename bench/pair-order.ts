/**
 * Which side of an interleaved pair runs first, when a full collection is forced between cycles of
 * `pairsPerCycle` pairs (bench/once.ts: a keyed and a typed /log per pair).
 *
 * What the collector does at a fixed distance from a forced collection recurs at the same place in
 * every cycle: the next minor collection fell in the same /log of the cycle in 53–56 cycles of 60,
 * and V8's worker threads swept for 6–12 ms of CPU in the first and the fourth /log. With one fixed
 * pattern (keyed first in even pairs, typed first in odd ones), each of those /logs was always the
 * same side: the first /log after every collection was keyed, and those 60 of 1200 keyed runs (5 %)
 * made the keyed p99 alone. So the pattern is mirrored every other cycle: each place in a cycle is
 * keyed in one cycle and typed in the next, and each side gets exactly half of what recurs there.
 */
export function keyedFirst(pair: number, pairsPerCycle: number): boolean {
  const inCycle = pair % pairsPerCycle;
  const mirrored = Math.floor(pair / pairsPerCycle) % 2 === 1;
  return (inCycle % 2 === 0) !== mirrored;
}
