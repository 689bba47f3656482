import { drawChartPng, prepareChartRuntime } from '../../src/charts/draw.ts';
import { toChartJsConfig } from '../../src/charts/chartjs-config.ts';
import { ChartSpec } from '../../src/charts/spec.ts';
prepareChartRuntime();
const mk = (n: number) => ChartSpec.parse({ type: 'bar', title: 'Monthly revenue', alt: 'x', locale: 'fr', format: 'money', labels: ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun'], series: [{ label: '2026', values: [12000 + n, 15400, 9800, 22000, 18750.5, 20100] }, { label: '2025', values: [10000, 14000, 11000, 17000, 16000, 19000] }] });
const times: number[] = []; const cfg: number[] = [];
for (let i = 0; i < 100; i++) { const spec = mk(i); let t = performance.now(); toChartJsConfig(spec); cfg.push(performance.now() - t); t = performance.now(); drawChartPng(spec); times.push(performance.now() - t); }
const s = times.slice(20).sort((a, b) => a - b); const c = cfg.slice(20).sort((a, b) => a - b);
console.log('draw p50', s[40]!.toFixed(2), 'p99', s[s.length - 1]!.toFixed(2), 'config p50', c[40]!.toFixed(3));
