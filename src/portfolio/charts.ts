import type { ChartSpecInput } from '../charts/spec.ts';
import type { Locale } from '../domain/ids.ts';
import type { AbcResult } from './analytics/abc.ts';
import type { RfmResult } from './analytics/rfm.ts';

/** Categories year against year: one bar series per year (oldest first), categories along the axis. */
export function summaryChart(o: {
  title: string;
  alt: string;
  locale: Locale;
  categories: string[];
  years: { label: string; values: number[] }[];
}): ChartSpecInput {
  return {
    type: 'bar',
    title: o.title,
    alt: o.alt,
    locale: o.locale,
    labels: o.categories,
    series: o.years.map((y) => ({ label: y.label, values: y.values })),
    format: 'money',
  };
}

/** Points on the Pareto curve: the cumulative share at each percent of customers, 0 … 100. */
export function paretoPoints(abc: AbcResult): { x: number; y: number; class: 'A' | 'B' | 'C' }[] {
  const n = abc.ranked.length;
  return Array.from({ length: 101 }, (_, p) => {
    const k = Math.round((p / 100) * n);
    const c = k === 0 ? undefined : abc.ranked[k - 1];
    return { x: p / 100, y: c?.cumulative ?? 0, class: c?.class ?? 'A' };
  });
}

/**
 * The Pareto curve as a line chart: x = share of customers (ranked by revenue), y = cumulative
 * share of revenue, drawn in one colour per class (so the cut-offs show where the colour changes),
 * with the two thresholds as flat reference lines.
 */
export function paretoChart(o: {
  title: string;
  subtitle: string;
  alt: string;
  locale: Locale;
  abc: AbcResult;
  classLabel: (c: 'A' | 'B' | 'C') => string;
  thresholdLabel: (c: 'A' | 'B', v: number) => string;
  xTitle: string;
  yTitle: string;
  percentLabel: (v: number) => string;
}): ChartSpecInput {
  const pts = paretoPoints(o.abc);
  // A class's segment also takes the next point, so the three colours join without a gap.
  const seg = (cls: 'A' | 'B' | 'C') =>
    pts.map((p, i) =>
      p.class === cls || (i > 0 && pts[i - 1]?.class === cls) || (i === 0 && cls === 'A') ? p.y : null,
    );
  return {
    type: 'line',
    title: o.title,
    subtitle: o.subtitle,
    alt: o.alt,
    locale: o.locale,
    labels: pts.map((p) => o.percentLabel(p.x)),
    series: [
      { label: o.classLabel('A'), values: seg('A'), color: '#2563eb' },
      { label: o.classLabel('B'), values: seg('B'), color: '#d97706' },
      { label: o.classLabel('C'), values: seg('C'), color: '#dc2626' },
      {
        label: o.thresholdLabel('A', o.abc.thresholds.a),
        values: pts.map(() => o.abc.thresholds.a),
        color: '#94a3b8',
      },
      {
        label: o.thresholdLabel('B', o.abc.thresholds.b),
        values: pts.map(() => o.abc.thresholds.b),
        color: '#64748b',
      },
    ],
    format: 'percent',
    xTitle: o.xTitle,
    yTitle: o.yTitle,
  };
}

/** F = 1 … 5 from light to dark, so the stacked bars read as a heat scale. */
const F_COLORS = ['#bfdbfe', '#93c5fd', '#60a5fa', '#2563eb', '#1e3a8a'];

/** The R × F segment map as stacked bars: one bar per R score, one slice per F score, height = customers. */
export function rfmChart(o: {
  title: string;
  subtitle: string;
  alt: string;
  locale: Locale;
  rfm: RfmResult;
  rLabel: (r: number) => string;
  fLabel: (f: number) => string;
  measure: 'customers' | 'revenue';
  xTitle: string;
  yTitle: string;
}): ChartSpecInput {
  return {
    type: 'bar',
    title: o.title,
    subtitle: o.subtitle,
    alt: o.alt,
    locale: o.locale,
    labels: [1, 2, 3, 4, 5].map(o.rLabel),
    series: [1, 2, 3, 4, 5].map((f) => ({
      label: o.fLabel(f),
      values: o.rfm.grid.map((row) => row[f - 1]?.[o.measure] ?? 0),
      color: F_COLORS[f - 1] as string,
    })),
    stacked: true,
    format: o.measure === 'customers' ? 'integer' : 'money',
    xTitle: o.xTitle,
    yTitle: o.yTitle,
  };
}

/** The rates of `/portfolio value` as horizontal bars (null rates are left out of the bars, kept in the table). */
export function valueChart(o: {
  title: string;
  alt: string;
  locale: Locale;
  rates: { label: string; value: number | null }[];
}): ChartSpecInput {
  return {
    type: 'bar',
    title: o.title,
    alt: o.alt,
    locale: o.locale,
    labels: o.rates.map((r) => r.label),
    series: [{ label: o.title, values: o.rates.map((r) => r.value) }],
    horizontal: true,
    format: 'percent',
  };
}
