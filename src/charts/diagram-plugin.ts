import type { Chart, ChartType, Plugin } from 'chart.js';

/**
 * Shapes laid out by tree-layout.ts and network-layout.ts in a frame of `width` × `height`
 * pixels, drawn by one inline plugin inside the chart area (scaled down only if the area is
 * smaller). Like plugins.ts, the hook is self-contained so that it travels to QuickChart too.
 */
export type DiagramShape =
  | { k: 'rect'; x: number; y: number; w: number; h: number; fill: string; stroke?: string; r?: number }
  | { k: 'line'; points: number[]; color: string; width: number; dash?: number[]; fill?: string }
  | {
      k: 'circle';
      x: number;
      y: number;
      r: number;
      fill?: string;
      stroke?: string;
      width?: number;
      dash?: number[];
    }
  | { k: 'wedge'; x: number; y: number; r: number; from: number; to: number; fill: string }
  | {
      k: 'text';
      x: number;
      y: number;
      text: string;
      font: string;
      color: string;
      align: 'left' | 'right' | 'center';
      /** Cut with an ellipsis beyond this width. */
      max: number;
      /** Paint the background colour behind the text first, so that lines under it do not cross it. */
      halo?: string;
    };

export interface DiagramOptions {
  width: number;
  height: number;
  shapes: DiagramShape[];
  /** Cut what lies outside the frame (a map's outlines run past it). */
  clip?: boolean;
}

/**
 * The plugin's options carry the diagram as JSON text: Chart.js resolves object options through
 * its scoped defaults, which would give a shape without `fill` the fill of a default or sibling.
 */
export interface DiagramPluginOptions {
  json: string;
}

declare module 'chart.js' {
  interface PluginOptionsByType<TType extends ChartType> {
    prospectaDiagram?: DiagramPluginOptions;
  }
}

export const diagramPluginOptions = (diagram: DiagramOptions): DiagramPluginOptions => ({
  json: JSON.stringify(diagram),
});

function drawDiagram(chart: Chart, _args: unknown, options: DiagramPluginOptions): void {
  const opts = JSON.parse(options.json) as DiagramOptions;
  const ctx = chart.ctx;
  const area = chart.chartArea;
  const scale = Math.min(1, (area.right - area.left) / opts.width, (area.bottom - area.top) / opts.height);
  const left = area.left + Math.max(0, (area.right - area.left - opts.width * scale) / 2);
  ctx.save();
  ctx.translate(left, area.top);
  ctx.scale(scale, scale);
  if (opts.clip) {
    ctx.beginPath();
    ctx.rect(0, 0, opts.width, opts.height);
    ctx.clip();
  }
  ctx.textBaseline = 'middle';
  for (let i = 0; i < opts.shapes.length; i++) {
    const s = opts.shapes[i] as DiagramShape;
    ctx.setLineDash([]);
    if (s.k === 'rect') {
      const r = s.r ?? 0;
      ctx.beginPath();
      ctx.moveTo(s.x + r, s.y);
      ctx.arcTo(s.x + s.w, s.y, s.x + s.w, s.y + s.h, r);
      ctx.arcTo(s.x + s.w, s.y + s.h, s.x, s.y + s.h, r);
      ctx.arcTo(s.x, s.y + s.h, s.x, s.y, r);
      ctx.arcTo(s.x, s.y, s.x + s.w, s.y, r);
      ctx.closePath();
      ctx.fillStyle = s.fill;
      ctx.fill();
      if (s.stroke) {
        ctx.strokeStyle = s.stroke;
        ctx.lineWidth = 1.5;
        ctx.stroke();
      }
    } else if (s.k === 'line') {
      ctx.beginPath();
      ctx.moveTo(s.points[0] as number, s.points[1] as number);
      for (let p = 2; p + 1 < s.points.length; p += 2)
        ctx.lineTo(s.points[p] as number, s.points[p + 1] as number);
      if (s.fill) {
        ctx.fillStyle = s.fill;
        ctx.fill();
      }
      ctx.strokeStyle = s.color;
      ctx.lineWidth = s.width;
      if (s.dash) ctx.setLineDash(s.dash);
      ctx.stroke();
    } else if (s.k === 'circle') {
      ctx.beginPath();
      ctx.arc(s.x, s.y, s.r, 0, Math.PI * 2);
      if (s.fill) {
        ctx.fillStyle = s.fill;
        ctx.fill();
      }
      if (s.stroke) {
        ctx.strokeStyle = s.stroke;
        ctx.lineWidth = s.width ?? 1;
        if (s.dash) ctx.setLineDash(s.dash);
        ctx.stroke();
      }
    } else if (s.k === 'wedge') {
      ctx.beginPath();
      ctx.moveTo(s.x, s.y);
      ctx.arc(s.x, s.y, s.r, s.from, s.to);
      ctx.closePath();
      ctx.fillStyle = s.fill;
      ctx.fill();
    } else {
      ctx.font = s.font;
      let text = s.text;
      if (ctx.measureText(text).width > s.max) {
        while (text.length > 1 && ctx.measureText(`${text}…`).width > s.max) text = text.slice(0, -1);
        text = `${text.trimEnd()}…`;
      }
      ctx.textAlign = s.align;
      if (s.halo) {
        const w = ctx.measureText(text).width;
        const x0 = s.align === 'left' ? s.x : s.align === 'right' ? s.x - w : s.x - w / 2;
        const size = Number(/(\d+)px/.exec(s.font)?.[1] ?? 12);
        ctx.fillStyle = s.halo;
        ctx.fillRect(x0 - 2, s.y - size / 2 - 2, w + 4, size + 4);
      }
      ctx.fillStyle = s.color;
      ctx.fillText(text, s.x, s.y);
    }
  }
  ctx.restore();
}

const drawDiagramHook = new Function(`return (${String(drawDiagram)});`)() as typeof drawDiagram;

export const diagramPlugin = (): Plugin => ({ id: 'prospectaDiagram', afterDraw: drawDiagramHook });
