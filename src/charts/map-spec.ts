import { z } from 'zod';
import { chartTextFields } from './spec-fields.ts';

/**
 * A round drawn on the map of France: the stops in the day's order over the outlines of the
 * départements around them, each numbered and named, joined by the path (back to the start when
 * there is one). Coordinates are WGS84 degrees.
 */
const Point = z.object({ lat: z.number().min(-90).max(90), lon: z.number().min(-180).max(180) });

export const MapChartSpec = z.object({
  type: z.literal('map'),
  ...chartTextFields,
  alt: z.string().min(1).max(2000),
  width: z.number().int().min(300).max(1400).default(900),
  height: z.number().int().min(250).max(1400).default(700),
  /** Where the round leaves from and comes back to (drawn as a square). */
  start: Point.extend({ label: z.string().max(60).optional() }).optional(),
  stops: z
    .array(Point.extend({ label: z.string().max(60) }))
    .min(1)
    .max(40),
});

export type MapChartSpec = z.output<typeof MapChartSpec>;
