import { Canvas } from '@napi-rs/canvas';
import { Chart, type ChartConfiguration, registerables } from 'chart.js';
import { toChartJsConfig } from './chartjs-config.ts';
import { registerChartFonts } from './fonts.ts';
import { encodePng } from './png-encode.ts';
import type { ChartSpec } from './spec.ts';

/** Registers Chart.js's controllers, scales and plugins and our fonts; idempotent. */
export function prepareChartRuntime(): void {
  Chart.register(...registerables);
  registerChartFonts();
}

/**
 * Chart.js assigns the canvas width and height it already has (retinaScale); on a napi-rs canvas
 * each assignment reallocates and clears the surface, and resets the context (lang included).
 * Shadowing both on this instance makes those assignments no-ops; a real resize is a bug.
 */
function pinSize(canvas: Canvas): Canvas {
  for (const key of ['width', 'height'] as const) {
    const size = canvas[key];
    Object.defineProperty(canvas, key, {
      get: () => size,
      set: (value: number) => {
        if (value !== size)
          throw new Error(`Chart tried to resize the canvas ${key} from ${size} to ${value}`);
      },
    });
  }
  return canvas;
}

/**
 * One canvas per size, reused: a napi-rs canvas holds its pixels outside the JS heap, so a new one
 * per chart grows the worker's memory by megabytes a chart until a GC that the small JS heap never
 * asks for (measured: +350 MB over 100 charts).
 */
const canvases = new Map<string, Canvas>();

function canvasOf(width: number, height: number): Canvas {
  const key = `${width}x${height}`;
  let canvas = canvases.get(key);
  if (!canvas) {
    if (canvases.size >= 8) canvases.clear();
    canvas = pinSize(new Canvas(width, height));
    canvases.set(key, canvas);
  }
  return canvas;
}

/**
 * Draws a Chart.js config on a clean canvas and returns the PNG bytes. Synchronous and CPU-bound:
 * call it from a worker thread, never from the main event loop. Chart.js runs on its BasicPlatform
 * (no DOM), drawing into the @napi-rs/canvas 2D context.
 */
export function drawConfigPng(
  config: ChartConfiguration,
  width: number,
  height: number,
  lang = 'en',
): Uint8Array {
  const canvas = canvasOf(width, height);
  const ctx = canvas.getContext('2d');
  ctx.setTransform(1, 0, 0, 1, 0, 0);
  ctx.clearRect(0, 0, width, height);
  // Text shaping follows the host language unless set: fixing it keeps pixels identical everywhere.
  ctx.lang = lang;
  // Chart.js only types DOM canvases; the napi-rs context implements what its BasicPlatform uses.
  const chart = new Chart(ctx as unknown as ConstructorParameters<typeof Chart>[0], config);
  try {
    // Encode before destroy(): destroying the chart clears the canvas.
    return encodePng(canvas.data(), width, height);
  } finally {
    chart.destroy();
  }
}

/** Renders a validated spec to PNG bytes in this thread. */
export function drawChartPng(spec: ChartSpec): Uint8Array {
  return drawConfigPng(toChartJsConfig(spec), spec.width, spec.height, spec.locale);
}
