import type { Block, Reply } from './reply.ts';

/** A zero-width space: invisible, and a `]` followed by it is no longer a link's label. */
const ZWSP = '\u200B';

/**
 * Text as shown, with no Markdown link that could hide its target: `[Urgent](https://evil…)` typed
 * as a prospect's name stays those characters on Discord, Teams and the web chat instead of a live
 * link labelled "Urgent" (the ZWSP between `]` and `(`, and after `[` of a reference `[x]:`, is
 * invisible). A URL written out stays visible as what it is.
 */
export function defuseLinks(text: string): string {
  if (!text.includes('[')) return text;
  return text
    .replace(/\]\s*\(/g, (m) => `]${ZWSP}${m.slice(1)}`)
    .replace(/\]\s*\[/g, (m) => `]${ZWSP}${m.slice(1)}`)
    .replace(/\]:/g, `]${ZWSP}:`);
}

const blockOf = (b: Block): Block => {
  switch (b.type) {
    case 'text':
      return { ...b, text: defuseLinks(b.text) };
    case 'fields':
      return {
        ...b,
        fields: b.fields.map((f) => ({ ...f, label: defuseLinks(f.label), value: defuseLinks(f.value) })),
      };
    case 'table':
      return {
        ...b,
        columns: b.columns.map((c) => ({ ...c, label: defuseLinks(c.label) })),
        rows: b.rows.map((r) => r.map(defuseLinks)),
        ...(b.caption !== undefined && { caption: defuseLinks(b.caption) }),
      };
    default:
      return b;
  }
};

/**
 * A reply whose shown strings carry no live Markdown link (title, blocks, error message), for the
 * channels that render Markdown. Commands behind buttons are left as typed: they are run, not shown.
 */
export function defuseReplyLinks(reply: Reply): Reply {
  return {
    ...reply,
    ...(reply.title !== undefined && { title: defuseLinks(reply.title) }),
    blocks: reply.blocks.map(blockOf),
    ...(reply.error && { error: { ...reply.error, message: defuseLinks(reply.error.message) } }),
  };
}
