import { writeFileSync } from 'node:fs';
import { drawChartPng, prepareChartRuntime } from '../../src/charts/draw.ts';
import { ChartSpec, type ChartSpecInput } from '../../src/charts/spec.ts';

prepareChartRuntime();
const long =
  'Évolution du chiffre d’affaires hors taxes par commercial et par catégorie de clients sur les douze derniers mois glissants, comparée à la même période de l’année précédente';
const specs: Record<string, ChartSpecInput> = {
  zeros: {
    type: 'funnel',
    title: 'Vide',
    alt: 'x',
    locale: 'fr',
    stages: [
      { label: 'A', value: 0 },
      { label: 'B', value: 0 },
    ],
  },
  one: {
    type: 'funnel',
    title: 'One',
    alt: 'x',
    locale: 'en',
    width: 200,
    height: 150,
    stages: [{ label: 'A', value: 5 }],
  },
  many: {
    type: 'bar',
    title: long,
    subtitle: long,
    alt: 'x',
    locale: 'fr',
    width: 600,
    height: 400,
    labels: Array.from({ length: 200 }, (_, i) => `Commercial numéro ${i}`),
    series: [{ label: 'CA', values: Array.from({ length: 200 }, (_, i) => i * 37.5) }],
  },
  dz: { type: 'doughnut', title: 'Zero', alt: 'x', locale: 'en', labels: ['a', 'b'], values: [0, 0] },
  neg: {
    type: 'bar',
    title: 'Évolution',
    alt: 'x',
    locale: 'fr',
    format: 'percent',
    labels: ['A', 'B', 'C'],
    series: [{ label: 'x', values: [0.12, -0.08, null] }],
  },
  negh: {
    type: 'bar',
    title: 'Évolution',
    alt: 'x',
    locale: 'en',
    horizontal: true,
    format: 'percent',
    labels: ['A', 'B', 'C'],
    series: [{ label: 'x', values: [0.12, -0.08, null] }],
  },
};
for (const [name, s] of Object.entries(specs)) {
  const png = drawChartPng(ChartSpec.parse(s));
  writeFileSync(`test-artifacts/charts/edge-${name}.png`, png);
  console.log(name, png.length);
}
