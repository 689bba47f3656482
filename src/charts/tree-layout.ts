import { labelFont, wrapText } from './config-common.ts';
import type { DiagramOptions, DiagramShape } from './diagram-plugin.ts';
import { THEME } from './palette.ts';

export interface TreeNodeInput {
  id: string;
  label: string;
  sublabel?: string | undefined;
  parent?: string | undefined;
}

const BOX_H = 54;
/** Between a box and the row of boxes below it. */
const V_GAP = 34;
/** Between boxes stacked in a column under their manager. */
const STACK_GAP = 10;
const STACK_INDENT = 18;
const H_GAP = 14;
/** Boxes in one stacked column before a second column starts. */
const MAX_STACK = 8;
const MARGIN = 8;
const MIN_BOX_W = 96;
const MAX_BOX_W = 190;

interface Node {
  input: TreeNodeInput;
  children: Node[];
  depth: number;
  /** Width in slots (one slot: a box and its gap) and height in pixels of the subtree. */
  slots: number;
  height: number;
  stacked: boolean;
}

function build(nodes: readonly TreeNodeInput[]): Node[] {
  const byId = new Map<string, Node>();
  for (const input of nodes)
    byId.set(input.id, { input, children: [], depth: 0, slots: 1, height: BOX_H, stacked: false });
  const roots: Node[] = [];
  for (const node of byId.values()) {
    const parent = node.input.parent === undefined ? undefined : byId.get(node.input.parent);
    if (parent && parent !== node) parent.children.push(node);
    else roots.push(node);
  }
  // A loop has no root: cut it at its first node so that every box is drawn once.
  const reached = new Set<Node>();
  const visit = (n: Node, depth: number): void => {
    reached.add(n);
    n.depth = depth;
    n.children = n.children.filter((c) => !reached.has(c));
    for (const c of n.children) visit(c, depth + 1);
  };
  for (const r of roots) visit(r, 0);
  for (const n of byId.values())
    if (!reached.has(n)) {
      roots.push(n);
      visit(n, 0);
    }
  return roots;
}

/** Leaves under a manager who also has managers below: stacked in columns of their own. */
const leafGroup = (n: Node): Node[] => {
  const leaves = n.children.filter((c) => c.children.length === 0);
  return leaves.length >= 2 ? leaves : [];
};

const stackHeight = (count: number): number => Math.min(MAX_STACK, count) * (BOX_H + STACK_GAP) - STACK_GAP;

function measure(n: Node): void {
  for (const c of n.children) measure(c);
  if (n.children.length === 0) return;
  n.stacked = n.children.length >= 2 && n.children.every((c) => c.children.length === 0);
  if (n.stacked) {
    n.slots = Math.ceil(n.children.length / MAX_STACK);
    n.height = BOX_H + STACK_GAP * 2 + stackHeight(n.children.length);
    return;
  }
  const group = leafGroup(n);
  const others = n.children.filter((c) => !group.includes(c));
  n.slots = others.reduce((s, c) => s + c.slots, 0) + Math.ceil(group.length / MAX_STACK);
  n.height =
    BOX_H +
    V_GAP +
    Math.max(...others.map((c) => c.height), group.length > 0 ? stackHeight(group.length) : 0);
}

const FILLS = ['#1e3a8a', '#2563eb', '#ffffff'] as const;

