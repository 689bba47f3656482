import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { toChartJsConfig } from '../../src/charts/chartjs-config.ts';
import { ChartSpec } from '../../src/charts/spec.ts';
import type { Reply } from '../../src/core/reply.ts';
import { createTestCore } from '../helpers/core.ts';

let core: Awaited<ReturnType<typeof createTestCore>>;
beforeEach(async () => {
  core = await createTestCore(); // today: Saturday 2026-11-28
});
afterEach(async () => {
  await core.close();
});

/** Three prospects called seven times, one appointment, one visit: attempts outnumber prospects. */
const WEEK = [
  'kind:call outcome:no_answer prospect:A date:2026-11-23',
  'kind:call outcome:no_answer prospect:A date:2026-11-24',
  'kind:call outcome:no_answer prospect:A date:2026-11-25',
  'kind:call outcome:reached prospect:B date:2026-11-23',
  'kind:call outcome:reached prospect:B date:2026-11-24',
  'kind:call outcome:refused prospect:B date:2026-11-25',
  'kind:call outcome:appointment prospect:C date:2026-11-24',
  'kind:visit outcome:proposal prospect:C date:2026-11-26',
];

function chartConfig(r: Reply) {
  const block = r.blocks.find((b) => b.type === 'chart');
  if (block?.type !== 'chart') throw new Error('no chart');
  const spec = ChartSpec.parse(block.spec);
  return { spec, config: toChartJsConfig(spec) };
}

describe('funnel chart of each view', () => {
  it('activity view: bars start at attempted and targeted is stated beside them', async () => {
    for (const line of WEEK) expect((await core.run(`/log ${line}`)).error).toBeUndefined();
    const { spec, config } = chartConfig(await core.run('/entonnoir'));
    expect(config.data.labels).toEqual([
      'Tentatives',
      'Joints',
      'Argumentés',
      'RDV obtenus',
      'RDV réalisés',
      'Propositions',
      'Signatures',
    ]);
    const widths = ((config.data.datasets[0]?.data ?? []) as [number, number][]).map(([a, b]) => b - a);
    expect(widths[0]).toBe(7); // attempted, the widest bar; targeted (3) is not a bar
    expect(spec.subtitle).toContain('Ciblés : 3 prospects distincts');
  });

  it('cohort view: every stage drawn, each no wider than the one above', async () => {
    for (const line of WEEK) await core.run(`/log ${line}`);
    const { config } = chartConfig(await core.run('/entonnoir vue:cohorte'));
    expect(config.data.labels?.[0]).toBe('Ciblés');
    const widths = ((config.data.datasets[0]?.data ?? []) as [number, number][]).map(([a, b]) => b - a);
    expect(widths).toEqual([3, 3, 2, 2, 1, 1, 1, 0]);
  });
});
