import { move } from 'piscina';
import { drawChartPng, prepareChartRuntime } from './draw.ts';
import type { ChartSpec } from './spec.ts';

// Once per worker thread: Chart.js registrations and fonts are per-thread globals.
prepareChartRuntime();

/** Piscina task: a spec validated on the main thread in, PNG bytes out (transferred, not copied). */
export default function renderChartTask(spec: ChartSpec): Uint8Array {
  return move(drawChartPng(spec)) as Uint8Array;
}
