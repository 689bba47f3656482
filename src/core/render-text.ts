import type { Block, Reply } from './reply.ts';

/** Where a chart block was written, for channels that can only print a path or a link. */
export interface ChartRef {
  title: string;
  location: string;
}

const width = (s: string): number => [...s].length;
const pad = (s: string, n: number, right: boolean): string =>
  right ? ' '.repeat(Math.max(0, n - width(s))) + s : s + ' '.repeat(Math.max(0, n - width(s)));

/** A table as aligned monospace columns. */
export function renderTableText(
  columns: { label: string; align?: 'left' | 'right' }[],
  rows: string[][],
): string {
  const widths = columns.map((c, i) => Math.max(width(c.label), ...rows.map((r) => width(r[i] ?? ''))));
  const line = (cells: string[]) =>
    cells
      .map((cell, i) => pad(cell, widths[i] ?? 0, columns[i]?.align === 'right'))
      .join('  ')
      .trimEnd();
  return [
    line(columns.map((c) => c.label)),
    widths.map((w) => '─'.repeat(w)).join('  '),
    ...rows.map(line),
  ].join('\n');
}

function renderBlock(block: Block, charts: ChartRef[], next: { i: number }, sep: string): string {
  switch (block.type) {
    case 'text':
      // A line in bold (`**Saisir**`, a usage line) is markdown for chat clients: plain in a terminal.
      return block.text.replace(/^\*\*([^*\n]+)\*\*$/gm, '$1');
    case 'fields':
      return block.fields.map((f) => `${f.label}${sep}${f.value}`).join('\n');
    case 'table':
      return (block.caption ? `${block.caption}\n` : '') + renderTableText(block.columns, block.rows);
    case 'chart': {
      const ref = charts[next.i++];
      return ref ? `📊 ${ref.title} → ${ref.location}` : `📊 ${block.spec.title}`;
    }
  }
}

/** The plain-text form of a reply: the terminal, logs, and the fallback of every channel. */
export function renderPlainText(r: Reply, charts: ChartRef[] = []): string {
  const next = { i: 0 };
  // French puts a space before the colon; English does not.
  const sep = (r.locale ?? 'fr') === 'fr' ? '\u00a0: ' : ': ';
  const parts: string[] = [];
  if (r.title) parts.push(r.title, '═'.repeat(Math.min(60, width(r.title))));
  for (const b of r.blocks) parts.push(renderBlock(b, charts, next, sep));
  if (r.followUps.length > 0) parts.push(r.followUps.map((f) => `→ ${f.label}${sep}${f.command}`).join('\n'));
  return parts.join('\n\n');
}
