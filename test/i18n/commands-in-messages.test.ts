import { describe, expect, it } from 'vitest';
import { commands } from '../../commands/index.ts';
import type { Command } from '../../src/core/command.ts';
import { createRegistry } from '../../src/core/registry.ts';
import { normalizeKey } from '../../src/core/values.ts';
import type { Locale } from '../../src/domain/ids.ts';
import { en, fr } from '../../src/i18n/catalog.ts';

const registry = createRegistry(commands);

/** Each `/command subcommand` a message names, with the language its words are in. */
function commandWordsIn(message: string): { text: string; command: Command; words: string[] }[] {
  const found: { text: string; command: Command; words: string[] }[] = [];
  for (const m of message.matchAll(/(?<![\w/.:])\/([\p{L}-]+)(?: ([\p{L}-]+))?/gu)) {
    const command = registry.find(m[1] as string);
    if (command) found.push({ text: m[0], command, words: [m[1] as string, ...(m[2] ? [m[2]] : [])] });
  }
  return found;
}

const foreign = (c: { name: string; frName?: string }, word: string, locale: Locale): boolean => {
  if (!c.frName || normalizeKey(c.frName) === normalizeKey(c.name)) return false;
  const other = locale === 'fr' ? c.name : c.frName;
  return normalizeKey(word) === normalizeKey(other);
};

describe('commands named in messages', () => {
  it.each([
    ['fr', fr],
    ['en', en],
  ] as const)('%s messages name commands and actions in their own language', (locale, catalog) => {
    const wrong: string[] = [];
    for (const [key, message] of Object.entries(catalog)) {
      for (const { text, command, words } of commandWordsIn(message)) {
        const sub = words[1]
          ? command.subcommands.find((s) => registry && foreign(s, words[1] as string, locale))
          : undefined;
        if (foreign(command, words[0] as string, locale) || sub) wrong.push(`${key}: ${text}`);
      }
    }
    expect(wrong).toEqual([]);
  });
});
