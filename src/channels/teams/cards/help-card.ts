import type { Command, Registry } from '../../../core/command.ts';
import { describeOptions } from '../../../core/options.ts';
import type { Reply } from '../../../core/reply.ts';
import type { Locale } from '../../../domain/ids.ts';
import { helpGroups } from '../../../help/overview.ts';
import { displayName } from '../../../help/usage.ts';
import { createTranslator } from '../../../i18n/index.ts';
import { formFits } from './form-card.ts';
import { replyToAdaptiveCard } from './reply-card.ts';
import { type AdaptiveCard, type CardElement, submit } from './types.ts';

/**
 * `/help` as a card on one screen: the help reply, then one button per task group that unfolds the
 * group's forms (a button per command or subcommand that opens its form, or runs it when it has no
 * options).
 */
/** A reply listing every command by task group (`/help` without a command): shown as the help card. */
export const isCommandIndex = (reply: Reply): boolean => Array.isArray(reply.data?.groups);

export function helpCard(reply: Reply, registry: Registry, locale: Locale): AdaptiveCard {
  const t = createTranslator(locale);
  const base = replyToAdaptiveCard(reply);
  const formButtons = (c: Command): CardElement[] =>
    (c.action ? [c.action] : c.subcommands).filter(formFits).map((a) => {
      const label = c.action
        ? `/${displayName(c, locale)}`
        : `/${displayName(c, locale)} ${displayName(a, locale)}`;
      const hasOptions = describeOptions(a.options).length > 0;
      return submit(label, {
        command: c.name,
        ...(c.action ? {} : { subcommand: a.name }),
        ...(hasOptions && { form: true as const }),
      });
    });
  const groups = helpGroups(registry, t)
    .map((g) => ({ title: g.title, buttons: g.commands.flatMap(formButtons) }))
    .filter((g) => g.buttons.length > 0);
  return {
    ...base,
    body: [
      ...base.body,
      { type: 'TextBlock', text: t('card.help_forms'), wrap: true, weight: 'Bolder' },
      {
        type: 'ActionSet',
        actions: groups.map((g) => ({
          type: 'Action.ShowCard',
          title: g.title,
          card: { type: 'AdaptiveCard', body: [{ type: 'ActionSet', actions: g.buttons }] },
        })),
      },
    ],
  };
}
