import { z } from 'zod';
import { defineCommand } from '../src/core/command.ts';
import { describeOptions, opt } from '../src/core/options.ts';
import { reply, table, text } from '../src/core/reply.ts';
import { findCommand } from '../src/core/resolve.ts';
import { choiceList, displayName, usageLine } from '../src/help/usage.ts';

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
      const rows = registry.commands.flatMap((c) =>
        c.action
          ? [[`/${displayName(c, locale)}`, c.description[locale]]]
          : c.subcommands.map((s) => [
              `/${displayName(c, locale)} ${displayName(s, locale)}`,
              s.description[locale],
            ]),
      );
      return reply({
        title: t('help.title'),
        blocks: [
          text(t('help.intro')),
          table([{ label: t('help.col_command') }, { label: t('help.col_what') }], rows),
          text(t('help.more')),
        ],
        followUps: [{ label: t('help.followup_log'), command: '/help log' }],
        data: {
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
        o.description[locale] + (o.choices ? ` — ${choiceList(o, locale)}` : ''),
      ]);
      return [
        text(`**${usageLine(command, a, locale)}**\n${a.description[locale]}`),
        ...(rows.length
          ? [table([{ label: t('help.col_option') }, { label: t('help.col_what') }], rows)]
          : []),
        ...(a.examples.length ? [text(`${t('help.examples')}\n${a.examples.join('\n')}`)] : []),
      ];
    });
    return reply({
      title: `/${displayName(command, locale)} — ${command.description[locale]}`,
      blocks: [...blocks, text(t('help.required_note'))],
      data: { command: command.name },
    });
  },
});
