import { defuseReplyLinks } from '../../../core/defuse-links.ts';
import type { Block, Reply } from '../../../core/reply.ts';
import { type AdaptiveCard, type CardElement, card, submit } from './types.ts';

/** A chart of the reply as the card shows it: an image URL (https or data:) and its text alternative. */
export interface CardImage {
  url: string;
  alt: string;
}

const TONE_COLOR: Record<Reply['tone'], string> = {
  info: 'Default',
  success: 'Good',
  warning: 'Warning',
  error: 'Attention',
};

/** One TextBlock a line: Teams ignores single line breaks inside a TextBlock. */
function lines(s: string, extra: Record<string, unknown> = {}): CardElement[] {
  return s.split('\n').map((line, i) => ({
    type: 'TextBlock',
    text: line === '' ? ' ' : line,
    wrap: true,
    ...(i > 0 && { spacing: 'None' }),
    ...extra,
  }));
}

const cell = (s: string, bold: boolean): CardElement => ({
  type: 'TableCell',
  items: [{ type: 'TextBlock', text: s === '' ? ' ' : s, wrap: true, ...(bold && { weight: 'Bolder' }) }],
});

function tableElement(b: Extract<Block, { type: 'table' }>): CardElement {
  return {
    type: 'Table',
    firstRowAsHeader: true,
    showGridLines: false,
    columns: b.columns.map((c, i) => ({
      type: 'TableColumnDefinition',
      width: i === 0 ? 2 : 1,
      horizontalCellContentAlignment: c.align === 'right' ? 'Right' : 'Left',
    })),
    rows: [
      { type: 'TableRow', style: 'emphasis', cells: b.columns.map((c) => cell(c.label, true)) },
      ...b.rows.map((r) => ({ type: 'TableRow', cells: b.columns.map((_, i) => cell(r[i] ?? '', false)) })),
    ],
  };
}

function blockElements(
  b: Block,
  images: readonly (CardImage | undefined)[],
  next: { i: number },
): CardElement[] {
  switch (b.type) {
    case 'text':
      return lines(b.text);
    case 'fields':
      return [{ type: 'FactSet', facts: b.fields.map((f) => ({ title: f.label, value: f.value })) }];
    case 'table':
      return [...(b.caption ? lines(b.caption, { weight: 'Bolder' }) : []), tableElement(b)];
    case 'chart': {
      const image = images[next.i++];
      if (!image) return lines(`📊 ${b.spec.alt}`, { isSubtle: true });
      return [{ type: 'Image', url: image.url, altText: image.alt, size: 'Stretch' }];
    }
  }
}

/**
 * A Reply as an Adaptive Card 1.5: title, text, facts, tables, chart images with their alt text,
 * and a button per follow-up that runs its command as if typed. `images` are the reply's charts in
 * block order (a missing one shows its alt text instead). With `nonce`, each button carries its own
 * id (`<nonce>.<index>`): clicked twice, it runs once.
 */
export function replyToAdaptiveCard(
  shown: Reply,
  images: readonly (CardImage | undefined)[] = [],
  nonce?: string,
): AdaptiveCard {
  // User text (a prospect named `[Urgent](https://…)`) is never a live link in a card.
  const reply = defuseReplyLinks(shown);
  const next = { i: 0 };
  const body: CardElement[] = [];
  if (reply.title) {
    body.push({
      type: 'TextBlock',
      text: reply.title,
      size: 'Medium',
      weight: 'Bolder',
      wrap: true,
      color: TONE_COLOR[reply.tone],
      style: 'heading',
    });
  }
  reply.blocks.forEach((b, i) => {
    const elements = blockElements(b, images, next);
    // An error without a title: its message carries the tone.
    if (!reply.title && i === 0 && reply.tone === 'error')
      for (const e of elements) if (e.type === 'TextBlock') e.color = 'Attention';
    body.push(...elements);
  });
  const actions = reply.followUps.map((f, i) =>
    submit(f.label, { text: f.command, ...(nonce && { once: `${nonce}.${i}` }) }),
  );
  return card(body, actions, reply.locale);
}
