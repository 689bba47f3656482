import { describe, expect, it } from 'vitest';
import { prepareChartRuntime } from '../../src/charts/draw.ts';
import { ChartSpec } from '../../src/charts/spec.ts';
import { cachedPrintChart } from '../../src/report/chart-cache.ts';

prepareChartRuntime();

const spec = (values: number[]): ChartSpec =>
  ChartSpec.parse({
    type: 'bar',
    title: 'CA par trimestre',
    alt: 'Barres du CA par trimestre',
    locale: 'fr',
    labels: ['T1', 'T2', 'T3'],
    series: [{ label: '2026', values }],
    width: 400,
    height: 225,
  });

describe('print charts cached by spec', () => {
  it('draws a chart once for the same figures, again when a figure changes', () => {
    const chart = cachedPrintChart();
    const first = chart(spec([1, 2, 3]));
    expect(first.width).toBe(400);
    // PNG, drawn at twice its pixels for print.
    expect(new DataView(first.png.buffer, first.png.byteOffset).getUint32(16)).toBe(800);
    expect(chart(spec([1, 2, 3]))).toBe(first);
    const other = chart(spec([1, 2, 4]));
    expect(other).not.toBe(first);
    expect(Buffer.from(other.png).equals(Buffer.from(first.png))).toBe(false);
  });

  it('keeps no more bytes than its bound: the oldest chart is drawn again', () => {
    const chart = cachedPrintChart(1);
    const first = chart(spec([5, 6, 7]));
    chart(spec([7, 6, 5]));
    const again = chart(spec([5, 6, 7]));
    expect(again).not.toBe(first);
    expect(Buffer.from(again.png).equals(Buffer.from(first.png))).toBe(true);
  });
});
