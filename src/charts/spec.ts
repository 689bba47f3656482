import { z } from 'zod';
import { NetworkChartSpec, TreeChartSpec } from './diagram-spec.ts';
import { MapChartSpec } from './map-spec.ts';
import { chartTextFields } from './spec-fields.ts';

/**
 * A chart described in the domain's terms, channel- and renderer-neutral. Strings are already
 * localized by the handler; numbers are exact and formatted by the renderer in `locale`.
 */
const ValueFormat = z.enum(['number', 'integer', 'money', 'percent']);
export type ValueFormat = z.infer<typeof ValueFormat>;

const Common = {
  ...chartTextFields,
  /** Text alternative read by screen readers and shown where images are not. */
  alt: z.string().min(1).max(1000),
  width: z.number().int().min(200).max(1024).default(800),
  height: z.number().int().min(150).max(1024).default(450),
};

const Series = z.object({
  label: z.string().max(120),
  values: z.array(z.number().nullable()),
  /** A CSS colour; the renderer picks from its palette when absent. */
  color: z.string().max(40).optional(),
});
export type ChartSeries = z.infer<typeof Series>;

export const FunnelChartSpec = z.object({
  type: z.literal('funnel'),
  ...Common,
  stages: z
    .array(
      z.object({
        label: z.string().max(80),
        value: z.number().nonnegative(),
        /** The rate shown beside this stage instead of a conversion: null shows n.d./n/a; absent, nothing. */
        rate: z.number().nullable().optional(),
        /** A mark after the rate (`*`) that the subtitle explains. */
        rateNote: z.string().max(4).optional(),
      }),
    )
    .min(1)
    .max(12),
  /** Conversion from the previous stage (0..1), null where the previous stage is 0; first entry is ignored. */
  conversions: z.array(z.number().nullable()).optional(),
  /** Heading of the conversion column (default `Conversion`). */
  conversionTitle: z.string().max(40).optional(),
});

export const BarChartSpec = z.object({
  type: z.literal('bar'),
  ...Common,
  labels: z.array(z.string().max(80)).min(1).max(200),
  series: z.array(Series).min(1).max(12),
  horizontal: z.boolean().default(false),
  stacked: z.boolean().default(false),
  format: ValueFormat.default('number'),
  xTitle: z.string().max(80).optional(),
  yTitle: z.string().max(80).optional(),
});

export const LineChartSpec = z.object({
  type: z.literal('line'),
  ...Common,
  labels: z.array(z.string().max(80)).min(1).max(400),
  series: z.array(Series).min(1).max(12),
  format: ValueFormat.default('number'),
  xTitle: z.string().max(80).optional(),
  yTitle: z.string().max(80).optional(),
});

export const DoughnutChartSpec = z.object({
  type: z.literal('doughnut'),
  ...Common,
  labels: z.array(z.string().max(80)).min(1).max(24),
  values: z.array(z.number().nonnegative()),
  format: ValueFormat.default('number'),
});

/** Points on two numeric axes (e.g. a visit round by longitude/latitude), each series optionally joined in order. */
export const ScatterChartSpec = z.object({
  type: z.literal('scatter'),
  ...Common,
  series: z
    .array(
      z.object({
        label: z.string().max(120),
        points: z
          .array(z.object({ x: z.number(), y: z.number(), label: z.string().max(40).optional() }))
          .max(500),
        /** Join the points in order with a line (a route). */
        line: z.boolean().default(false),
        color: z.string().max(40).optional(),
      }),
    )
    .min(1)
    .max(6),
  /** Same scale on both axes (a map: x and y in the same unit once x is multiplied by `xScale`). */
  equalAxes: z.boolean().default(false),
  /** Ground length of one x unit relative to one y unit (cos(latitude) for longitude against latitude). */
  xScale: z.number().positive().default(1),
  xTitle: z.string().max(80).optional(),
  yTitle: z.string().max(80).optional(),
});

export const ChartSpec = z.discriminatedUnion('type', [
  FunnelChartSpec,
  BarChartSpec,
  LineChartSpec,
  DoughnutChartSpec,
  ScatterChartSpec,
  TreeChartSpec,
  NetworkChartSpec,
  MapChartSpec,
]);
/** What handlers write (defaults optional). */
export type ChartSpecInput = z.input<typeof ChartSpec>;
/** What renderers receive (defaults filled). */
export type ChartSpec = z.output<typeof ChartSpec>;

export interface RenderedChart {
  png: Uint8Array;
  width: number;
  height: number;
  /** sha256 of the PNG bytes, hex: same input, same pixels, same hash. */
  sha256: string;
}

/** Turns a spec into a PNG; implementations: in-process Chart.js (default) and QuickChart. */
export interface ChartRenderer {
  readonly name: 'local' | 'quickchart';
  render(spec: ChartSpecInput): Promise<RenderedChart>;
  close(): Promise<void>;
}
