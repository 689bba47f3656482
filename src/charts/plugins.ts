import type { Chart, Plugin } from 'chart.js';
import type { BackgroundOptions, FunnelLabelOptions, ValueLabelOptions } from './plugin-options.ts';

/**
 * Inline Chart.js plugins that travel inside the chart config, to the local worker and to a
 * QuickChart server alike (quickchart-js serializes functions with their source text).
 * So each hook below must be self-contained: it reads only its arguments and globals, declares
 * no inner functions (transpilers may wrap those with helpers that do not exist elsewhere), and
 * is rebuilt by `isolate` from its source text, so a stray closure fails in local tests too.
 */

interface Box {
  x: number;
  y: number;
  base: number;
  width: number;
  height: number;
  startAngle: number;
  endAngle: number;
  innerRadius: number;
  outerRadius: number;
  getCenterPoint(): { x: number; y: number };
}

function paintBackground(chart: Chart, _args: unknown, opts: BackgroundOptions): void {
  const ctx = chart.ctx;
  ctx.save();
  ctx.fillStyle = opts.color;
  ctx.fillRect(0, 0, chart.width, chart.height);
  ctx.restore();
}

function drawValueLabels(chart: Chart, _args: unknown, opts: ValueLabelOptions): void {
  const ctx = chart.ctx;
  const horizontal = chart.options.indexAxis === 'y';
  const size = Number(/(\d+)px/.exec(opts.font)?.[1] ?? 12);
  const taken: number[] = [];
  ctx.save();
  ctx.font = opts.font;
  for (let d = 0; d < chart.data.datasets.length; d++) {
    const meta = chart.getDatasetMeta(d);
    if (meta.hidden || !chart.isDatasetVisible(d)) continue;
    for (let i = 0; i < meta.data.length; i++) {
      const el = meta.data[i] as unknown as Box;
      const candidates = [opts.labels[d]?.[i], opts.shortLabels[d]?.[i]];
      for (let c = 0; c < candidates.length; c++) {
        const text = candidates[c];
        if (!text || !Number.isFinite(el.x) || !Number.isFinite(el.y)) continue;
        const w = ctx.measureText(text).width;
        let x = el.x;
        let y = el.y;
        let align: 'left' | 'right' | 'center' = 'center';
        let inside = false;
        if (meta.type === 'doughnut' || meta.type === 'pie') {
          const mid = (el.innerRadius + el.outerRadius) / 2;
          const arc = (el.endAngle - el.startAngle) * mid;
          if (arc < w + 6 || el.outerRadius - el.innerRadius < size + 4) continue;
          x = el.getCenterPoint().x;
          y = el.getCenterPoint().y;
          inside = true;
        } else if (meta.type === 'bar' && opts.position === 'center') {
          const length = Math.abs((horizontal ? el.x : el.y) - el.base);
          const thickness = horizontal ? el.height : el.width;
          if ((horizontal ? w : size) + 6 > length || (horizontal ? size : w) + 4 > thickness) continue;
          if (horizontal) x = (el.x + el.base) / 2;
          else y = (el.y + el.base) / 2;
          inside = true;
        } else if (meta.type === 'bar' && horizontal) {
          if (el.height < size + 2) continue;
          const positive = el.x >= el.base;
          x = el.x + (positive ? 5 : -5);
          align = positive ? 'left' : 'right';
          if (positive && x + w > chart.width - 4 && el.x - el.base > w + 10) {
            x = el.x - 5;
            align = 'right';
            inside = true;
          }
        } else if (meta.type === 'bar') {
          if (w > el.width + 6) continue;
          y = el.y <= el.base ? el.y - 4 - size / 2 : el.y + 4 + size / 2;
        } else {
          y = el.y - 7 - size / 2;
        }
        const x0 = (align === 'left' ? x : align === 'right' ? x - w : x - w / 2) - 2;
        const y0 = y - size / 2 - 1;
        const x1 = x0 + w + 4;
        const y1 = y + size / 2 + 1;
        let overlaps = false;
        for (let t = 0; t < taken.length; t += 4) {
          if (x0 < taken[t + 2] && taken[t] < x1 && y0 < taken[t + 3] && taken[t + 1] < y1) overlaps = true;
        }
        if (overlaps) continue;
        taken.push(x0, y0, x1, y1);
        ctx.fillStyle = inside ? (opts.insideColors[d]?.[i] ?? '#ffffff') : opts.color;
        ctx.textAlign = align;
        ctx.textBaseline = 'middle';
        ctx.fillText(text, x, y);
        break;
      }
    }
  }
  ctx.restore();
}

function drawFunnelLabels(chart: Chart, _args: unknown, opts: FunnelLabelOptions): void {
  const ctx = chart.ctx;
  const meta = chart.getDatasetMeta(0);
  const area = chart.chartArea;
  ctx.save();
  ctx.textBaseline = 'middle';
  ctx.font = opts.font;
  ctx.fillStyle = opts.mutedColor;
  ctx.textAlign = 'left';
  ctx.fillText(opts.header, area.right + 14, area.top - 10);
  for (let i = 0; i < meta.data.length; i++) {
    const el = meta.data[i] as unknown as Box;
    const left = Math.min(el.x, el.base);
    const right = Math.max(el.x, el.base);
    const text = opts.counts[i] ?? '';
    ctx.font = opts.boldFont;
    const w = ctx.measureText(text).width;
    if (w + 14 <= right - left || right - left < 1) {
      // Inside a wide enough bar, or alone where an empty stage would be.
      ctx.fillStyle = right - left < 1 ? opts.color : (opts.insideColors[i] ?? '#ffffff');
      ctx.textAlign = 'center';
      ctx.fillText(text, (left + right) / 2, el.y);
    } else {
      ctx.fillStyle = opts.color;
      ctx.textAlign = 'left';
      ctx.fillText(text, right + 6, el.y);
    }
    const conversion = opts.conversions[i];
    if (i > 0 && conversion) {
      ctx.font = opts.font;
      ctx.fillStyle = opts.color;
      ctx.textAlign = 'left';
      ctx.fillText(conversion, area.right + 14, el.y);
    }
  }
  ctx.restore();
}

/** Rebuilds a hook from its source text in the global scope, so it cannot close over anything. */
function isolate<F>(fn: F): F {
  return new Function(`return (${String(fn)});`)() as F;
}

// Rebuilt once per thread and shared by every chart: V8 then optimizes them like any other code.
const paintBackgroundHook = isolate(paintBackground);
const drawValueLabelsHook = isolate(drawValueLabels);
const drawFunnelLabelsHook = isolate(drawFunnelLabels);

export const backgroundPlugin = (): Plugin => ({
  id: 'prospectaBackground',
  beforeDraw: paintBackgroundHook,
});
export const valueLabelsPlugin = (): Plugin => ({
  id: 'prospectaValueLabels',
  afterDatasetsDraw: drawValueLabelsHook,
});
export const funnelLabelsPlugin = (): Plugin => ({
  id: 'prospectaFunnelLabels',
  afterDatasetsDraw: drawFunnelLabelsHook,
});
