import { mkdirSync, writeFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ZodError } from 'zod';
import { createLocalRenderer, type LocalChartRenderer } from '../../src/charts/local-renderer.ts';
import { pngSize } from '../../src/charts/png-encode.ts';
import { MAX_PNG_BYTES } from '../../src/charts/render-cache.ts';
import type { ChartSpecInput } from '../../src/charts/spec.ts';
import { comparisonSpec, doughnutSpec, funnelSpec, lineSpec, stackedSpec } from './fixtures.ts';

const PNG_SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
const ARTIFACTS = new URL('../../test-artifacts/charts/', import.meta.url);

let renderer: LocalChartRenderer;
beforeAll(async () => {
  renderer = createLocalRenderer({ threads: 2 });
  await renderer.warmUp();
});
afterAll(() => renderer.close());

describe('local renderer', () => {
  it.each([
    ['funnel', funnelSpec, 800, 450],
    ['horizontal comparison bar', comparisonSpec, 800, 450],
    ['stacked bar', stackedSpec, 600, 300],
    ['line', lineSpec, 800, 450],
    ['doughnut', doughnutSpec, 640, 400],
  ] as const)('renders a %s chart as a PNG of the spec size', async (_name, spec, width, height) => {
    const chart = await renderer.render(spec);
    expect([...chart.png.subarray(0, 8)]).toEqual(PNG_SIGNATURE);
    expect(pngSize(chart.png)).toEqual({ width, height });
    expect([chart.width, chart.height]).toEqual([width, height]);
    expect(chart.png.length).toBeGreaterThan(2_000);
    expect(chart.png.length).toBeLessThanOrEqual(MAX_PNG_BYTES);
    expect(chart.sha256).toMatch(/^[0-9a-f]{64}$/);
  });

  it('renders the largest allowed chart under 1 MB', async () => {
    const chart = await renderer.render({ ...lineSpec, width: 1024, height: 1024 });
    expect(pngSize(chart.png)).toEqual({ width: 1024, height: 1024 });
    expect(chart.png.length).toBeLessThanOrEqual(MAX_PNG_BYTES);
  });

  it('gives byte-identical PNGs for the same spec in two renderers, and different bytes for another number', async () => {
    const other = createLocalRenderer({ threads: 1, cacheSize: 0 });
    try {
      const a = await renderer.render(comparisonSpec);
      const b = await other.render(comparisonSpec);
      expect(Buffer.from(b.png).equals(Buffer.from(a.png))).toBe(true);
      expect(b.sha256).toBe(a.sha256);
      const changed = structuredClone(comparisonSpec) as Extract<ChartSpecInput, { type: 'bar' }>;
      (changed.series[0] as { values: (number | null)[] }).values[1] = 31_201;
      const c = await other.render(changed);
      expect(c.sha256).not.toBe(a.sha256);
    } finally {
      await other.close();
    }
  });

  it('serves an identical spec from the cache and joins identical requests in flight', async () => {
    const own = createLocalRenderer({ threads: 1 });
    try {
      const spec = { ...stackedSpec, title: 'Cache test' };
      const [a, b, c] = await Promise.all([own.render(spec), own.render(spec), own.render({ ...spec })]);
      expect(own.stats()).toMatchObject({ requests: 3, rendered: 1, joined: 2, cacheHits: 0 });
      const d = await own.render(structuredClone(spec));
      expect(own.stats()).toMatchObject({ requests: 4, rendered: 1, cacheHits: 1 });
      expect(new Set([a.sha256, b.sha256, c.sha256, d.sha256]).size).toBe(1);
      // Callers get their own bytes: spoiling one copy does not spoil the cache.
      d.png.fill(0);
      expect((await own.render(spec)).png[0]).toBe(0x89);
    } finally {
      await own.close();
    }
  });

  it('rejects an invalid spec with a zod error before rendering anything', async () => {
    const before = renderer.stats();
    const invalid = { ...comparisonSpec, width: 5000 };
    await expect(renderer.render(invalid)).rejects.toBeInstanceOf(ZodError);
    await expect(renderer.render({ ...funnelSpec, stages: [] } as ChartSpecInput)).rejects.toBeInstanceOf(
      ZodError,
    );
    expect(renderer.stats().rendered).toBe(before.rendered);
  });

  it('writes the funnel and comparison charts for a human look', async () => {
    mkdirSync(ARTIFACTS, { recursive: true });
    for (const [name, spec] of [
      ['funnel', funnelSpec],
      ['comparison', comparisonSpec],
      ['line', lineSpec],
      ['doughnut', doughnutSpec],
      ['stacked', stackedSpec],
    ] as const) {
      writeFileSync(new URL(`${name}.png`, ARTIFACTS), (await renderer.render(spec)).png);
    }
  });
});
