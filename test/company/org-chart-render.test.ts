import { mkdirSync, writeFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { diagramHeight, treeLayoutOf } from '../../src/charts/diagram-config.ts';
import type { DiagramShape } from '../../src/charts/diagram-plugin.ts';
import { createLocalRenderer, type LocalChartRenderer } from '../../src/charts/local-renderer.ts';
import { pngSize } from '../../src/charts/png-encode.ts';
import type { ChartSpecInput } from '../../src/charts/spec.ts';

const ARTIFACTS = new URL('../../test-artifacts/company/', import.meta.url);

let renderer: LocalChartRenderer;
beforeAll(async () => {
  renderer = createLocalRenderer({ threads: 1 });
  await renderer.warmUp();
});
afterAll(() => renderer.close());

/** A 40-person company: a director, 4 heads, each with a team of 8 or 9 (one team with a sub-team). */
function fortyPeople() {
  const nodes: { id: string; label: string; sublabel: string; parent?: string }[] = [
    { id: 'R-1', label: 'Claire Morel', sublabel: 'Directrice générale' },
  ];
  const heads = ['Ventes', 'Technique', 'Administration', 'Marketing'];
  let n = 2;
  heads.forEach((dept, h) => {
    const headId = `R-${n++}`;
    nodes.push({ id: headId, label: `Responsable ${h + 1}`, sublabel: `Responsable ${dept}`, parent: 'R-1' });
    for (let i = 0; i < (h === 0 ? 6 : 8); i++)
      nodes.push({
        id: `R-${n++}`,
        label: `Personne ${n - 1}`,
        sublabel: `Chargé(e) ${dept.toLowerCase()} et relation client`,
        parent: headId,
      });
  });
  const leadId = 'R-2';
  const sub = `R-${n++}`;
  nodes.push({ id: sub, label: 'Hugo Petit', sublabel: 'Chef des ventes terrain', parent: leadId });
  for (let i = 0; i < 4; i++)
    nodes.push({ id: `R-${n++}`, label: `Commercial ${i + 1}`, sublabel: 'Commercial terrain', parent: sub });
  return nodes;
}

const boxesOf = (shapes: DiagramShape[]) =>
  shapes.filter((s): s is Extract<DiagramShape, { k: 'rect' }> => s.k === 'rect');

describe('org chart image', () => {
  it('lays out 40 boxes without any two overlapping, within 1024 px', () => {
    const nodes = fortyPeople();
    expect(nodes.length).toBe(40);
    const layout = treeLayoutOf({ nodes, width: 1024 });
    const boxes = boxesOf(layout.shapes);
    expect(boxes.length).toBe(40);
    expect(layout.width).toBeLessThanOrEqual(1024 - 28);
    for (let i = 0; i < boxes.length; i++)
      for (let j = i + 1; j < boxes.length; j++) {
        const a = boxes[i] as (typeof boxes)[number];
        const b = boxes[j] as (typeof boxes)[number];
        const apart = a.x + a.w <= b.x || b.x + b.w <= a.x || a.y + a.h <= b.y || b.y + b.h <= a.y;
        expect(apart, `boxes ${i} and ${j} overlap`).toBe(true);
      }
    expect(Math.min(...boxes.map((b) => b.w))).toBeGreaterThanOrEqual(96 - 18);
  });

  it('renders the 40-person chart as a PNG of the computed size', async () => {
    const nodes = fortyPeople();
    const title = 'Organigramme – Durand Énergies';
    const subtitle = '40 personnes';
    const height = diagramHeight({ title, subtitle, width: 1024 }, treeLayoutOf({ nodes, width: 1024 }));
    const spec: ChartSpecInput = {
      type: 'tree',
      title,
      subtitle,
      alt: 'org',
      locale: 'fr',
      width: 1024,
      height,
      nodes,
    };
    const chart = await renderer.render(spec);
    expect(pngSize(chart.png)).toEqual({ width: 1024, height });
    mkdirSync(ARTIFACTS, { recursive: true });
    writeFileSync(new URL('org-chart-40.png', ARTIFACTS), chart.png);
  });
});
