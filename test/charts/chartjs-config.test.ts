import { describe, expect, it } from 'vitest';
import { toChartJsConfig } from '../../src/charts/chartjs-config.ts';
import { createTickCallback, createValueFormatter } from '../../src/charts/format.ts';
import { ChartSpec, type ChartSpecInput } from '../../src/charts/spec.ts';
import { createFormatter } from '../../src/i18n/format.ts';
import { comparisonSpec, doughnutSpec, funnelSpec } from './fixtures.ts';

// Exactly what this Node's ICU writes: U+202F groups thousands in French, U+00A0 precedes € and %.
const NNBSP = '\u202f';
const NBSP = '\u00a0';

const config = (input: ChartSpecInput) => toChartJsConfig(ChartSpec.parse(input));
// biome-ignore lint/suspicious/noExplicitAny: the tests read plugin options Chart.js does not type
const pluginOptions = (input: ChartSpecInput): any => config(input).options?.plugins;

describe('value formatting', () => {
  it('formats French money, percent and missing ratios', () => {
    const fr = createValueFormatter('fr', 'EUR');
    expect(fr.full(1234.5, 'money')).toBe(`1${NNBSP}234,50${NBSP}€`);
    expect(fr.full(80 / 240, 'percent')).toBe(`33,3${NBSP}%`);
    expect(fr.full(1234567, 'integer')).toBe(`1${NNBSP}234${NNBSP}567`);
    expect(fr.full(null, 'percent')).toBe('n.d.');
    expect(fr.short(12_345, 'money')).toBe(`12,3${NBSP}k${NBSP}€`);
  });

  it('formats English money, percent and missing ratios', () => {
    const en = createValueFormatter('en', 'EUR');
    expect(en.full(1234.5, 'money')).toBe('€1,234.50');
    expect(en.full(80 / 240, 'percent')).toBe('33.3%');
    expect(en.full(1234567.891, 'number')).toBe('1,234,567.89');
    expect(en.full(null, 'money')).toBe('n/a');
    expect(en.short(12_345, 'money')).toBe('€12.3k');
  });

  it('writes the same full values as the i18n formatter', () => {
    for (const locale of ['fr', 'en'] as const) {
      const ours = createValueFormatter(locale, 'USD');
      const theirs = createFormatter(locale, 'USD');
      for (const v of [0, 0.5, 12.345, 1234.5, -9876543.21]) {
        expect(ours.full(v, 'money')).toBe(theirs.money(v));
        expect(ours.full(v, 'integer')).toBe(theirs.integer(v));
        expect(ours.full(v, 'number')).toBe(theirs.number(v, 2));
        expect(ours.full(v / 100, 'percent')).toBe(theirs.percent(v / 100));
      }
    }
  });

  it('formats axis ticks in the locale with a callback that closes over nothing', () => {
    const money = createTickCallback('money', 'fr', 'EUR');
    expect(money(25000)).toBe(`25${NNBSP}000${NBSP}€`);
    expect(money(0.5)).toBe(`0,5${NBSP}€`);
    expect(createTickCallback('percent', 'en', 'EUR')(0.25)).toBe('25%');
    expect(createTickCallback('percent', 'fr', 'EUR')(0.125)).toBe(`12,5${NBSP}%`);
    // Rebuilt from its source text alone, as a QuickChart server does, it still works.
    const rebuilt = new Function(`return (${String(money)})`)() as (v: number) => string;
    expect(rebuilt(1234)).toBe(`1${NNBSP}234${NBSP}€`);
  });
});

