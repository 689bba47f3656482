import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { commands } from '../commands/index.ts';
import { openAppStore } from '../src/app-store.ts';
import { createChartRenderer } from '../src/charts/index.ts';
import { dispatch, type Invocation } from '../src/core/dispatch.ts';
import { silentLogger } from '../src/core/logger.ts';
import { createRegistry } from '../src/core/registry.ts';
import type { Reply } from '../src/core/reply.ts';
import type { Activity, Campaign } from '../src/domain/entities.ts';
import { ACTIVITY_KINDS, OUTCOMES } from '../src/domain/ids.ts';
import { pct, type Row } from './row.ts';

const ACTIVITIES = 50_000;
const PROSPECTS = 5_000;
const REPS = ['bench:a', 'bench:b', 'bench:c', 'bench:d', 'bench:e'];

/** A team whose campaign C-1 holds 50k activities over six months, with objectives and costs. */
async function seed(dir: string, now: Date): Promise<void> {
  const store = await openAppStore(dir, silentLogger);
  let seedValue = 7;
  const rand = () => {
    seedValue = (seedValue * 16807) % 2147483647;
    return seedValue / 2147483647;
  };
  const end = now.getTime();
  const start = end - 182 * 86_400_000;
  const day = (ms: number) => new Date(ms).toISOString().slice(0, 10);
  const campaign: Campaign = {
    id: 'C-1',
    name: 'Bench campaign',
    from: day(start),
    to: day(end + 30 * 86_400_000),
    targetSize: PROSPECTS,
    createdAt: new Date(start).toISOString(),
    repIds: REPS,
    objectives: [
      { id: 'O-1', kind: 'quantitative', metric: 'attempts', target: 40_000, per: 'campaign' },
      { id: 'O-2', kind: 'quantitative', metric: 'appointments', target: 3_000, per: 'campaign' },
      { id: 'O-3', kind: 'quantitative', metric: 'visits', target: 2_000, per: 'campaign' },
      { id: 'O-4', kind: 'quantitative', metric: 'signed', target: 500, per: 'campaign' },
      { id: 'O-5', kind: 'quantitative', metric: 'revenue', target: 1_000_000, per: 'campaign' },
      { id: 'O-6', kind: 'quantitative', metric: 'appointments', target: 30, per: 'week', repId: 'bench:a' },
      { id: 'O-7', kind: 'qualitative', text: 'Bench', done: false },
    ],
    costs: [{ id: 'F-1', label: 'File', category: 'file', amount: 5_000 }],
  };
  await store.transact(
    'bench:ops',
    (tx) => {
      for (const id of REPS)
        tx.members.put({ id, displayName: id, role: 'rep', joinedAt: campaign.createdAt });
      for (let p = 1; p <= PROSPECTS; p++)
        tx.prospects.put({
          id: `P-${p}`,
          name: `Prospect ${p}`,
          type: 'b2b',
          postalCode: '69003',
          lat: 45.5 + rand() * 0.5,
          lon: 4.6 + rand() * 0.5,
          consent: { status: 'unknown' },
          status: 'prospect',
          createdAt: campaign.createdAt,
          createdBy: 'bench:a',
        });
      tx.campaigns.put(campaign);
      for (let i = 0; i < ACTIVITIES; i++) {
        const outcome = OUTCOMES[Math.floor(rand() * OUTCOMES.length)] as Activity['outcome'];
        const money = outcome === 'signed' || outcome === 'proposal';
        tx.activities.put({
          id: `A-${i}`,
          kind: ACTIVITY_KINDS[Math.floor(rand() * ACTIVITY_KINDS.length)] as Activity['kind'],
          outcome,
          prospectId: `P-${1 + Math.floor(rand() * PROSPECTS)}`,
          repId: REPS[i % REPS.length] as string,
          date: day(start + rand() * (end - start)),
          durationMin: 5 + Math.floor(rand() * 40),
          km: Math.floor(rand() * 20),
          ...(money && { amount: 500 + Math.floor(rand() * 5000), margin: 100 + Math.floor(rand() * 1500) }),
          campaignId: 'C-1',
          source: 'import',
          createdAt: new Date(end).toISOString(),
          createdBy: 'bench:a',
        });
      }
    },
    {
      init: () => ({
        id: 'bench:ops',
        name: 'bench',
        settings: { locale: 'fr', timeZone: 'Europe/Paris', currency: 'EUR' },
        createdAt: campaign.createdAt,
      }),
    },
  );
  await store.close();
}

/** `/dashboard` and `/profitability` on a campaign of 50k activities with their PNGs, `/plan route` for 25 stops. */
export async function benchOperations(opts: { runs?: number } = {}): Promise<Row[]> {
  const runs = opts.runs ?? 30;
  const now = new Date();
  const dir = await mkdtemp(path.join(os.tmpdir(), 'prospecta-bench-ops-'));
  await seed(dir, now);
  const store = await openAppStore(dir, silentLogger);
  const charts = createChartRenderer({ renderer: 'local', cacheSize: 0, logger: silentLogger });
  const deps = { store, registry: createRegistry(commands), logger: silentLogger, clock: () => new Date() };
  const inv = (text: string): Invocation => ({
    channel: 'cli',
    teamId: 'bench:ops',
    teamName: 'bench',
    user: { id: 'cli:bench', displayName: 'Bench', roleHint: 'admin' },
    input: { kind: 'text', text },
  });
  const timed = async (text: string, render: boolean): Promise<number> => {
    const started = performance.now();
    const r: Reply = await dispatch(inv(text), deps);
    if (r.error) throw new Error(`${text} failed: ${r.error.message}`);
    if (render) for (const b of r.blocks) if (b.type === 'chart') await charts.render(b.spec);
    return performance.now() - started;
  };
  const rows: Row[] = [];
  try {
    await timed('/dashboard C-1', true); // warm-up: load the team, start the workers
    const stops = Array.from({ length: 25 }, (_, i) => `P-${i + 1}`).join(', ');
    for (const [label, text, target] of [
      ['/dashboard on a 50k-activity campaign with its PNG', '/dashboard C-1', 200],
      ['/profitability on a 50k-activity campaign with its PNG', '/profitability C-1', 200],
      ['/plan route, 25 stops, with its PNG', `/plan route prospects:"${stops}" from:45.75,4.85`, 100],
    ] as const) {
      const times: number[] = [];
      for (let i = 0; i < runs; i++) times.push(await timed(text, true));
      const v = pct(times, 0.99);
      rows.push({
        metric: `${label}, p99 (${runs} runs)`,
        value: `${v.toFixed(1)} ms`,
        target: `≤ ${target} ms`,
        ok: v <= target,
      });
    }
  } finally {
    await charts.close();
    await store.close();
    await rm(dir, { recursive: true, force: true });
  }
  return rows;
}
