import { mkdirSync, writeFileSync } from 'node:fs';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createLocalRenderer, type LocalChartRenderer } from '../../src/charts/local-renderer.ts';
import { pngSize } from '../../src/charts/png-encode.ts';
import type { ChartSpecInput } from '../../src/charts/spec.ts';
import { createTestCore } from '../helpers/core.ts';

const ARTIFACTS = new URL('../../test-artifacts/charts/', import.meta.url);
let renderer: LocalChartRenderer;
let core: Awaited<ReturnType<typeof createTestCore>>;
beforeAll(async () => {
  renderer = createLocalRenderer({ threads: 1 });
  await renderer.warmUp();
});
afterAll(() => renderer.close());
beforeEach(async () => {
  core = await createTestCore();
});
afterEach(async () => {
  await core.close();
});

// biome-ignore lint/suspicious/noExplicitAny: JSON shapes of replies
type Data = Record<string, any>;

describe('/plan route on the map', () => {
  it('draws the stops in order over the départements, named, and links each stop to a maps app', async () => {
    for (const [name, cp, city] of [
      ['Boulangerie Martin', '69001', 'Lyon'],
      ['Garage Perret', '69100', 'Villeurbanne'],
      ['Fleurs Brun', '69200', 'Vénissieux'],
      ['Cave Rey', '69300', 'Caluire-et-Cuire'],
      ['Menuiserie Roux', '01000', 'Bourg-en-Bresse'],
      ['Ferme Blanc', '38200', 'Vienne'],
    ] as const) {
      const r = await core.run(`/prospect add "${name}" postal_code:${cp} city:"${city}"`);
      expect(r.error).toBeUndefined();
    }
    const r = await core.run(
      '/plan route date:2026-12-01 prospects:"P-1, P-2, P-3, P-4, P-5, P-6" from:69007',
    );
    expect(r.error).toBeUndefined();
    const d = r.data as Data;
    const lyon = d.stops.find((s: Data) => s.postalCode === '69001');
    expect(lyon.geo_uri).toBe('geo:45.7676,4.8345');
    expect(lyon.map_url).toBe(
      'https://www.openstreetmap.org/?mlat=45.7676&mlon=4.8345#map=15/45.7676/4.8345',
    );
    const links = r.blocks.find((b) => b.type === 'text' && b.text.includes('openstreetmap'));
    expect(links?.type === 'text' && links.text.split('\n')).toHaveLength(6);
    const block = r.blocks.find((b) => b.type === 'chart');
    if (block?.type !== 'chart') throw new Error('no chart');
    const spec = block.spec as Extract<ChartSpecInput, { type: 'map' }>;
    expect(spec.type).toBe('map');
    // The stops in the day's order, each named by its commune.
    expect(spec.stops.map((s) => s.lat)).toEqual(d.stops.map((s: Data) => s.lat));
    expect(spec.stops.map((s) => s.label)).toContain('Bourg-en-Bresse');
    expect(spec.start).toMatchObject({ lat: 45.7453, lon: 4.842, label: 'Départ' });
    const png = await renderer.render(spec);
    expect(pngSize(png.png)).toEqual({ width: 900, height: 700 });
    mkdirSync(ARTIFACTS, { recursive: true });
    writeFileSync(new URL('route-map.png', ARTIFACTS), png.png);
  });

  it('shows a round inside one town with the départements around it', async () => {
    await core.run('/prospect add "A" postal_code:69001 city:Lyon');
    await core.run('/prospect add "B" postal_code:69003 city:Lyon');
    const r = await core.run('/plan route date:2026-12-01 prospects:"P-1, P-2"');
    const block = r.blocks.find((b) => b.type === 'chart');
    if (block?.type !== 'chart') throw new Error('no chart');
    const png = await renderer.render(block.spec);
    mkdirSync(ARTIFACTS, { recursive: true });
    writeFileSync(new URL('route-map-town.png', ARTIFACTS), png.png);
    expect(png.png.length).toBeGreaterThan(10_000);
  });
});
