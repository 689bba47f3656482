import { describe, expect, it } from 'vitest';
import { createChartRenderer, toChartJsConfig } from '../../src/charts/index.ts';
import { scatterBounds } from '../../src/charts/scatter-config.ts';
import { ChartSpec, type ChartSpecInput } from '../../src/charts/spec.ts';
import { silentLogger } from '../../src/core/logger.ts';

const route: ChartSpecInput = {
  type: 'scatter',
  title: 'Tournée',
  alt: 'Tournée',
  locale: 'fr',
  equalAxes: true,
  xScale: Math.cos((45.75 * Math.PI) / 180),
  series: [
    {
      label: 'Tournée',
      line: true,
      points: [
        { x: 4.8395, y: 45.7324, label: '0' },
        { x: 4.8867, y: 45.6975, label: '1' },
        { x: 4.8902, y: 45.7719, label: '2' },
        { x: 4.8395, y: 45.7324 },
      ],
    },
  ],
};

describe('scatter chart spec (visit rounds)', () => {
  it('keeps a map’s proportions: one km is as long on both axes', () => {
    const spec = ChartSpec.parse(route);
    if (spec.type !== 'scatter') throw new Error('not a scatter');
    const b = scatterBounds(spec);
    const ratio = ((b.x.max - b.x.min) * spec.xScale) / (b.y.max - b.y.min);
    expect(ratio).toBeCloseTo((spec.width - 90) / (spec.height - 130), 10);
    const config = toChartJsConfig(spec);
    expect(config.type).toBe('scatter');
    expect(config.data.datasets[0]).toMatchObject({
      showLine: true,
      data: [
        { x: 4.8395, y: 45.7324 },
        { x: 4.8867, y: 45.6975 },
        { x: 4.8902, y: 45.7719 },
        { x: 4.8395, y: 45.7324 },
      ],
    });
  });

  it('renders to a PNG with the local renderer', async () => {
    const charts = createChartRenderer({ renderer: 'local', cacheSize: 0, logger: silentLogger, threads: 1 });
    try {
      const png = await charts.render(route);
      expect(png.width).toBe(800);
      expect([...png.png.slice(1, 4)].map((c) => String.fromCharCode(c)).join('')).toBe('PNG');
    } finally {
      await charts.close();
    }
  });
});
