import { mkdirSync, writeFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createLocalRenderer, type LocalChartRenderer } from '../../src/charts/local-renderer.ts';
import { pngSize } from '../../src/charts/png-encode.ts';
import type { ChartSpecInput } from '../../src/charts/spec.ts';
import type { Reply } from '../../src/core/reply.ts';
import { seedDemo } from '../../src/demo/seed.ts';
import { createTestCore } from '../helpers/core.ts';

const ARTIFACTS = new URL('../../test-artifacts/demo/', import.meta.url);
const NOW = new Date('2026-11-25T14:30:00Z');

let core: Awaited<ReturnType<typeof createTestCore>>;
let renderer: LocalChartRenderer;
beforeAll(async () => {
  core = await createTestCore(NOW);
  await seedDemo(core.store, { team: 'demo', now: NOW });
  renderer = createLocalRenderer({ threads: 1 });
  await renderer.warmUp();
});
afterAll(async () => {
  await renderer.close();
  await core.close();
});

const chartOf = (r: Reply): ChartSpecInput | undefined => {
  const block = r.blocks.find((b) => b.type === 'chart');
  return block?.type === 'chart' ? block.spec : undefined;
};

describe('the demo team’s company and network', () => {
  it('shows its org chart and the team’s network map as images a rep can read', async () => {
    mkdirSync(ARTIFACTS, { recursive: true });
    const org = await core.run('/entreprise poste liste', { team: 'demo', role: 'manager' });
    expect(org.title).toBe('Organigramme – Habitat Confort Lyon');
    const map = await core.run('/réseau carte portée:équipe', { team: 'demo', role: 'manager' });
    expect(map.data?.by_type).toEqual({ personal: 3, vertical: 4, horizontal: 3, transversal: 4 });
    for (const [name, reply] of [
      ['org-chart', org],
      ['network-map', map],
    ] as const) {
      const spec = chartOf(reply);
      expect(spec, name).toBeDefined();
      const chart = await renderer.render(spec as ChartSpecInput);
      expect(pngSize(chart.png)).toEqual({ width: spec?.width, height: spec?.height });
      writeFileSync(new URL(`${name}.png`, ARTIFACTS), chart.png);
    }
    const company = await core.run('/entreprise voir', { team: 'demo' });
    expect(company.title).toBe('Habitat Confort Lyon');
    const personas = await core.run('/persona liste', { team: 'demo' });
    expect(personas.data?.personas).toHaveLength(2);
    const campaign = await core.run('/campagne voir C-2', { team: 'demo' });
    expect(JSON.stringify(campaign.blocks)).toContain('Commerçant de proximité (PE-2)');
  });
});
