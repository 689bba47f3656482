import { mkdirSync, writeFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { networkLayoutOf } from '../../src/charts/diagram-config.ts';
import type { DiagramShape } from '../../src/charts/diagram-plugin.ts';
import type { NetworkChartSpec } from '../../src/charts/diagram-spec.ts';
import { createLocalRenderer, type LocalChartRenderer } from '../../src/charts/local-renderer.ts';
import { pngSize } from '../../src/charts/png-encode.ts';

const ARTIFACTS = new URL('../../test-artifacts/network/', import.meta.url);

let renderer: LocalChartRenderer;
beforeAll(async () => {
  renderer = createLocalRenderer({ threads: 1 });
  await renderer.warmUp();
});
afterAll(() => renderer.close());

const ORGS = [
  'CCI Lyon Métropole',
  'Banque Populaire',
  'Cabinet comptable Roux',
  'Grossiste Rhône Sanitaire',
  'BNI Lyon Est',
];

/** `perType` contacts in each quadrant, strengths cycling 3, 2, 1. */
function spec(perType: readonly number[]): NetworkChartSpec {
  const nodes = perType.flatMap((count, sector) =>
    Array.from({ length: count }, (_, i) => ({
      label: `Contact ${sector + 1}.${i + 1} Girard-Dupont`,
      sublabel: ORGS[(i + sector) % ORGS.length] as string,
      sector,
      ring: i % 3,
    })),
  );
  return {
    type: 'network',
    title: 'Cartographie du réseau de Alice Martin',
    subtitle: `${nodes.length} contacts ; plus le point est proche du centre, plus le lien est fort`,
    alt: 'map',
    locale: 'fr',
    currency: 'EUR',
    width: 1024,
    height: 900,
    center: 'Alice Martin',
    sectors: [
      { label: 'Personnel' },
      { label: 'Vertical' },
      { label: 'Horizontal' },
      { label: 'Transversal' },
    ],
    rings: ['fort', 'moyen', 'faible'],
    nodes,
  };
}

type Text = Extract<DiagramShape, { k: 'text' }>;
type Dot = Extract<DiagramShape, { k: 'circle' }>;

describe('network map', () => {
  it.each([
    ['a typical network', [3, 6, 4, 7]],
    ['a crowded quadrant', [2, 18, 1, 9]],
  ] as const)('places %s with no two labels in the same band and each dot on its ring', (_name, counts) => {
    const s = spec(counts);
    const layout = networkLayoutOf(s);
    const labels = layout.shapes.filter(
      (x): x is Text => x.k === 'text' && x.halo !== undefined && x.font.includes('bold'),
    );
    const dots = layout.shapes.filter((x): x is Dot => x.k === 'circle' && x.r === 6);
    expect(dots.length).toBe(s.nodes.length);
    // Labels of one side never share a band of 14 px (a bold 12 px line).
    for (let i = 0; i < labels.length; i++)
      for (let j = i + 1; j < labels.length; j++) {
        const a = labels[i] as Text;
        const b = labels[j] as Text;
        if (a.align !== b.align || Math.sign(a.y - layout.height / 2) !== Math.sign(b.y - layout.height / 2))
          continue;
        if (a.text.startsWith('fort') || b.text.startsWith('fort')) continue;
        expect(Math.abs(a.y - b.y), `${a.text} / ${b.text}`).toBeGreaterThanOrEqual(14);
      }
    // Each dot sits on the ring of its strength: as many dots at each ring's distance as contacts of that strength.
    const cx = layout.width / 2;
    const cy = layout.height / 2;
    const distances = dots.map((d) => Math.round(Math.hypot(d.x - cx, d.y - cy)));
    const rings = [...new Set(distances)].sort((a, b) => a - b);
    expect(rings.length).toBe(3);
    expect(rings.map((r) => distances.filter((d) => d === r).length)).toEqual(
      [0, 1, 2].map((ring) => s.nodes.filter((n) => n.ring === ring).length),
    );
  });

  it('renders as a PNG of the spec size', async () => {
    mkdirSync(ARTIFACTS, { recursive: true });
    for (const [name, counts] of [
      ['typical', [3, 6, 4, 7]],
      ['crowded', [2, 18, 1, 9]],
    ] as const) {
      const s = spec(counts);
      const chart = await renderer.render(s);
      expect(pngSize(chart.png)).toEqual({ width: 1024, height: 900 });
      writeFileSync(new URL(`network-map-${name}.png`, ARTIFACTS), chart.png);
    }
  });
});
