import { largestFitting } from '../../../core/largest-fitting.ts';
import type { Block, Reply } from '../../../core/reply.ts';
import { createTranslator, type Translator } from '../../../i18n/index.ts';
import { type CardImage, replyToAdaptiveCard } from './reply-card.ts';
import type { AdaptiveCard } from './types.ts';

/**
 * The size a bot message must stay under: Microsoft refuses bot messages over 100 KB and advises
 * staying under 80 KB. Measured as the activity's JSON in UTF-16 code units, 2 bytes each.
 */
export const MESSAGE_BUDGET = 80 * 1024;
/** Room kept for what the connector adds to an activity (ids, conversation, from, recipient…). */
const ENVELOPE = 4 * 1024;

/** A message's size as the budget counts it: its JSON in UTF-16 code units, 2 bytes each. */
export const messageSize = (message: unknown): number => JSON.stringify(message).length * 2;

export interface CardMessage {
  type: 'message';
  attachments: { contentType: string; content?: AdaptiveCard; contentUrl?: string; name?: string }[];
}

/** A card as the message that carries it (what botbuilder's `CardFactory.adaptiveCard` makes). */
export const cardMessage = (card: AdaptiveCard): CardMessage => ({
  type: 'message',
  attachments: [{ contentType: 'application/vnd.microsoft.card.adaptive', content: card }],
});

const imageMessage = (image: CardImage, n: number): CardMessage => ({
  type: 'message',
  attachments: [{ contentType: 'image/png', contentUrl: image.url, name: `chart-${n}.png` }],
});

export interface BudgetOptions {
  /** Card nonce: each button runs once (see replyToAdaptiveCard). */
  nonce?: string;
  /** How many messages the answer may take: inline charts that do not fit follow the card. */
  maxMessages?: number;
  /** For tests: a smaller budget in bytes. */
  budget?: number;
}

/** How much of the reply is shown: rows per table block, blocks kept, the last kept text's length. */
interface Cut {
  rows: number[];
  keep: number;
  textChars?: number;
}

/** The reply as shown under `cut`, with the *Suite* button of its first paged table. */
function shape(reply: Reply, cut: Cut, t: Translator): Reply {
  let more: Reply['followUps'][number] | undefined;
  const blocks: Block[] = reply.blocks.slice(0, cut.keep).map((b, i): Block => {
    if (b.type === 'text' && i === cut.keep - 1 && cut.textChars !== undefined)
      return { type: 'text', text: `${b.text.slice(0, cut.textChars)}…` };
    if (b.type !== 'table') return b;
    const shown = cut.rows[i] ?? b.rows.length;
    const offset = b.page?.offset ?? 0;
    const total = b.page?.total ?? b.rows.length;
    if (b.page && !more && offset + shown < total)
      more = { label: t('card.more'), command: `${b.page.command} ${b.page.option}:${offset + shown + 1}` };
    if (shown === b.rows.length) return b;
    const caption = t('card.page_rows', { from: offset + 1, to: offset + shown, total });
    return { ...b, rows: b.rows.slice(0, shown), caption };
  });
  const shortened = cut.keep < reply.blocks.length || cut.textChars !== undefined;
  if (shortened) blocks.push({ type: 'text', text: t('card.shortened') });
  return { ...reply, blocks, followUps: more ? [more, ...reply.followUps] : reply.followUps };
}

/**
 * A reply as Teams / web chat messages, each within the message budget (see MESSAGE_BUDGET). When
 * the card is too big: inline charts (data: URLs, no PUBLIC_BASE_URL) move out of the card to
 * messages of their own (within `maxMessages`, else their alt text stays), long tables are cut
 * (a paged list gets a *Suite* button that runs its command from the next row), and as a last
 * resort trailing blocks are left out with a notice.
 */
export function replyMessages(
  reply: Reply,
  images: readonly (CardImage | undefined)[],
  opts: BudgetOptions = {},
): CardMessage[] {
  const budget = (opts.budget ?? MESSAGE_BUDGET) - ENVELOPE;
  const fits = (m: CardMessage) => messageSize(m) <= budget;
  const t = createTranslator(reply.locale ?? 'fr');
  const full: Cut = {
    rows: reply.blocks.map((b) => (b.type === 'table' ? b.rows.length : 0)),
    keep: reply.blocks.length,
  };
  const render = (cut: Cut, shown: readonly (CardImage | undefined)[]) =>
    cardMessage(replyToAdaptiveCard(shape(reply, cut, t), shown, opts.nonce));

  const whole = render(full, images);
  if (fits(whole)) return [whole];

  // Inline charts leave the card first: each becomes a message of its own when it fits one.
  const followers: CardMessage[] = [];
  const inCard = images.map((image, i) => {
    if (!image?.url.startsWith('data:')) return image;
    const m = imageMessage(image, i + 1);
    if (fits(m) && followers.length + 1 < (opts.maxMessages ?? 1)) followers.push(m);
    return undefined;
  });
  const cut: Cut = { ...full, rows: [...full.rows] };
  const fitsWith = (c: Cut) => fits(render(c, inCard));
  if (fitsWith(cut)) return [render(cut, inCard), ...followers];

  // Then the tables, the largest first: as many rows as fit.
  const tables = reply.blocks
    .map((b, i) => ({ i, size: b.type === 'table' ? JSON.stringify(b.rows).length : -1 }))
    .filter((x) => x.size >= 0)
    .sort((a, b) => b.size - a.size);
  for (const { i } of tables) {
    const rows = largestFitting(full.rows[i] ?? 0, (n) => fitsWith({ ...cut, rows: cut.rows.with(i, n) }));
    cut.rows[i] = Math.max(rows, 0);
    if (rows >= 0) return [render(cut, inCard), ...followers];
  }

  // Last resort: the blocks that fit, the next one's text cut to what fits.
  cut.keep = Math.max(
    largestFitting(reply.blocks.length, (k) => fitsWith({ ...cut, keep: k })),
    0,
  );
  const next = reply.blocks[cut.keep];
  if (next?.type === 'text') {
    const chars = largestFitting(next.text.length, (n) =>
      fitsWith({ ...cut, keep: cut.keep + 1, textChars: n }),
    );
    if (chars > 0) return [render({ ...cut, keep: cut.keep + 1, textChars: chars }, inCard), ...followers];
  }
  return [render(cut, inCard), ...followers];
}
