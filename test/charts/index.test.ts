import { describe, expect, it } from 'vitest';
import { createChartRenderer, measureChartRendering } from '../../src/charts/index.ts';

describe('createChartRenderer', () => {
  it('needs a URL for the QuickChart renderer', () => {
    expect(() => createChartRenderer({ renderer: 'quickchart' })).toThrow('quickchartUrl');
    expect(() => createChartRenderer({ renderer: 'quickchart', quickchartUrl: 'ftp://x' })).toThrow(
      'http(s)',
    );
  });

  it('builds the local renderer by default and measures it', async () => {
    const renderer = createChartRenderer({ renderer: 'local', threads: 1, cacheSize: 0 });
    try {
      expect(renderer.name).toBe('local');
      const figures = await measureChartRendering(renderer, { runs: 4, warmUpRuns: 1, concurrency: 3 });
      expect(figures.runs).toBe(4);
      expect(figures.p50Ms).toBeGreaterThan(0);
      expect(figures.p99Ms).toBeGreaterThanOrEqual(figures.p50Ms);
      expect(figures.concurrentMaxLoopDelayMs).toBeGreaterThanOrEqual(0);
      expect(figures.medianPngBytes).toBeGreaterThan(2_000);
    } finally {
      await renderer.close();
    }
  });
});
