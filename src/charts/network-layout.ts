import { labelFont, wrapText } from './config-common.ts';
import type { DiagramOptions, DiagramShape } from './diagram-plugin.ts';
import type { NetworkChartSpec } from './diagram-spec.ts';
import { paletteColor, THEME } from './palette.ts';

/** Room kept beside the disc for the labels of the outermost contacts. */
const LABEL_W = 170;
const CAPTION_H = 30;
const AXIS_GAP = 14;
const CENTRE_R = 46;

/** Quadrants in drawing order: top-left, top-right, bottom-right, bottom-left (x and y directions). */
const QUADRANTS = [
  { sx: -1, sy: -1, from: Math.PI, to: 1.5 * Math.PI },
  { sx: 1, sy: -1, from: 1.5 * Math.PI, to: 2 * Math.PI },
  { sx: 1, sy: 1, from: 0, to: 0.5 * Math.PI },
  { sx: -1, sy: 1, from: 0.5 * Math.PI, to: Math.PI },
] as const;

function tint(color: string, alpha: number): string {
  const hex = /^#([0-9a-f]{6})$/i.exec(color)?.[1];
  if (!hex) return color;
  const [r, g, b] = [0, 2, 4].map((i) => Number.parseInt(hex.slice(i, i + 2), 16));
  return `rgba(${r}, ${g}, ${b}, ${alpha})`;
}

/**
 * The network map's shapes: one quadrant per sector, one ring per strength (closest first), each
 * contact on its ring. Every contact of a quadrant gets its own band of height, from the axis
 * outwards (closest rings first), and its label runs outwards in that band: labels never overlap.
 */
export function layoutNetwork(spec: NetworkChartSpec, maxWidth: number): DiagramOptions {
  const width = Math.max(520, maxWidth);
  const R = Math.min(340, (width - 2 * (LABEL_W + 16)) / 2);
  const cx = width / 2;
  const cy = CAPTION_H + R;
  const height = 2 * R + 2 * CAPTION_H;
  const rings = spec.rings.length;
  const radius = (k: number) => (rings === 1 ? 0.7 * R : R * (0.38 + (0.6 * k) / (rings - 1)));
  const back: DiagramShape[] = [];
  const edges: DiagramShape[] = [];
  const dots: DiagramShape[] = [];
  const labels: DiagramShape[] = [];

  spec.sectors.slice(0, 4).forEach((sector, q) => {
    const quad = QUADRANTS[q] as (typeof QUADRANTS)[number];
    const color = sector.color ?? paletteColor(q);
    back.push({ k: 'wedge', x: cx, y: cy, r: R + 8, from: quad.from, to: quad.to, fill: tint(color, 0.1) });
    const members = spec.nodes
      .filter((n) => n.sector === q)
      .sort((a, b) => a.ring - b.ring || a.label.localeCompare(b.label, spec.locale));
    const twoLines = (R - AXIS_GAP) / 30 >= members.length;
    const slotH = twoLines ? 30 : 16;
    const slots = Math.max(1, Math.floor((R - AXIS_GAP) / slotH));
    const shown = members.slice(0, slots);
    const hidden = members.length - shown.length;
    const caption = `${sector.label} · ${members.length}`;
    labels.push({
      k: 'text',
      x: quad.sx < 0 ? 4 : width - 4,
      y: quad.sy < 0 ? 12 : height - 12,
      text: hidden > 0 ? `${caption} (${hidden} +)` : caption,
      font: labelFont('bold', 14),
      color,
      align: quad.sx < 0 ? 'left' : 'right',
      max: width / 2 - 12,
    });
    let previous = -1;
    shown.forEach((node, i) => {
      const r = radius(Math.min(node.ring, rings - 1));
      const ideal =
        shown.length === 1 ? Math.floor((slots - 1) / 3) : Math.round((i * (slots - 1)) / (shown.length - 1));
      const ringMax = Math.floor((r * 0.97 - AXIS_GAP) / slotH - 0.5);
      const idx = Math.max(previous + 1, Math.min(ideal, ringMax));
      previous = idx;
      const dy = AXIS_GAP + (idx + 0.5) * slotH;
      const dx = Math.sqrt(Math.max(r * r - dy * dy, 144));
      const x = cx + quad.sx * dx;
      const y = cy + quad.sy * dy;
      const strength = rings - Math.min(node.ring, rings - 1);
      edges.push({ k: 'line', points: [cx, cy, x, y], color: tint(color, 0.55), width: strength });
      dots.push({ k: 'circle', x, y, r: 6, fill: color, stroke: '#ffffff', width: 1.5 });
      const lx = x + quad.sx * 10;
      const max = quad.sx > 0 ? width - lx - 4 : lx - 4;
      const align = quad.sx > 0 ? 'left' : 'right';
      const sub = twoLines && node.sublabel ? node.sublabel : undefined;
      labels.push({
        k: 'text',
        x: lx,
        y: sub ? y - 7 : y,
        text: node.label,
        font: labelFont('bold', 12),
        color: THEME.title,
        align,
        max,
        halo: THEME.background,
      });
      if (sub)
        labels.push({
          k: 'text',
          x: lx,
          y: y + 8,
          text: sub,
          font: labelFont('normal', 11),
          color: THEME.subtitle,
          align,
          max,
          halo: THEME.background,
        });
    });
  });

  for (let k = 0; k < rings; k++) {
    const r = radius(k);
    back.push({ k: 'circle', x: cx, y: cy, r, stroke: THEME.axis, width: 1, dash: [4, 4] });
    labels.push({
      k: 'text',
      x: cx,
      y: cy - r,
      text: spec.rings[k] as string,
      font: labelFont('normal', 10),
      color: THEME.muted,
      align: 'center',
      max: 90,
      halo: THEME.background,
    });
  }
  back.push({ k: 'line', points: [cx - R - 8, cy, cx + R + 8, cy], color: THEME.grid, width: 1 });
  back.push({ k: 'line', points: [cx, cy - R - 8, cx, cy + R + 8], color: THEME.grid, width: 1 });
  const centre: DiagramShape[] = [
    { k: 'circle', x: cx, y: cy, r: CENTRE_R, fill: '#1e3a8a', stroke: '#ffffff', width: 2 },
  ];
  const lines = wrapText(spec.center, 2 * CENTRE_R - 8, 12).slice(0, 3);
  lines.forEach((line, i) => {
    centre.push({
      k: 'text',
      x: cx,
      y: cy + (i - (lines.length - 1) / 2) * 14,
      text: line,
      font: labelFont('bold', 12),
      color: '#ffffff',
      align: 'center',
      max: 2 * CENTRE_R - 6,
    });
  });
  return { width, height, shapes: [...back, ...edges, ...dots, ...centre, ...labels] };
}
