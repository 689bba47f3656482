import { Canvas } from '@napi-rs/canvas';
import { Chart } from 'chart.js';
import { toChartJsConfig } from '../../src/charts/chartjs-config.ts';
import { prepareChartRuntime } from '../../src/charts/draw.ts';
import { encodePng } from '../../src/charts/png-encode.ts';
import { ChartSpec } from '../../src/charts/spec.ts';

prepareChartRuntime();
const mk = (n: number) =>
  ChartSpec.parse({
    type: 'bar',
    title: 'Monthly revenue',
    alt: 'x',
    locale: 'fr',
    format: 'money',
    labels: ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun'],
    series: [
      { label: '2026', values: [12000 + n, 15400, 9800, 22000, 18750.5, 20100] },
      { label: '2025', values: [10000, 14000, 11000, 17000, 16000, 19000] },
    ],
  });
const pin = process.argv[2] === 'pin';
const T: Record<string, number[]> = { config: [], chart: [], data: [], encode: [], total: [] };
for (let i = 0; i < 150; i++) {
  const t0 = performance.now();
  const cfg = toChartJsConfig(mk(i)) as any;
  let t = performance.now();
  T.config!.push(t - t0);
  const canvas = new Canvas(800, 450);
  if (pin)
    for (const k of ['width', 'height'] as const) {
      const v = canvas[k];
      Object.defineProperty(canvas, k, {
        get: () => v,
        set: (n: number) => {
          if (n !== v) throw new Error('resize');
        },
      });
    }
  const ctx = canvas.getContext('2d');
  ctx.lang = 'fr';
  const chart = new Chart(ctx as any, cfg);
  T.chart!.push(performance.now() - t);
  t = performance.now();
  const d = canvas.data();
  T.data!.push(performance.now() - t);
  t = performance.now();
  encodePng(d, 800, 450);
  T.encode!.push(performance.now() - t);
  chart.destroy();
  T.total!.push(performance.now() - t0);
}
console.log(
  process.argv[2],
  Object.entries(T)
    .map(([k, v]) => {
      const s = v.slice(30).sort((a, b) => a - b);
      return `${k} min ${s[0]!.toFixed(2)} p50 ${s[60]!.toFixed(2)}`;
    })
    .join(' | '),
);