describe('funnel config', () => {
  it('has one floating bar per stage, centred on 0', () => {
    const c = config(funnelSpec);
    expect(c.type).toBe('bar');
    expect(c.options?.indexAxis).toBe('y');
    expect(c.data.labels).toEqual([
      'Ciblés',
      'Tentés',
      'Joints',
      'Argumentés',
      'RDV obtenus',
      'Visités',
      'Propositions',
      'Signés',
    ]);
    expect(c.data.datasets).toHaveLength(1);
    const data = c.data.datasets[0]?.data as [number, number][];
    expect(data).toHaveLength(8);
    expect(data[0]).toEqual([-620, 620]);
    expect(data[2]).toEqual([-206, 206]);
    expect(Object.is(data[6]?.[0], 0)).toBe(true);
    // biome-ignore lint/suspicious/noExplicitAny: scale options are a union Chart.js cannot narrow here
    const x = c.options?.scales?.x as any;
    expect([x.min, x.max, x.display]).toEqual([-620, 620, false]);
  });

  it('labels each stage with its count and the conversion from the previous stage', () => {
    const labels = pluginOptions(funnelSpec).prospectaFunnelLabels;
    expect(labels.counts).toEqual([`1${NNBSP}240`, '980', '412', '240', '80', '62', '0', '9']);
    expect(labels.conversions).toEqual([
      '',
      `79,0${NBSP}%`,
      `42,0${NBSP}%`,
      `58,3${NBSP}%`,
      `33,3${NBSP}%`,
      `77,5${NBSP}%`,
      `0,0${NBSP}%`,
      'n.d.', // after a zero stage
    ]);
    expect(labels.header).toBe('Conversion');
  });

  it('uses the conversions the spec gives, null as n/a in English', () => {
    const labels = pluginOptions({
      type: 'funnel',
      title: 'Funnel',
      alt: 'Funnel',
      locale: 'en',
      conversionTitle: 'Step rate',
      stages: [
        { label: 'Reached', value: 240 },
        { label: 'Appointments', value: 80 },
        { label: 'Signed', value: 0 },
      ],
      conversions: [null, 1 / 3, null],
    }).prospectaFunnelLabels;
    expect(labels.counts).toEqual(['240', '80', '0']);
    expect(labels.conversions).toEqual(['', '33.3%', 'n/a']);
    expect(labels.header).toBe('Step rate');
  });
});

describe('bar, line and doughnut configs', () => {
  it('builds a horizontal two-series comparison with a legend and French value labels', () => {
    const c = config(comparisonSpec);
    expect(c.options?.indexAxis).toBe('y');
    expect(c.data.datasets.map((d) => d.label)).toEqual(['T1 2026', 'T4 2025']);
    expect(c.data.datasets.map((d) => d.backgroundColor)).toEqual(['#2563eb', '#d97706']);
    const plugins = pluginOptions(comparisonSpec);
    expect(plugins.legend.display).toBe(true);
    expect(plugins.prospectaValueLabels.labels[0]).toEqual([
      `48${NNBSP}250,50${NBSP}€`,
      `31${NNBSP}200,00${NBSP}€`,
      `12${NNBSP}890,75${NBSP}€`,
      `5${NNBSP}400,00${NBSP}€`,
      'n.d.',
    ]);
    // biome-ignore lint/suspicious/noExplicitAny: scale options are a union Chart.js cannot narrow here
    const x = c.options?.scales?.x as any;
    expect(x.ticks.callback(40000)).toBe(`40${NNBSP}000${NBSP}€`);
  });

  it('hides the legend for a single series and stacks when asked', () => {
    const input: ChartSpecInput = {
      type: 'bar',
      title: 'T',
      alt: 'T',
      locale: 'en',
      stacked: true,
      labels: ['a', 'b'],
      series: [{ label: 'only', values: [1, 2] }],
    };
    const c = config(input);
    // biome-ignore lint/suspicious/noExplicitAny: scale options are a union Chart.js cannot narrow here
    const scales = c.options?.scales as any;
    expect([scales.x.stacked, scales.y.stacked]).toEqual([true, true]);
    expect(pluginOptions(input).legend.display).toBe(false);
    expect(pluginOptions(input).prospectaValueLabels.position).toBe('center');
  });

  it('gives each doughnut part its value and share in the legend', () => {
    const c = config(doughnutSpec);
    expect(c.data.labels?.[0]).toBe(`Grands comptes — 48${NNBSP}250,50${NBSP}€ (49,4${NBSP}%)`);
    expect(pluginOptions(doughnutSpec).prospectaValueLabels.labels[0]).toEqual([
      `49,4${NBSP}%`,
      `31,9${NBSP}%`,
      `13,2${NBSP}%`,
      `5,5${NBSP}%`,
    ]);
  });

  it('renders statically, at the spec size, on an opaque background', () => {
    for (const input of [funnelSpec, comparisonSpec, doughnutSpec]) {
      const c = config(input);
      expect(c.options).toMatchObject({ animation: false, responsive: false, devicePixelRatio: 1 });
      expect(pluginOptions(input).prospectaBackground.color).toMatch(/^#[0-9a-f]{6}$/);
      expect(c.plugins?.[0]?.id).toBe('prospectaBackground');
    }
  });

  it('serializes every function so that it runs without its module', () => {
    for (const input of [funnelSpec, comparisonSpec, doughnutSpec]) {
      for (const plugin of config(input).plugins ?? []) {
        for (const hook of Object.values(plugin).filter((v) => typeof v === 'function')) {
          expect(() => new Function(`return (${String(hook)})`)()).not.toThrow();
          expect(String(hook)).not.toMatch(/__name|__vite|import\.meta/);
        }
      }
    }
  });
});
