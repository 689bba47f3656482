import type { ChartConfiguration } from 'chart.js';
import { labelFont } from './config-common.ts';
import { diagramConfig, headerHeight } from './diagram-config.ts';
import type { DiagramOptions, DiagramShape } from './diagram-plugin.ts';
import { departements, kmPerUnit, type MapPoint, projectLatLon } from './france-map.ts';
import type { MapChartSpec } from './map-spec.ts';
import { PALETTE, THEME } from './palette.ts';

const PADDING_X = 28;
/** Smallest span shown (SVG units ≈ 1.85 km): a round inside one town still shows the départements. */
const MIN_SPAN = 16;
const STOP_R = 11;
const LABEL_SIZE = 13;
const ROUTE = PALETTE[0];

interface Box {
  x0: number;
  y0: number;
  x1: number;
  y1: number;
}

const overlaps = (a: Box, b: Box): boolean => a.x0 < b.x1 && b.x0 < a.x1 && a.y0 < b.y1 && b.y0 < a.y1;

/** The frame of the map: the stops' bounding box with a margin, at the aspect of the drawing area. */
function viewOf(points: MapPoint[], width: number, height: number) {
  const xs = points.map((p) => p.x);
  const ys = points.map((p) => p.y);
  let [minX, maxX, minY, maxY] = [Math.min(...xs), Math.max(...xs), Math.min(...ys), Math.max(...ys)];
  const span = Math.max(MIN_SPAN, (maxX - minX) * 1.3, (maxY - minY) * 1.3);
  const cx = (minX + maxX) / 2;
  const cy = (minY + maxY) / 2;
  // Room for the labels on the right: a little more span than the points need.
  let w = Math.max(span, (maxX - minX) * 1.45);
  let h = Math.max(span, (maxY - minY) * 1.3);
  if (w / h < width / height) w = (h * width) / height;
  else h = (w * height) / width;
  minX = cx - w / 2;
  maxX = cx + w / 2;
  minY = cy - h / 2;
  maxY = cy + h / 2;
  const scale = width / w;
  return {
    box: { minX, minY, maxX, maxY },
    at: (p: MapPoint): MapPoint => ({ x: (p.x - minX) * scale, y: (p.y - minY) * scale }),
    scale,
  };
}

/** Markers closer than their size pushed apart (a leader line joins each to its true place). */
function spread(points: MapPoint[]): MapPoint[] {
  const out = points.map((p) => ({ ...p }));
  const min = 2 * STOP_R + 3;
  for (let round = 0; round < 60; round++) {
    let moved = false;
    for (let i = 0; i < out.length; i++)
      for (let j = i + 1; j < out.length; j++) {
        const a = out[i] as MapPoint;
        const b = out[j] as MapPoint;
        const d = Math.hypot(b.x - a.x, b.y - a.y);
        if (d >= min) continue;
        // Coincident points part along a fixed diagonal, so that the drawing stays deterministic.
        const [ux, uy] = d < 0.01 ? [Math.SQRT1_2, Math.SQRT1_2] : [(b.x - a.x) / d, (b.y - a.y) / d];
        const push = (min - d) / 2 + 0.5;
        a.x -= ux * push;
        a.y -= uy * push;
        b.x += ux * push;
        b.y += uy * push;
        moved = true;
      }
    if (!moved) break;
  }
  return out;
}

