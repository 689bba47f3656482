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
const P: Record<string, number[]> = {};
const add = (k: string, v: number) => (P[k] ??= []).push(v);
let marks: Record<string, number> = {};
const timing = {
  id: 'timing',
  beforeInit: () => {
    marks.init = performance.now();
  },
  beforeUpdate: () => {
    marks.upd = performance.now();
  },
  afterUpdate: () => {
    marks.updEnd = performance.now();
  },
  beforeDraw: () => {
    marks.draw = performance.now();
  },
  beforeDatasetsDraw: () => {
    marks.ds = performance.now();
  },
  afterDatasetsDraw: () => {
    marks.dsEnd = performance.now();
  },
  afterDraw: () => {
    marks.drawEnd = performance.now();
  },
};
for (let i = 0; i < 300; i++) {
  marks = {};
  const t0 = performance.now();
  const spec = mk(i);
  const cfg = toChartJsConfig(spec);
  const t1 = performance.now();
  cfg.plugins = [timing, ...(cfg.plugins ?? [])];
  const canvas = new Canvas(800, 450);
  const ctx = canvas.getContext('2d');
  const chart = new Chart(ctx as any, cfg);
  const t2 = performance.now();
  const d = canvas.data();
  const t3 = performance.now();
  encodePng(d, 800, 450);
  const t4 = performance.now();
  chart.destroy();
  if (i < 50) continue;
  add('parse+config', t1 - t0);
  add('ctor->init', marks.init! - t1);
  add('init->update', marks.upd! - marks.init!);
  add('update(layout)', marks.updEnd! - marks.upd!);
  add('draw pre-datasets(axes,title,legend)', marks.ds! - marks.draw!);
  add('datasets+labels', marks.dsEnd! - marks.ds!);
  add('after', marks.drawEnd! - marks.dsEnd!);
  add('data() raster', t3 - t2);
  add('encode', t4 - t3);
  add('total', t4 - t0);
}
for (const [k, v] of Object.entries(P)) {
  v.sort((a, b) => a - b);
  console.log(k.padEnd(40), 'p50', v[125]!.toFixed(2), 'min', v[0]!.toFixed(2));
}
