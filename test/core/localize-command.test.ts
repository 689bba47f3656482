import { describe, expect, it } from 'vitest';
import { commands } from '../../commands/index.ts';
import { coerceValue } from '../../src/core/coerce.ts';
import { parseCommandText } from '../../src/core/grammar.ts';
import { localizeCommandText } from '../../src/core/localize-command.ts';
import { describeOptions } from '../../src/core/options.ts';
import { createRegistry } from '../../src/core/registry.ts';
import { resolveText } from '../../src/core/resolve.ts';
import type { Locale } from '../../src/domain/ids.ts';

const registry = createRegistry(commands);

/** What a command line means: the action and each option's value once coerced. */
async function meaning(text: string) {
  const r = resolveText(registry, parseCommandText(text));
  const values: Record<string, unknown> = {};
  for (const o of describeOptions(r.action.options)) {
    const raw = r.raw[o.name];
    if (raw === undefined) continue;
    values[o.name] =
      o.kind === 'file'
        ? raw
        : await coerceValue(o, raw, { today: '2026-11-28', locale: 'fr' }).catch((e) => e);
  }
  // `/aide journal` and `/help log` ask for the same page.
  if (r.command.name === 'help' && typeof values.command === 'string')
    values.command = registry.find(values.command)?.name ?? values.command;
  return { command: r.command.name, action: r.action.name, values };
}

const examples = commands.flatMap((c) => [
  ...(c.action?.examples ?? []),
  ...c.subcommands.flatMap((s) => s.examples),
]);

describe('localizeCommandText', () => {
  it.each([
    ['/funnel period:this-week', 'fr', '/entonnoir période:cette-semaine'],
    ['/entonnoir période:cette-semaine', 'en', '/funnel period:this-week'],
    ['/log kind:visit prospect:P-3', 'fr', '/journal type:visite prospect:P-3'],
    ['/log prospect:P-1 kind:call', 'fr', '/journal prospect:P-1 type:appel'],
    ['/portfolio abc 2026', 'fr', '/portefeuille abc 2026'],
    ['/help log', 'fr', '/aide journal'],
    ['/aide journal', 'en', '/help log'],
    [
      '/funnel period:2026-11-16..2026-11-22 compare:previous',
      'fr',
      '/entonnoir période:2026-11-16..2026-11-22 comparer:"période précédente"',
    ],
    ['/funnel details:true', 'fr', '/entonnoir détails:oui'],
    ['/funnel details:true', 'en', '/funnel details:true'],
    ['/entonnoir comparer:précédente', 'fr', '/entonnoir comparer:précédente'],
    ['/entonnoir détails:oui', 'en', '/funnel details:yes'],
  ] as const)('%s in %s reads %s', (input, locale, expected) => {
    expect(localizeCommandText(registry, input, locale as Locale)).toBe(expected);
  });

  it('leaves text that is not a command as it is', () => {
    expect(localizeCommandText(registry, '/nope x:1', 'fr')).toBe('/nope x:1');
    expect(localizeCommandText(registry, 'hello "world', 'fr')).toBe('hello "world');
  });

  it(`re-prints each of the ${examples.length} help examples to the same invocation, in both languages`, async () => {
    expect(examples.length).toBeGreaterThan(40);
    for (const example of examples) {
      const before = await meaning(example);
      for (const locale of ['fr', 'en'] as const) {
        const after = localizeCommandText(registry, example, locale);
        expect({ example, locale, meaning: await meaning(after) }).toEqual({
          example,
          locale,
          meaning: before,
        });
        expect(localizeCommandText(registry, after, locale)).toBe(after);
      }
    }
  });
});
