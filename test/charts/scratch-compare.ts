import { drawChartPng, prepareChartRuntime } from '../../src/charts/draw.ts';
import { createLocalRenderer } from '../../src/charts/local-renderer.ts';
import { ChartSpec, type ChartSpecInput } from '../../src/charts/spec.ts';

prepareChartRuntime();
const mk = (n: number): ChartSpecInput => ({
  type: 'bar',
  title: "Chiffre d'affaires HT par mois",
  subtitle: 'Cette année et la précédente',
  alt: 'x',
  locale: 'fr',
  format: 'money',
  labels: ['Janv.', 'Févr.', 'Mars', 'Avr.', 'Mai', 'Juin'],
  series: [
    { label: '2026', values: [12000 + n, 15400, 9800, 22000, 18750.5, 20100] },
    { label: '2025', values: [10000, 14000, 11000, 17000, 16000, 19000] },
  ],
});
const r = createLocalRenderer({ cacheSize: 0 });
await r.warmUp();
const inproc: number[] = [];
const e2e: number[] = [];
for (let i = 0; i < 300; i++) {
  let t = performance.now();
  drawChartPng(ChartSpec.parse(mk(i)));
  const a = performance.now() - t;
  t = performance.now();
  await r.render(mk(100000 + i));
  const b = performance.now() - t;
  if (i >= 50) {
    inproc.push(a);
    e2e.push(b);
  }
}
const q = (v: number[], p: number) => v.sort((x, y) => x - y)[Math.floor((v.length - 1) * p)]!.toFixed(2);
console.log(
  'in-process p50',
  q(inproc, 0.5),
  'min',
  q(inproc, 0),
  '| pool e2e p50',
  q(e2e, 0.5),
  'min',
  q(e2e, 0),
  'p99',
  q(e2e, 0.99),
);
await r.close();
