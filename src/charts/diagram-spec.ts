import { z } from 'zod';
import { chartTextFields } from './spec-fields.ts';

/**
 * Diagrams drawn box by box rather than by Chart.js datasets: an org chart (tree) and a network
 * map. They share the other specs' fields, but may be taller: a 40-box org chart needs the room.
 */
const Common = {
  ...chartTextFields,
  alt: z.string().min(1).max(2000),
  width: z.number().int().min(200).max(1400).default(1024),
  height: z.number().int().min(150).max(1600).default(700),
};

/** An org chart: boxes (a name, a job title) joined to the box they report to. */
export const TreeChartSpec = z.object({
  type: z.literal('tree'),
  ...Common,
  nodes: z
    .array(
      z.object({
        id: z.string().min(1).max(40),
        label: z.string().min(1).max(80),
        sublabel: z.string().max(120).optional(),
        /** The node above; absent (or unknown) at the top. */
        parent: z.string().max(40).optional(),
      }),
    )
    .min(1)
    .max(80),
});

/**
 * A network map: a centre (the rep or the team), one quadrant per contact type, one ring per
 * strength (the first ring is the closest), a dot and a label per contact.
 */
export const NetworkChartSpec = z.object({
  type: z.literal('network'),
  ...Common,
  center: z.string().min(1).max(60),
  sectors: z
    .array(z.object({ label: z.string().min(1).max(60), color: z.string().max(40).optional() }))
    .min(1)
    .max(4),
  /** Ring captions, closest first (`fort`, `moyen`, `faible`). */
  rings: z.array(z.string().min(1).max(30)).min(1).max(5),
  nodes: z
    .array(
      z.object({
        label: z.string().min(1).max(80),
        sublabel: z.string().max(80).optional(),
        sector: z.number().int().min(0).max(3),
        ring: z.number().int().min(0).max(4),
      }),
    )
    .max(120),
});

export type TreeChartSpec = z.output<typeof TreeChartSpec>;
export type NetworkChartSpec = z.output<typeof NetworkChartSpec>;
