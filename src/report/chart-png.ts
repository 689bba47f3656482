import { Canvas } from '@napi-rs/canvas';
import { Chart } from 'chart.js';
import { toChartJsConfig } from '../charts/chartjs-config.ts';
import { encodePng } from '../charts/png-encode.ts';
import type { ChartSpec } from '../charts/spec.ts';

/**
 * A chart drawn at `ratio` times its pixel size, for print: the same layout and type sizes as in
 * chat, with twice the pixels (≈ 250 dpi across an A4 text column). Worker threads only.
 */
export function printChartPng(
  spec: ChartSpec,
  ratio = 2,
): { png: Uint8Array; width: number; height: number } {
  const config = toChartJsConfig(spec);
  config.options = { ...config.options, devicePixelRatio: ratio };
  const canvas = new Canvas(spec.width, spec.height);
  const ctx = canvas.getContext('2d');
  ctx.lang = spec.locale;
  const chart = new Chart(ctx as unknown as ConstructorParameters<typeof Chart>[0], config);
  try {
    return {
      png: encodePng(canvas.data(), canvas.width, canvas.height, 1, 'rgb'),
      width: spec.width,
      height: spec.height,
    };
  } finally {
    chart.destroy();
  }
}
