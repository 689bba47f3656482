import type { Registry } from '../../../core/command.ts';
import { describeOptions } from '../../../core/options.ts';
import type { Reply } from '../../../core/reply.ts';
import type { Locale } from '../../../domain/ids.ts';
import { displayName } from '../../../help/usage.ts';
import { createTranslator } from '../../../i18n/index.ts';
import { formFits } from './form-card.ts';
import { replyToAdaptiveCard } from './reply-card.ts';
import { type AdaptiveCard, type CardElement, submit } from './types.ts';

/**
 * `/help` as a card: the help reply, then a button per command (or subcommand) that opens its
 * form, or runs it directly when it has no options.
 */
export function helpCard(reply: Reply, registry: Registry, locale: Locale): AdaptiveCard {
  const t = createTranslator(locale);
  const base = replyToAdaptiveCard(reply);
  const sets: CardElement[] = registry.commands.flatMap((c) => {
    const actions = (c.action ? [c.action] : c.subcommands).filter(formFits);
    if (actions.length === 0) return [];
    return [
      {
        type: 'ActionSet',
        actions: actions.map((a) => {
          const label = c.action
            ? `/${displayName(c, locale)}`
            : `/${displayName(c, locale)} ${displayName(a, locale)}`;
          const hasOptions = describeOptions(a.options).length > 0;
          return submit(label, {
            command: c.name,
            ...(c.action ? {} : { subcommand: a.name }),
            ...(hasOptions && { form: true as const }),
          });
        }),
      },
    ];
  });
  return {
    ...base,
    body: [
      ...base.body,
      { type: 'TextBlock', text: t('card.help_forms'), wrap: true, weight: 'Bolder' },
      ...sets,
    ],
  };
}
