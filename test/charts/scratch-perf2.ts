import { Canvas } from '@napi-rs/canvas';
import { Chart } from 'chart.js';
import { prepareChartRuntime } from '../../src/charts/draw.ts';
import { toChartJsConfig } from '../../src/charts/chartjs-config.ts';
import { encodePng } from '../../src/charts/png-encode.ts';
import { ChartSpec } from '../../src/charts/spec.ts';
prepareChartRuntime();
const cpu = () => { const u = process.cpuUsage(); return (u.user + u.system) / 1000; };
const mk = (n: number) => ChartSpec.parse({ type: 'bar', title: 'Monthly revenue', alt: 'x', locale: 'fr', format: 'money', labels: ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun'], series: [{ label: '2026', values: [12000 + n, 15400, 9800, 22000, 18750.5, 20100] }, { label: '2025', values: [10000, 14000, 11000, 17000, 16000, 19000] }] });
const variant = process.argv[2] ?? 'full';
const T: Record<string, number[]> = { canvas: [], chart: [], data: [], encode: [], destroy: [] };
for (let i = 0; i < 80; i++) {
  const cfg = toChartJsConfig(mk(i)) as any;
  if (variant === 'nolabels') { cfg.plugins = cfg.plugins.slice(0, 1); }
  if (variant === 'nofont') { cfg.options.font = { size: 12 }; }
  if (variant === 'noplugins') { cfg.plugins = []; }
  if (variant === 'nocb') { cfg.options.scales.y.ticks.callback = undefined; }
  let t = cpu(); const canvas = new Canvas(800, 450); const ctx = canvas.getContext('2d'); ctx.lang = 'fr'; T.canvas!.push(cpu() - t);
  t = cpu(); const chart = new Chart(ctx as any, cfg); T.chart!.push(cpu() - t);
  t = cpu(); const d = canvas.data(); T.data!.push(cpu() - t);
  t = cpu(); encodePng(d, 800, 450); T.encode!.push(cpu() - t);
  t = cpu(); chart.destroy(); T.destroy!.push(cpu() - t);
}
console.log(variant, Object.fromEntries(Object.entries(T).map(([k, v]) => [k, v.slice(20).sort((a, b) => a - b)[30]!.toFixed(2)])));
