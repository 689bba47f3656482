import { Canvas } from '@napi-rs/canvas';
import { Chart } from 'chart.js';
import { deflateSync, constants } from 'node:zlib';
import { prepareChartRuntime } from '../../src/charts/draw.ts';
import { toChartJsConfig } from '../../src/charts/chartjs-config.ts';
import { ChartSpec } from '../../src/charts/spec.ts';
prepareChartRuntime();
const spec = ChartSpec.parse({ type: 'bar', title: 'Monthly revenue', alt: 'x', locale: 'fr', format: 'money', labels: ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun'], series: [{ label: '2026', values: [12000, 15400, 9800, 22000, 18750.5, 20100] }, { label: '2025', values: [10000, 14000, 11000, 17000, 16000, 19000] }] });
const canvas = new Canvas(800, 450); const chart = new Chart(canvas.getContext('2d') as any, toChartJsConfig(spec));
const raw = canvas.data(); const w = 800, h = 450, stride = w * 4;
const rows = new Uint8Array((stride + 1) * h); for (let y = 0; y < h; y++) rows.set(raw.subarray(y * stride, (y + 1) * stride), y * (stride + 1) + 1);
const rgb = new Uint8Array((w * 3 + 1) * h);
const variants: Record<string, () => number> = {
  l1: () => deflateSync(rows, { level: 1 }).length,
  l1mem9: () => deflateSync(rows, { level: 1, memLevel: 9 }).length,
  l1chunk: () => deflateSync(rows, { level: 1, chunkSize: 256 * 1024 }).length,
  l2: () => deflateSync(rows, { level: 2 }).length,
  rgbconv_l1: () => { for (let y = 0; y < h; y++) { let o = y * (w * 3 + 1) + 1; let s = y * stride; for (let x = 0; x < w; x++, s += 4) { rgb[o++] = raw[s]!; rgb[o++] = raw[s + 1]!; rgb[o++] = raw[s + 2]!; } } return deflateSync(rgb, { level: 1 }).length; },
  rows_copy: () => { for (let y = 0; y < h; y++) rows.set(raw.subarray(y * stride, (y + 1) * stride), y * (stride + 1) + 1); return 0; },
  data: () => canvas.data().length,
};
for (let round = 0; round < 2; round++) for (const [name, fn] of Object.entries(variants)) {
  const t: number[] = []; let size = 0; for (let i = 0; i < 40; i++) { const s = performance.now(); size = fn(); t.push(performance.now() - s); }
  t.sort((a, b) => a - b); if (round) console.log(name.padEnd(12), 'min', t[0]!.toFixed(2), 'p50', t[20]!.toFixed(2), size);
}
chart.destroy();
