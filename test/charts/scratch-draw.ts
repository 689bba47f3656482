import { mkdirSync, writeFileSync } from 'node:fs';
import { drawChartPng, prepareChartRuntime } from '../../src/charts/draw.ts';
import { ChartSpec, type ChartSpecInput } from '../../src/charts/spec.ts';

prepareChartRuntime();
mkdirSync('test-artifacts/charts', { recursive: true });
const specs: Record<string, ChartSpecInput> = {
  funnel: {
    type: 'funnel',
    title: 'Entonnoir de prospection — mars 2026',
    subtitle: 'Équipe Lyon · appels et porte-à-porte',
    alt: 'x',
    locale: 'fr',
    stages: [
      { label: 'Ciblés', value: 1240 },
      { label: 'Tentés', value: 980 },
      { label: 'Joints', value: 412 },
      { label: 'Argumentés', value: 240 },
      { label: 'RDV', value: 80 },
      { label: 'Visités', value: 62 },
      { label: 'Propositions', value: 0 },
      { label: 'Signés', value: 9 },
    ],
  },
  compare: {
    type: 'bar',
    title: "Chiffre d'affaires HT : ce trimestre vs trimestre précédent",
    alt: 'x',
    locale: 'fr',
    horizontal: true,
    format: 'money',
    labels: ['Grands comptes', 'PME', 'Artisans', 'Particuliers', 'Collectivités'],
    series: [
      { label: 'T1 2026', values: [48250.5, 31200, 12890.75, 5400, null] },
      { label: 'T4 2025', values: [41000, 33950, 9870, 6120.4, 2200] },
    ],
  },
  bar: {
    type: 'bar',
    title: 'Monthly revenue',
    alt: 'x',
    locale: 'en',
    format: 'money',
    labels: ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun'],
    series: [
      { label: '2026', values: [12000, 15400, 9800, 22000, 18750.5, 20100] },
      { label: '2025', values: [10000, 14000, 11000, 17000, 16000, 19000] },
    ],
  },
  stacked: {
    type: 'bar',
    title: 'Activités par type',
    alt: 'x',
    locale: 'fr',
    stacked: true,
    format: 'integer',
    labels: ['S10', 'S11', 'S12', 'S13'],
    series: [
      { label: 'Appels', values: [120, 98, 140, 132] },
      { label: 'E-mails', values: [40, 52, 38, 61] },
      { label: 'Visites', values: [12, 9, 15, 4] },
    ],
  },
  line: {
    type: 'line',
    title: 'Taux de prise de RDV',
    alt: 'x',
    locale: 'fr',
    format: 'percent',
    labels: ['S10', 'S11', 'S12', 'S13', 'S14', 'S15'],
    series: [{ label: 'Équipe', values: [0.12, 0.15, null, 0.18, 0.2, 0.173] }],
  },
  doughnut: {
    type: 'doughnut',
    title: 'Répartition du CA par catégorie',
    alt: 'x',
    locale: 'fr',
    format: 'money',
    labels: ['Grands comptes', 'PME', 'Artisans', 'Particuliers', 'Autres'],
    values: [48250.5, 31200, 12890.75, 5400, 800],
  },
};
for (const [name, input] of Object.entries(specs)) {
  const spec = ChartSpec.parse(input);
  const t = performance.now();
  const png = drawChartPng(spec);
  console.log(name, (performance.now() - t).toFixed(1), 'ms', png.length);
  writeFileSync(`test-artifacts/charts/${name}.png`, png);
}
