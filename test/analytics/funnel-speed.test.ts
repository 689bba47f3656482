import { performance } from 'node:perf_hooks';
import { describe, expect, it } from 'vitest';
import { computeFunnel, type FunnelProspect } from '../../src/analytics/funnel.ts';
import type { Activity } from '../../src/domain/entities.ts';
import { ACTIVITY_KINDS, OUTCOMES } from '../../src/domain/ids.ts';
import { activity } from './build.ts';

const ACTIVITY_COUNT = 100_000;
const PROSPECT_COUNT = 20_000;
const RUNS = 15;
/**
 * The budget is 20 ms on an idle machine. Test machines are shared (other suites, other sessions),
 * so the assertion only guards against a change of complexity (a quadratic pass takes seconds);
 * the measure is logged for the budget.
 */
const GUARD_MS = 250;

const month = (i: number) => String((i % 12) + 1).padStart(2, '0');

/** A year of a large team as read back from the store (JSON), every kind × outcome, one prospect in ten a customer. */
function largeTeam(): { activities: Activity[]; prospectsById: Map<string, FunnelProspect> } {
  const prospects: FunnelProspect[] = Array.from({ length: PROSPECT_COUNT }, (_, i) => {
    const customerSince = i % 10 === 0 ? `2026-${month(i)}-15` : undefined;
    return { id: `P-${i}`, customerSince, status: customerSince ? 'customer' : 'prospect' };
  });
  const activities = Array.from({ length: ACTIVITY_COUNT }, (_, i) =>
    activity(
      ACTIVITY_KINDS[i % ACTIVITY_KINDS.length] ?? 'call',
      OUTCOMES[(i * 7) % OUTCOMES.length] ?? 'no_answer',
      `P-${(i * 7919) % PROSPECT_COUNT}`,
      `2026-${month(i)}-${String((i % 28) + 1).padStart(2, '0')}`,
    ),
  );
  // Strings read from JSON are not shared with the ones the ids were built from, as in production.
  const stored = JSON.parse(JSON.stringify({ activities, prospects })) as {
    activities: Activity[];
    prospects: FunnelProspect[];
  };
  return {
    activities: stored.activities,
    prospectsById: new Map(stored.prospects.map((prospect) => [prospect.id, prospect])),
  };
}

describe('computeFunnel speed', () => {
  it(`counts ${ACTIVITY_COUNT} activities in one pass, far from a quadratic time`, () => {
    const { activities, prospectsById } = largeTeam();
    const period = { from: '2026-01-01', to: '2026-12-31' };
    const timings: number[] = [];
    for (let run = 0; run < RUNS; run++) {
      const start = performance.now();
      const result = computeFunnel({
        activities,
        prospectsById,
        allProspects: prospectsById.values(),
        period,
      });
      timings.push(performance.now() - start);
      expect(result.stages.targeted).toBe(PROSPECT_COUNT);
    }
    timings.sort((x, y) => x - y);
    const [best = Number.NaN] = timings;
    const median = timings[Math.floor(RUNS / 2)] ?? Number.NaN;
    console.info(
      `computeFunnel, ${ACTIVITY_COUNT} activities: best ${best.toFixed(1)} ms, median ${median.toFixed(1)} ms`,
    );
    expect(best).toBeLessThan(GUARD_MS);
  });
});
