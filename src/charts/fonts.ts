import { createRequire } from 'node:module';
import { GlobalFonts } from '@napi-rs/canvas';
import { Chart } from 'chart.js';

/**
 * Our own family name for the bundled DejaVu Sans files: a name no system font has, so text never
 * silently comes from whatever fonts the machine happens to have installed.
 */
export const FONT_FAMILY = 'Prospecta Sans';
/** What a chart config asks for: ours first, then DejaVu (QuickChart's image has it), then any sans. */
export const FONT_STACK = `"${FONT_FAMILY}", "DejaVu Sans", sans-serif`;

const FILES = ['dejavu-fonts-ttf/ttf/DejaVuSans.ttf', 'dejavu-fonts-ttf/ttf/DejaVuSans-Bold.ttf'] as const;

/** Registers DejaVu Sans (regular, bold) from the npm package and makes it Chart.js's default; idempotent. */
export function registerChartFonts(): void {
  if (!GlobalFonts.has(FONT_FAMILY)) {
    const require = createRequire(import.meta.url);
    for (const file of FILES) {
      const path = require.resolve(file);
      if (!GlobalFonts.registerFromPath(path, FONT_FAMILY)) throw new Error(`Cannot register font ${path}`);
    }
  }
  Chart.defaults.font.family = FONT_STACK;
}