/** The map's shapes: départements around the round (filled, outlined, coded), the path, numbered stops, names. */
export function layoutMap(spec: MapChartSpec, width: number, height: number): DiagramOptions {
  const stops = spec.stops.map((s) => ({ ...s, p: projectLatLon(s.lat, s.lon) }));
  const start = spec.start ? { ...spec.start, p: projectLatLon(spec.start.lat, spec.start.lon) } : undefined;
  const view = viewOf([...stops.map((s) => s.p), ...(start ? [start.p] : [])], width, height);
  const shapes: DiagramShape[] = [{ k: 'rect', x: 0, y: 0, w: width, h: height, fill: '#dbeafe' }];
  const codes: DiagramShape[] = [];
  for (const d of departements()) {
    const b = d.box;
    if (b.maxX < view.box.minX || b.minX > view.box.maxX || b.maxY < view.box.minY || b.minY > view.box.maxY)
      continue;
    for (const ring of d.rings) {
      const points: number[] = [];
      for (let i = 0; i < ring.length; i += 2) {
        const q = view.at({ x: ring[i] as number, y: ring[i + 1] as number });
        points.push(Math.round(q.x * 10) / 10, Math.round(q.y * 10) / 10);
      }
      points.push(points[0] as number, points[1] as number);
      shapes.push({ k: 'line', points, color: '#94a3b8', width: 1.2, fill: '#ffffff' });
    }
    const c = view.at(d.centre);
    if (c.x > 20 && c.x < width - 20 && c.y > 14 && c.y < height - 14)
      codes.push({
        k: 'text',
        x: c.x,
        y: c.y,
        text: `${d.name} (${d.id})`,
        font: labelFont('normal', 11),
        color: '#94a3b8',
        align: 'center',
        max: 160,
      });
  }
  shapes.push(...codes);
  const path = [...(start ? [start.p] : []), ...stops.map((s) => s.p), ...(start ? [start.p] : [])].map(
    view.at,
  );
  if (path.length > 1)
    shapes.push({ k: 'line', points: path.flatMap((q) => [q.x, q.y]), color: ROUTE, width: 2.5 });
  const taken: Box[] = [];
  const marks = spread(stops.map((s) => view.at(s.p)));
  stops.forEach((s, i) => {
    const at = view.at(s.p);
    const m = marks[i] as MapPoint;
    if (Math.hypot(at.x - m.x, at.y - m.y) > 2) {
      shapes.push({ k: 'line', points: [at.x, at.y, m.x, m.y], color: THEME.title, width: 1 });
      shapes.push({ k: 'circle', x: at.x, y: at.y, r: 2.5, fill: THEME.title });
    }
  });
  for (const m of marks)
    taken.push({ x0: m.x - STOP_R, y0: m.y - STOP_R, x1: m.x + STOP_R, y1: m.y + STOP_R });
  if (start) {
    const q = view.at(start.p);
    shapes.push({ k: 'rect', x: q.x - 8, y: q.y - 8, w: 16, h: 16, fill: THEME.title });
    taken.push({ x0: q.x - 8, y0: q.y - 8, x1: q.x + 8, y1: q.y + 8 });
  }
  stops.forEach((_s, i) => {
    const q = marks[i] as MapPoint;
    shapes.push({ k: 'circle', x: q.x, y: q.y, r: STOP_R, fill: ROUTE, stroke: '#ffffff', width: 2 });
    shapes.push({
      k: 'text',
      x: q.x,
      y: q.y + 0.5,
      text: String(i + 1),
      font: labelFont('bold', i + 1 >= 10 ? 10 : 12),
      color: '#ffffff',
      align: 'center',
      max: 2 * STOP_R,
    });
  });
  const label = (text: string, q: MapPoint, offset: number) => {
    const w = Math.min(200, text.length * LABEL_SIZE * 0.58 + 4);
    const h = LABEL_SIZE + 4;
    const tries: { x: number; y: number; align: 'left' | 'right' | 'center' }[] = [
      { x: q.x + offset + 4, y: q.y, align: 'left' },
      { x: q.x - offset - 4, y: q.y, align: 'right' },
      { x: q.x, y: q.y - offset - h / 2 - 2, align: 'center' },
      { x: q.x, y: q.y + offset + h / 2 + 2, align: 'center' },
      { x: q.x + offset + 4, y: q.y - h, align: 'left' },
      { x: q.x + offset + 4, y: q.y + h, align: 'left' },
    ];
    const boxOf = (t: (typeof tries)[number]): Box => {
      const x0 = t.align === 'left' ? t.x : t.align === 'right' ? t.x - w : t.x - w / 2;
      return { x0, y0: t.y - h / 2, x1: x0 + w, y1: t.y + h / 2 };
    };
    const fits = (b: Box) => b.x0 >= 0 && b.x1 <= width && b.y0 >= 0 && b.y1 <= height;
    const pick = tries.find((t) => fits(boxOf(t)) && !taken.some((b) => overlaps(b, boxOf(t)))) ?? tries[0];
    const chosen = pick as (typeof tries)[number];
    taken.push(boxOf(chosen));
    shapes.push({
      k: 'text',
      ...chosen,
      text,
      font: labelFont('bold', LABEL_SIZE),
      color: THEME.title,
      max: 200,
      halo: 'rgba(255, 255, 255, 0.85)',
    });
  };
  stops.forEach((s, i) => {
    label(s.label, marks[i] as MapPoint, STOP_R);
  });
  if (start?.label) label(start.label, view.at(start.p), 8);
  // A scale bar: 10, 20 or 50 km, whichever is nearest a fifth of the width.
  const kmPerPx = kmPerUnit(spec.stops.reduce((a, s) => a + s.lat, 0) / spec.stops.length) / view.scale;
  const km = [5, 10, 20, 50, 100].reduce((a, b) =>
    Math.abs(b / kmPerPx - width / 5) < Math.abs(a / kmPerPx - width / 5) ? b : a,
  );
  const barW = km / kmPerPx;
  shapes.push({
    k: 'rect',
    x: 10,
    y: height - 30,
    w: barW + 16,
    h: 24,
    fill: 'rgba(255, 255, 255, 0.85)',
    r: 4,
  });
  shapes.push({ k: 'line', points: [18, height - 12, 18 + barW, height - 12], color: THEME.title, width: 3 });
  shapes.push({
    k: 'text',
    x: 18 + barW / 2,
    y: height - 22,
    text: `${km} km`,
    font: labelFont('normal', 11),
    color: THEME.title,
    align: 'center',
    max: 100,
  });
  return { width, height, shapes, clip: true };
}

/** The drawing area under the title. */
export const mapFrameOf = (spec: MapChartSpec): { width: number; height: number } => ({
  width: spec.width - PADDING_X,
  height: Math.max(120, spec.height - headerHeight(spec) - 12),
});

export function mapConfig(spec: MapChartSpec): ChartConfiguration {
  const frame = mapFrameOf(spec);
  return diagramConfig(spec, layoutMap(spec, frame.width, frame.height));
}
