import { drawChartPng, prepareChartRuntime } from '../../src/charts/draw.ts';
import { ChartSpec } from '../../src/charts/spec.ts';

prepareChartRuntime();
const mk = (n: number) =>
  ChartSpec.parse({
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
const specs = Array.from({ length: 400 }, (_, i) => mk(i));
for (let i = 0; i < 50; i++) drawChartPng(specs[i]!);
const t = performance.now();
const c0 = process.cpuUsage();
for (let i = 50; i < 400; i++) drawChartPng(specs[i]!);
const c = process.cpuUsage(c0);
console.log(
  'wall avg',
  ((performance.now() - t) / 350).toFixed(2),
  'cpu avg',
  ((c.user + c.system) / 1000 / 350).toFixed(2),
);
