import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { commands } from '../../commands/index.ts';
import { replyToDiscord } from '../../src/channels/discord/reply-embeds.ts';
import { replyToAdaptiveCard } from '../../src/channels/teams/cards/reply-card.ts';
import { renderPlainText } from '../../src/core/render-text.ts';
import type { Reply } from '../../src/core/reply.ts';
import { seedDemo } from '../../src/demo/seed.ts';
import type { Locale } from '../../src/domain/ids.ts';
import { createTestCore } from '../helpers/core.ts';

let core: Awaited<ReturnType<typeof createTestCore>>;
beforeAll(async () => {
  core = await createTestCore();
  await seedDemo(core.store, { team: 'demo', now: new Date('2026-11-28T09:00:00Z') });
});
afterAll(async () => {
  await core.close();
});

/** The text a user sees of a reply on each channel: terminal, Discord embeds, Teams/web Adaptive Card. */
function renderings(r: Reply): Record<string, string> {
  const discord = replyToDiscord(r).embeds.flatMap((e) => [
    e.title ?? '',
    e.description ?? '',
    ...(e.fields ?? []).flatMap((f) => [f.name, f.value]),
  ]);
  const card: string[] = [];
  const walk = (x: unknown): void => {
    if (Array.isArray(x)) x.forEach(walk);
    else if (x && typeof x === 'object') {
      const o = x as Record<string, unknown>;
      if (o.type === 'TextBlock' && typeof o.text === 'string') card.push(o.text);
      for (const v of Object.values(o)) walk(v);
    }
  };
  walk(replyToAdaptiveCard(r).body);
  return { text: renderPlainText(r), discord: discord.join('\n'), card: card.join('\n') };
}

/** Lines that are commands to copy: they start with a slash; usage lines hold placeholders (`type:<choix>`). */
const exampleLines = (s: string): string[] =>
  s
    .split('\n')
    .map((l) => l.replace(/^\*\*|\*\*$/g, '').trim())
    .filter((l) => /^\/\p{L}/u.test(l) && !/^\/\S+ — /.test(l) && !/:<[^>]+>/.test(l)); // `/journal — Enregistrer…` is a title

// What a copied example must never meet: the parser or a value refusing it.
const PARSE_ERRORS =
  /^(unknown_|missing_|invalid_|empty_|unexpected_|unclosed_|duplicate_|ambiguous_|too_|period_)/;

describe('every example help prints runs as printed, on every channel', () => {
  it.each(['fr', 'en'] as const)('in %s', async (locale: Locale) => {
    const seen = new Set<string>();
    for (const c of commands) {
      const help = await core.run(`/help ${c.name}`, { team: 'demo', locale });
      expect(help.error).toBeUndefined();
      for (const [channel, rendered] of Object.entries(renderings(help))) {
        for (const line of exampleLines(rendered)) {
          expect({ channel, line }).not.toMatchObject({
            line: expect.stringMatching(/[\u00a0\u202f\u200b-\u200d\u00ad\u2060\ufeff…]/),
          });
          seen.add(line);
        }
      }
    }
    expect(seen.size).toBeGreaterThan(30);
    for (const line of seen) {
      const r = await core.run(line, { team: 'demo', locale });
      expect({ line, error: PARSE_ERRORS.test(r.error?.code ?? '') ? r.error : undefined }).toEqual({
        line,
        error: undefined,
      });
    }
  });
});

describe('the examples of a bad-period message', () => {
  it.each([
    ['fr', '/entonnoir période:bientôt', 'période'],
    ['en', '/funnel period:soon', 'period'],
  ] as const)('run as printed, in %s', async (locale, typed, option) => {
    const r = await core.run(typed, { team: 'demo', locale });
    expect(r.error?.code).toBe('invalid_period');
    const message = r.error?.message ?? '';
    expect(message).not.toMatch(/[\u00a0\u202f\u200b-\u200d\u00ad\u2060\ufeff…]/);
    const values = (message.split(/Exemples : |Examples: /)[1] ?? '').replace(/\.$/, '').split(', ');
    expect(values.length).toBeGreaterThanOrEqual(5);
    for (const v of values) {
      const command = `${typed.split(' ')[0]} ${option}:${v}`;
      expect({ command, error: (await core.run(command, { team: 'demo', locale })).error }).toEqual({
        command,
        error: undefined,
      });
    }
  });
});
