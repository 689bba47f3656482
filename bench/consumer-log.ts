import type { Reply } from '../src/core/reply.ts';
import { PROSPECTS_PER_TEAM } from './dataset.ts';
import { pct, type Row } from './row.ts';

const ms = (n: number): string => `${n.toFixed(1)} ms`;

const CONSUMERS = 40;
/** Past calls per consumer, one every ~3 weeks over two years: a few fall in the 60 days the rules read. */
const CALLS_EACH = 35;
/** Pairs between two full collections, outside the timings, as in once.ts. */
const PAIRS_PER_GC = 20;

/** The weekday `back` days before `today`, as YYYY-MM-DD (the call rules bar weekends). */
function weekdayBefore(today: Date, back: number): string {
  const d = new Date(today.getTime() - back * 86_400_000);
  while (d.getUTCDay() === 0 || d.getUTCDay() === 6) d.setUTCDate(d.getUTCDate() - 1);
  return d.toISOString().slice(0, 10);
}

/**
 * /log to a consumer (B2C) prospect judges the contact against DOMAIN §6 (consent, hours, attempts in
 * 30 days, 60 days after a refusal) over the prospect's recent calls: on the 100k-activity team, with
 * 40 consumers given two years of calls each, taken in turns with /log to a business (B2B), which
 * reads no history. `run(text)` dispatches on the loaded bench team.
 */
export async function benchConsumerLog(
  run: (text: string) => Promise<Reply>,
  pairs: number,
  today: Date,
): Promise<Row[]> {
  const collect = (globalThis as { gc?: () => void }).gc;
  if (!collect) throw new Error('the consumer /log bench needs node --expose-gc (npm run bench)');
  const ok = async (text: string): Promise<Reply> => {
    const r = await run(text);
    if (r.error) throw new Error(`${text}: ${r.error.message}`);
    return r;
  };
  const consumers: string[] = [];
  for (let c = 0; c < CONSUMERS; c++) {
    const added = await ok(`/prospect add name:"Particulier bench ${c}" type:b2c new:true`);
    const id = added.reference as string;
    await ok(`/prospect consent ${id} channel:phone status:granted date:2024-01-02 proof:"bench"`);
    for (let k = 0; k < CALLS_EACH; k++) {
      const outcome = k % 9 === 4 ? 'refused' : 'no_answer';
      await ok(
        `/log kind:call outcome:${outcome} prospect:${id} date:${weekdayBefore(today, 3 + k * 21 + c)} time:10:30`,
      );
    }
    consumers.push(id);
  }
  const consumer: number[] = [];
  const business: number[] = [];
  for (let i = 0; i < pairs; i++) {
    if (i % PAIRS_PER_GC === 0) collect();
    for (const b2c of i % 2 === 0 ? [true, false] : [false, true]) {
      const prospect = b2c ? consumers[i % CONSUMERS] : `P-${1 + (i % PROSPECTS_PER_TEAM)}`;
      const started = performance.now();
      await ok(`/log kind:call outcome:no_answer prospect:${prospect} time:10:30 note:"consumer ${i}"`);
      (b2c ? consumer : business).push(performance.now() - started);
    }
  }
  return [
    {
      metric: `/log to a consumer (contact rules over its last 60 days), p50 / p99 (${pairs} runs)`,
      value: `${ms(pct(consumer, 0.5))} / ${ms(pct(consumer, 0.99))}`,
      target: 'p99 ≤ 25 ms',
      ok: pct(consumer, 0.99) <= 25,
    },
    {
      metric: '/log to a business, in turns with the above, p50 / p99',
      value: `${ms(pct(business, 0.5))} / ${ms(pct(business, 0.99))}`,
      target: '',
      ok: null,
    },
  ];
}
