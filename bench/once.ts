import { constants, PerformanceObserver } from 'node:perf_hooks';
import v8 from 'node:v8';
import type { Reply } from '../src/core/reply.ts';
import { PROSPECTS_PER_TEAM } from './dataset.ts';
import { keyedFirst } from './pair-order.ts';
import { pct, type Row } from './row.ts';

const ms = (n: number): string => `${n.toFixed(1)} ms`;
const kb = (n: number): string => `${(n / 1024).toFixed(0)} KB`;

/** Pairs between two full collections (see benchOnce): fewer than the ~40 between natural ones. */
const PAIRS_PER_GC = 20;

interface Run {
  readonly ms: number;
  /** CPU time of the process (every thread) during the run: less swayed by other processes than `ms`. */
  readonly cpuMs: number;
  readonly start: number;
  readonly end: number;
  /** Heap used after minus before: what the run allocated, unless a collection ran in between. */
  readonly heapDelta: number;
}

/**
 * What an idempotency key adds to /log: a form submission, a button or a chat platform's delivery
 * carries one, and its /log also keeps a receipt. `run(text, key)` dispatches on the loaded bench
 * team; `pairs` keyed and typed /log are taken in turns (each first in half the pairs), so both
 * see the same shard, the same receipts and the same disk.
 *
 * Both see the same collector too. A full collection of the 100k-activity heap stalls whichever
 * /log happens to trigger it by 30–45 ms, about once in 80: left to chance, each side's p99 is
 * decided by whether it drew more or fewer of them than 1 %, and the difference swung from 0 to
 * 30 ms from run to run. So a full collection runs between every PAIRS_PER_GC pairs, outside the
 * timings, and what the key costs the collector is measured where it comes from: the bytes each
 * /log allocates (median over the runs no collection interrupted), with a target of its own.
 *
 * A forced collection is not over when `gc()` returns: V8's worker threads go on sweeping, 9–12 ms
 * of CPU that slowed the next /log 3–4 times over on a loaded machine (measured per thread from
 * /proc: 12 ms on threads other than the main one during that /log, against 2 during any other). That is the bench's own doing, like the
 * collection, so an untimed /log follows each one. And what recurs at a fixed distance from a
 * collection goes to each side in turn (see keyedFirst): with one fixed order, the /log right after
 * each collection was always keyed, and the key "added" 3–5 ms at p99 that were the collector's.
 */
export async function benchOnce(
  run: (text: string, key?: string) => Promise<Reply>,
  pairs: number,
): Promise<Row[]> {
  const collect = (globalThis as { gc?: () => void }).gc;
  if (!collect) throw new Error('the exactly-once bench needs node --expose-gc (npm run bench)');
  const gcs: { start: number; major: boolean }[] = [];
  const observer = new PerformanceObserver((list) => {
    for (const e of list.getEntries()) {
      const kind = (e as { detail?: { kind?: number } }).detail?.kind;
      gcs.push({ start: e.startTime, major: kind === constants.NODE_PERFORMANCE_GC_MAJOR });
    }
  });
  observer.observe({ entryTypes: ['gc'] });
  const keyed: Run[] = [];
  const typed: Run[] = [];
  try {
    for (let i = 0; i < pairs; i++) {
      const prospect = `P-${1 + (i % PROSPECTS_PER_TEAM)}`;
      if (i % PAIRS_PER_GC === 0) {
        collect();
        const r = await run(`/log kind:call outcome:reached prospect:${prospect} note:"after gc ${i}"`);
        if (r.error) throw new Error(`/log failed: ${r.error.message}`);
      }
      for (const withKey of keyedFirst(i, PAIRS_PER_GC) ? [true, false] : [false, true]) {
        const text = `/log kind:call outcome:reached prospect:${prospect} note:"keyed ${i}"`;
        const heap0 = v8.getHeapStatistics().used_heap_size;
        const cpu0 = process.cpuUsage();
        const start = performance.now();
        const r = await run(text, withKey ? `bench-form-${i}` : undefined);
        const end = performance.now();
        const cpu = process.cpuUsage(cpu0);
        const heapDelta = v8.getHeapStatistics().used_heap_size - heap0;
        const cpuMs = (cpu.user + cpu.system) / 1000;
        (withKey ? keyed : typed).push({ ms: end - start, cpuMs, start, end, heapDelta });
        if (r.error) throw new Error(`/log failed: ${r.error.message}`);
      }
    }
    // Collection entries are delivered after the fact.
    await new Promise((resolve) => setTimeout(resolve, 50));
  } finally {
    observer.disconnect();
  }
  const times = (runs: Run[]) => runs.map((r) => r.ms);
  const cpus = (runs: Run[]) => runs.map((r) => r.cpuMs);
  const during = (r: Run) => gcs.filter((g) => g.start >= r.start && g.start <= r.end);
  const allocated = (runs: Run[]) =>
    pct(
      runs.filter((r) => during(r).length === 0).map((r) => r.heapDelta),
      0.5,
    );
  const majors = (runs: Run[]) => runs.filter((r) => during(r).some((g) => g.major)).length;
  const addedP50 = pct(times(keyed), 0.5) - pct(times(typed), 0.5);
  const addedP99 = pct(times(keyed), 0.99) - pct(times(typed), 0.99);
  const addedCpu = (p: number) => pct(cpus(keyed), p) - pct(cpus(typed), p);
  // The two /log of a pair run back to back, under the same load: their difference leaves most of it out.
  const inPairs = keyed.map((k, i) => k.ms - (typed[i] as Run).ms);
  const keyedBytes = allocated(keyed);
  const typedBytes = allocated(typed);
  const addedBytes = keyedBytes - typedBytes;
  return [
    {
      metric: `/log as a form submission (idempotency key, receipt kept), p50 / p99 (${pairs} runs)`,
      value: `${ms(pct(times(keyed), 0.5))} / ${ms(pct(times(keyed), 0.99))}`,
      target: '',
      ok: null,
    },
    {
      metric: `/log typed, in turns with the above, p50 / p99 (a full GC and a /log every ${PAIRS_PER_GC} pairs, untimed)`,
      value: `${ms(pct(times(typed), 0.5))} / ${ms(pct(times(typed), 0.99))}`,
      target: '',
      ok: null,
    },
    {
      metric: 'timed /log runs a full GC still fell in, keyed / typed',
      value: `${majors(keyed)} / ${majors(typed)}`,
      target: '',
      ok: null,
    },
    {
      metric: 'exactly once: what the key adds to /log, p50 / p99',
      value: `${ms(addedP50)} / ${ms(addedP99)}`,
      target: 'p99 ≤ 2 ms',
      ok: addedP99 <= 2,
    },
    {
      metric: 'exactly once: what the key adds within a pair (median of keyed − typed; less swayed by load)',
      value: ms(pct(inPairs, 0.5)),
      target: '',
      ok: null,
    },
    {
      metric: 'exactly once: CPU time the key adds to /log (every thread; less swayed by load), p50 / p99',
      value: `${ms(addedCpu(0.5))} / ${ms(addedCpu(0.99))}`,
      target: '',
      ok: null,
    },
    {
      metric: `exactly once: heap allocated by one /log, keyed / typed (median; up to ${pairs} receipts kept)`,
      value: `${kb(keyedBytes)} / ${kb(typedBytes)}`,
      target: 'key adds ≤ 5 %',
      ok: addedBytes <= 0.05 * typedBytes,
    },
  ];
}
