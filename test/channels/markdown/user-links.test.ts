import { createRequire } from 'node:module';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { replyToDiscord } from '../../../src/channels/discord/index.ts';
import { replyToAdaptiveCard } from '../../../src/channels/teams/cards/reply-card.ts';
import { defuseLinks } from '../../../src/core/defuse-links.ts';
import type { Reply } from '../../../src/core/reply.ts';
import { createTestCore } from '../../helpers/core.ts';

const EVIL = '[Urgent](https://evil.example/login)';
// Web Chat renders a card's and a message's Markdown with markdown-it (Teams and Discord have
// their own renderers with the same link syntax).
// (markdown-it comes with botframework-webchat; it ships no types.)
const MarkdownIt = createRequire(import.meta.url)('markdown-it') as new () => { render(s: string): string };
const md = new MarkdownIt();
const links = (text: string) =>
  [...md.render(text).matchAll(/<a href="([^"]*)">([^<]*)<\/a>/g)].map((m) => m[2]);

describe('Markdown links in user text are never live on chat channels', () => {
  let core: Awaited<ReturnType<typeof createTestCore>>;
  let added: Reply;
  let listed: Reply;
  beforeAll(async () => {
    core = await createTestCore();
    added = await core.run(`/prospect add name:"${EVIL}" city:Lyon`, { locale: 'en' });
    listed = await core.run('/prospect list', { locale: 'en' });
  });
  afterAll(() => core.close());

  it('the reply holds the name as typed; the terminal and --json keep it so', () => {
    expect(added.error).toBeUndefined();
    expect(JSON.stringify(listed)).toContain(EVIL);
    expect(links(EVIL)).toEqual(['Urgent']); // what the channels showed before
  });

  it('Discord embeds: no masked link, the characters still there', () => {
    for (const r of [added, listed]) {
      const json = JSON.stringify(replyToDiscord(r).embeds);
      expect(json).not.toContain('](https://evil');
      expect(json.replaceAll('\\u200b', '').replaceAll('\u200B', '')).toContain(EVIL);
      for (const e of replyToDiscord(r).embeds) {
        for (const s of [e.title, e.description, ...(e.fields ?? []).flatMap((f) => [f.name, f.value])])
          expect(links(s ?? '')).toEqual([]);
      }
    }
  });

  it('Teams and web chat cards: no TextBlock or cell renders a link', () => {
    for (const r of [added, listed]) {
      const texts = JSON.stringify(replyToAdaptiveCard(r)).match(/"text":"(?:[^"\\]|\\.)*"/g) ?? [];
      expect(texts.length).toBeGreaterThan(0);
      for (const t of texts) expect(links(JSON.parse(`{${t}}`).text)).toEqual([]);
      expect(JSON.stringify(replyToAdaptiveCard(r))).toContain('evil.example/login');
    }
  });

  it('reference links and nested brackets are defused too; text without links is unchanged', () => {
    expect(links(defuseLinks('[a] [b][c] [c]: https://x.example'))).toEqual([]);
    expect(links(defuseLinks('[[Urgent](https://evil.example)](https://evil.example)'))).toEqual([]);
    expect(defuseLinks('Boulangerie (Lyon) [B2B]')).toBe('Boulangerie (Lyon) [B2B]');
  });
});
