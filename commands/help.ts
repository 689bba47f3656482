import { z } from 'zod';
import type { Registry } from '../src/core/command.ts';
import { defineCommand } from '../src/core/command.ts';
import { localizeCommandText } from '../src/core/localize-command.ts';
import { type DescribedOption, describeOptions, opt } from '../src/core/options.ts';
import { reply, table, text } from '../src/core/reply.ts';
import { findCommand } from '../src/core/resolve.ts';
import { normalizeKey } from '../src/core/values.ts';
import type { Locale } from '../src/domain/ids.ts';
import { maxChars } from '../src/guard/input-size.ts';
import { helpGroups, helpLine } from '../src/help/overview.ts';
import { choiceList, displayName, usageLine } from '../src/help/usage.ts';
import type { Translator } from '../src/i18n/index.ts';

/**
 * An action's examples in the user's words, each once. Those written in the user's language come
 * first-hand (their free text is in that language too); the others are re-printed in its words.
 */
function examplesIn(registry: Registry, examples: readonly string[], locale: Locale): string {
  const own = examples.filter((e) => writtenIn(registry, e) === locale);
  const shown = own.length > 0 ? own : examples;
  return [...new Set(shown.map((e) => localizeCommandText(registry, e, locale)))].join('\n');
}

/** The language an example was written in, told by its command word: `/journal` French, `/log` English. */
function writtenIn(registry: Registry, example: string): Locale | undefined {
  const word = normalizeKey(example.trim().split(/\s+/)[0]?.replace(/^\//, '') ?? '');
  const c = registry.find(word);
  if (!c) return undefined;
  if (c.frName && normalizeKey(c.frName) === word && c.frName !== c.name) return 'fr';
  return normalizeKey(c.name) === word ? 'en' : undefined;
}

/**
 * A free text's size limit after its description: ` (2000 caractères max)` (short texts keep their
 * line short: Discord cuts a long help, examples included).
 */
const textLimit = (o: DescribedOption, t: Translator): string =>
  o.kind === 'long_text' ? ` (${t('help.max_chars', { limit: String(maxChars(o)) })})` : '';

/** The choices after an option's description, unless the description already names them all. */
function withChoices(o: DescribedOption, locale: Locale): string {
  const what = o.description[locale];
  if (!o.choices) return what;
  const list = choiceList(o, locale);
  const said = normalizeKey(what);
  const all = list.split(', ').every((c) => said.includes(normalizeKey(c)));
  return all ? what : `${what} — ${list}`;
}

export default defineCommand({
  name: 'help',
  frName: 'aide',
  aliases: ['?', 'commandes'],
  dmAllowed: true,
  description: { fr: 'Les commandes et comment les utiliser', en: 'The commands and how to use them' },
  examples: ['/help', '/aide journal'],
  options: z.object({
    command: opt.text({
      positional: true,
      frName: 'commande',
      description: { fr: 'Une commande en détail', en: 'One command in detail' },
    }),
  }),
  handler(args, ctx) {
    const { t, locale, registry } = ctx;
    if (args.command === undefined) {
      // One screen: a line per command, grouped by task; `/aide <commande>` gives the detail.
      const groups = helpGroups(registry, t);
      return reply({
        title: t('help.title'),
        blocks: [
          text(t('help.intro')),
          ...groups.map((g) =>
            text([`**${g.title}**`, ...g.commands.map((c) => helpLine(c, locale, t))].join('\n')),
          ),
          text(t('help.more')),
        ],
        followUps: [{ label: t('help.followup_log'), command: '/help log' }],
        data: {
          groups: groups.map((g) => ({ title: g.title, commands: g.commands.map((c) => c.name) })),
          commands: registry.commands.map((c) => ({
            name: c.name,
            subcommands: c.subcommands.map((s) => s.name),
          })),
        },
      });
    }
    const command = findCommand(registry, args.command.replace(/^\//, ''));
    const actions = command.action ? [command.action] : command.subcommands;
    const blocks = actions.flatMap((a) => {
      const rows = describeOptions(a.options).map((o) => [
        displayName(o, locale) + (o.required ? ' *' : ''),
        withChoices(o, locale) + textLimit(o, t),
      ]);
      return [
        text(`**${usageLine(command, a, locale)}**\n${a.description[locale]}`),
        ...(rows.length
          ? [table([{ label: t('help.col_option') }, { label: t('help.col_what') }], rows)]
          : []),
        ...(a.examples.length
          ? [text(`${t('help.examples')}\n${examplesIn(registry, a.examples, locale)}`)]
          : []),
      ];
    });
    return reply({
      title: `/${displayName(command, locale)} — ${command.description[locale]}`,
      blocks: [...blocks, text(t('help.required_note'))],
      data: { command: command.name },
    });
  },
});