/** Box and edge shapes of an org chart that fits `maxWidth` if it can (boxes shrink to 96 px first). */
export function layoutTree(nodes: readonly TreeNodeInput[], maxWidth: number): DiagramOptions {
  const roots = build(nodes);
  for (const r of roots) measure(r);
  const slots = roots.reduce((s, r) => s + r.slots, 0);
  const boxW = Math.max(MIN_BOX_W, Math.min(MAX_BOX_W, Math.floor((maxWidth - 2 * MARGIN) / slots) - H_GAP));
  const slotW = boxW + H_GAP;
  const boxes: DiagramShape[] = [];
  const edges: DiagramShape[] = [];
  const edgeStyle = { color: THEME.muted, width: 1.5 } as const;

  const drawBox = (n: Node, x: number, y: number, w: number): void => {
    const fill = FILLS[Math.min(n.depth, 2)] as string;
    const dark = n.depth < 2;
    boxes.push({ k: 'rect', x, y, w, h: BOX_H, fill, stroke: dark ? fill : '#2563eb', r: 6 });
    const color = dark ? '#ffffff' : THEME.title;
    const wrapped = n.input.sublabel ? wrapText(n.input.sublabel, w - 12, 11) : [];
    const sub = wrapped.slice(0, 2);
    if (wrapped.length > 2) sub[1] = `${sub[1]}…`;
    const firstY = y + BOX_H / 2 - (sub.length * 14) / 2;
    const cx = x + w / 2;
    boxes.push({
      k: 'text',
      x: cx,
      y: firstY,
      text: n.input.label,
      font: labelFont('bold', 12),
      color,
      align: 'center',
      max: w - 10,
    });
    sub.forEach((line, i) => {
      boxes.push({
        k: 'text',
        x: cx,
        y: firstY + 15 + i * 14,
        text: line,
        font: labelFont('normal', 11),
        color,
        align: 'center',
        max: w - 10,
      });
    });
  };

  /** Places the subtree in [left, left + slots·slotW) at `top`; returns its box's centre x. */
  const place = (n: Node, left: number, top: number): number => {
    if (n.stacked) {
      drawBox(n, left, top, boxW);
      const barY = top + BOX_H + STACK_GAP;
      const spines: number[] = [];
      n.children.forEach((c, i) => {
        const col = Math.floor(i / MAX_STACK);
        const row = i % MAX_STACK;
        const x = left + col * slotW + STACK_INDENT;
        const y = barY + STACK_GAP + row * (BOX_H + STACK_GAP);
        drawBox(c, x, y, boxW - STACK_INDENT);
        const spine = left + col * slotW + STACK_INDENT / 2;
        if (row === 0) spines.push(spine);
        edges.push({
          k: 'line',
          points: [spine, barY, spine, y + BOX_H / 2, x, y + BOX_H / 2],
          ...edgeStyle,
        });
      });
      edges.push({
        k: 'line',
        points: [left + STACK_INDENT / 2, top + BOX_H, left + STACK_INDENT / 2, barY],
        ...edgeStyle,
      });
      if (spines.length > 1)
        edges.push({
          k: 'line',
          points: [spines[0] as number, barY, spines[spines.length - 1] as number, barY],
          ...edgeStyle,
        });
      return left + boxW / 2;
    }
    if (n.children.length === 0) {
      drawBox(n, left, top, boxW);
      return left + boxW / 2;
    }
    const childTop = top + BOX_H + V_GAP;
    const midY = top + BOX_H + V_GAP / 2;
    const group = leafGroup(n);
    let x = left;
    const centres: number[] = [];
    // The leaves first, stacked in columns that hang from the bar like the other subtrees.
    group.forEach((c, i) => {
      const col = Math.floor(i / MAX_STACK);
      const row = i % MAX_STACK;
      const bx = x + col * slotW + STACK_INDENT;
      const by = childTop + row * (BOX_H + STACK_GAP);
      drawBox(c, bx, by, boxW - STACK_INDENT);
      const spine = x + col * slotW + STACK_INDENT / 2;
      if (row === 0) centres.push(spine);
      edges.push({
        k: 'line',
        points: [spine, midY, spine, by + BOX_H / 2, bx, by + BOX_H / 2],
        ...edgeStyle,
      });
    });
    x += Math.ceil(group.length / MAX_STACK) * slotW;
    for (const c of n.children) {
      if (group.includes(c)) continue;
      const centre = place(c, x, childTop);
      edges.push({ k: 'line', points: [centre, midY, centre, childTop], ...edgeStyle });
      centres.push(centre);
      x += c.slots * slotW;
    }
    const first = Math.min(...centres);
    const last = Math.max(...centres);
    const centre = Math.max(left + boxW / 2, (first + last) / 2);
    drawBox(n, centre - boxW / 2, top, boxW);
    edges.push({ k: 'line', points: [centre, top + BOX_H, centre, midY], ...edgeStyle });
    edges.push({
      k: 'line',
      points: [Math.min(first, centre), midY, Math.max(last, centre), midY],
      ...edgeStyle,
    });
    return centre;
  };

  let left = MARGIN;
  for (const r of roots) {
    place(r, left, MARGIN);
    left += r.slots * slotW;
  }
  const height = Math.max(...roots.map((r) => r.height)) + 2 * MARGIN;
  return { width: Math.max(left - H_GAP + MARGIN, 200), height, shapes: [...edges, ...boxes] };
}
