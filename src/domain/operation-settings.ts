import { z } from 'zod';
import type { CollectionDef, TeamView } from '../store/types.ts';
import { BANT, type Criterion } from './operation-ids.ts';

/**
 * A team's rates and defaults for operations: one record (`id: team`) in the `operations`
 * collection. Absent fields take the defaults below, which every reply states.
 */
export const OperationsSettings = z.object({
  id: z.literal('team'),
  /** Loaded hourly cost of a rep (salary and charges), excluding tax. */
  hourlyCost: z.number().nonnegative().optional(),
  /** Member id → loaded hourly cost, overriding the team's. */
  repHourlyCosts: z.record(z.string(), z.number().nonnegative()).optional(),
  kmRate: z.number().nonnegative().optional(),
  /** Taux de marque (margin / revenue HT), 0..1: the margin of a signature logged without one. */
  markupRate: z.number().min(0).max(1).optional(),
  weights: z.record(z.string(), z.number().min(0).max(10)).optional(),
  /** Score thresholds (0..100) of the hot and warm priorities. */
  hotFrom: z.number().min(0).max(100).optional(),
  warmFrom: z.number().min(0).max(100).optional(),
  updatedAt: z.iso.datetime({ offset: true }),
});
export type OperationsSettings = z.infer<typeof OperationsSettings>;

export const operationsCollection: CollectionDef<OperationsSettings> = {
  name: 'operations',
  schema: OperationsSettings,
  version: 1,
};

/** Defaults when the team has set nothing: stated in replies and in docs/operations.md. */
export const DEFAULTS = {
  hourlyCost: 30,
  kmRate: 0.6,
  weights: { budget: 1, authority: 1, need: 1, timing: 1 } as Record<Criterion, number>,
  hotFrom: 70,
  warmFrom: 40,
  /** Planning (`/plan`): minutes, hours a day, km/h. */
  visitMin: 60,
  travelMin: 30,
  callMin: 5,
  hoursPerDay: 7,
  speedKmh: 50,
} as const;

/** The settings with defaults filled in. */
export interface Rates {
  hourlyCost: number;
  repHourlyCosts: Readonly<Record<string, number>>;
  kmRate: number;
  markupRate: number | null;
  weights: Record<Criterion, number>;
  hotFrom: number;
  warmFrom: number;
}

export function ratesOf(view: TeamView): Rates {
  const s = view.collection(operationsCollection).get('team');
  const weights = { ...DEFAULTS.weights };
  for (const c of BANT) {
    const w = s?.weights?.[c];
    if (w !== undefined) weights[c] = w;
  }
  return {
    hourlyCost: s?.hourlyCost ?? DEFAULTS.hourlyCost,
    repHourlyCosts: s?.repHourlyCosts ?? {},
    kmRate: s?.kmRate ?? DEFAULTS.kmRate,
    markupRate: s?.markupRate ?? null,
    weights,
    hotFrom: s?.hotFrom ?? DEFAULTS.hotFrom,
    warmFrom: s?.warmFrom ?? DEFAULTS.warmFrom,
  };
}
