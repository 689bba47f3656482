import { randomBytes } from 'node:crypto';
import { createCanvas } from '@napi-rs/canvas';
import { describe, expect, it } from 'vitest';
import {
  cardMessage,
  MESSAGE_BUDGET,
  messageSize,
  replyMessages,
} from '../../../src/channels/teams/cards/message-budget.ts';
import { replyToAdaptiveCard } from '../../../src/channels/teams/cards/reply-card.ts';
import { type Reply, reply, table, text } from '../../../src/core/reply.ts';

const NAME = 'Boulangerie-pâtisserie artisanale des Quatre Saisons et fils, '.repeat(2).slice(0, 120);
const rows = (n: number, from = 0) =>
  Array.from({ length: n }, (_, i) => [
    `P-${from + i + 1}`,
    `${NAME} ${from + i + 1}`,
    'Villefranche-sur-Saône',
    'prospect',
    '27/11/2026',
    '87 chaud',
  ]);
const columns = ['ID', 'Nom', 'Ville', 'Statut', 'Dernier contact', 'Score'].map((label) => ({ label }));

const list = (n: number, total: number, offset = 0): Reply =>
  reply({
    title: `${total} prospects`,
    locale: 'fr',
    blocks: [
      table(columns, rows(n, offset), undefined, {
        offset,
        total,
        command: '/prospect liste nombre:100',
        option: 'début',
      }),
    ],
  });

const cardText = (m: unknown) => JSON.stringify(m);
const actions = (m: {
  attachments: { content?: { actions?: { title: string; data: { prospecta: { text: string } } }[] } }[];
}) => (m.attachments[0]?.content?.actions ?? []).map((a) => [a.title, a.data.prospecta.text]);

/** A noisy PNG (does not compress): `side`×`side` px. */
function noisyPng(side: number): string {
  const canvas = createCanvas(side, side);
  const ctx = canvas.getContext('2d');
  const img = ctx.createImageData(side, side);
  const noise = randomBytes(img.data.length);
  for (let i = 0; i < img.data.length; i++) img.data[i] = i % 4 === 3 ? 255 : (noise[i] as number);
  ctx.putImageData(img, 0, 0);
  return `data:image/png;base64,${canvas.toBuffer('image/png').toString('base64')}`;
}

describe('Teams message budget', () => {
  it('a 100-row list over 80 KB is cut to the rows that fit, with a Suite button for the next row', () => {
    const r = list(100, 240);
    // The defect: the plain card of 100 long rows is over the budget (over 100 KB even).
    expect(messageSize(cardMessage(replyToAdaptiveCard(r)))).toBeGreaterThan(100 * 1024);
    const messages = replyMessages(r, [], { maxMessages: 5 });
    expect(messages).toHaveLength(1);
    const [m] = messages;
    expect(messageSize(m)).toBeLessThanOrEqual(MESSAGE_BUDGET);
    const shown = (cardText(m).match(/"P-\d+"/g) ?? []).length;
    expect(shown).toBeGreaterThan(20);
    expect(shown).toBeLessThan(100);
    expect(actions(m as never)[0]).toEqual(['Suite', `/prospect liste nombre:100 début:${shown + 1}`]);
    expect(cardText(m)).toContain(`Lignes 1 à ${shown} sur 240.`);
  });

  it('a page that fits whole still offers the rest of the list; the last page offers nothing', () => {
    const [m] = replyMessages(list(10, 25, 10), []);
    expect(actions(m as never)).toEqual([['Suite', '/prospect liste nombre:100 début:21']]);
    expect(cardText(m)).not.toContain('Lignes');
    const [last] = replyMessages(list(5, 25, 20), []);
    expect(actions(last as never)).toEqual([]);
  });

  it('English replies say More', () => {
    const r = { ...list(100, 100), locale: 'en' as const };
    const [m] = replyMessages(r, []);
    expect(actions(m as never)[0]?.[0]).toBe('More');
    expect(cardText(m)).toMatch(/Rows 1–\d+ of 100\./);
  });

  it('inline charts that do not fit the card follow it as image messages, each within the budget', () => {
    const png = noisyPng(80); // ~34 K base64 characters, ~68 KB in UTF-16: two of them cannot share one card
    expect(png.length * 2).toBeGreaterThan(MESSAGE_BUDGET / 2);
    expect(png.length * 2).toBeLessThan(MESSAGE_BUDGET - 8 * 1024);
    const r = reply({
      title: 'Tableau de bord',
      locale: 'fr',
      blocks: [
        { type: 'chart', spec: { kind: 'bar', title: 'a', alt: 'Graphique A', data: [] } as never },
        text('Entre les deux'),
        { type: 'chart', spec: { kind: 'bar', title: 'b', alt: 'Graphique B', data: [] } as never },
      ],
    });
    const images = [
      { url: png, alt: 'Graphique A' },
      { url: png, alt: 'Graphique B' },
    ];
    const messages = replyMessages(r, images, { maxMessages: 5 });
    expect(messages).toHaveLength(3);
    for (const m of messages) expect(messageSize(m)).toBeLessThanOrEqual(MESSAGE_BUDGET);
    expect(cardText(messages[0])).not.toContain('data:image');
    expect(cardText(messages[0])).toContain('Graphique A');
    expect(messages[1]?.attachments[0]).toMatchObject({
      contentType: 'image/png',
      contentUrl: png,
      name: 'chart-1.png',
    });
    // A post is one message: the charts leave the card and their alt text stays.
    const [post, ...rest] = replyMessages(r, images, { maxMessages: 1 });
    expect(rest).toEqual([]);
    expect(messageSize(post)).toBeLessThanOrEqual(MESSAGE_BUDGET);
    expect(cardText(post)).toContain('Graphique B');
  });

  it('https chart URLs stay in the card', () => {
    const r = reply({ blocks: [{ type: 'chart', spec: { alt: 'Entonnoir' } as never }] });
    const [m, ...rest] = replyMessages(r, [{ url: 'https://p.example.org/charts/ab.png', alt: 'Entonnoir' }]);
    expect(rest).toEqual([]);
    expect(cardText(m)).toContain('"url":"https://p.example.org/charts/ab.png"');
  });

  it('a text too long for any message is cut and says so', () => {
    const r = reply({ locale: 'en', blocks: [text('word '.repeat(40_000)), text('after')] });
    const [m] = replyMessages(r, []);
    expect(messageSize(m)).toBeLessThanOrEqual(MESSAGE_BUDGET);
    expect(cardText(m)).toContain('answer shortened to fit in one Teams message');
    expect(cardText(m)).not.toContain('after');
  });
});
