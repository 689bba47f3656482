import type { Reply } from '../src/core/reply.ts';
import { PROSPECTS_PER_TEAM } from './dataset.ts';
import { pct, type Row } from './row.ts';

const ms = (n: number): string => `${n.toFixed(1)} ms`;

/**
 * What an idempotency key adds to /log: a form submission, a button or a chat platform's delivery
 * carries one, and its /log also keeps a receipt. Keyed and typed /log are taken in turns, so that
 * neither is always the one that follows the other's write. `run(text, key)` dispatches on the
 * loaded bench team.
 */
export async function benchOnce(
  run: (text: string, key?: string) => Promise<Reply>,
  runs: number,
): Promise<Row[]> {
  const keyed: number[] = [];
  const typed: number[] = [];
  for (let i = 0; i < runs; i++) {
    for (const withKey of i % 2 === 0 ? [true, false] : [false, true]) {
      const text = `/log kind:call outcome:reached prospect:P-${1 + (i % PROSPECTS_PER_TEAM)} note:"keyed ${i}"`;
      const started = performance.now();
      const r = await run(text, withKey ? `bench-form-${i}` : undefined);
      (withKey ? keyed : typed).push(performance.now() - started);
      if (r.error) throw new Error(`/log failed: ${r.error.message}`);
    }
  }
  // The p99 difference swings with disk-write noise: the p50 difference shows the steady cost. The
  // receipt rides in the activity shard the /log writes anyway (store/carried.ts): one file either way.
  const addedP50 = pct(keyed, 0.5) - pct(typed, 0.5);
  const addedP99 = pct(keyed, 0.99) - pct(typed, 0.99);
  return [
    {
      metric: `/log as a form submission (idempotency key, receipt kept), p50 / p99 (${runs} runs)`,
      value: `${ms(pct(keyed, 0.5))} / ${ms(pct(keyed, 0.99))}`,
      target: '',
      ok: null,
    },
    {
      metric: '/log typed, in turns with the above, p50 / p99',
      value: `${ms(pct(typed, 0.5))} / ${ms(pct(typed, 0.99))}`,
      target: '',
      ok: null,
    },
    {
      metric: 'exactly once: what the key adds to /log, p50 / p99',
      value: `${ms(addedP50)} / ${ms(addedP99)}`,
      target: 'p99 ≤ 2 ms',
      ok: addedP99 <= 2,
    },
  ];
}
