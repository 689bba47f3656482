import type { Action, Command } from '../core/command.ts';
import { type DescribedOption, describeOptions } from '../core/options.ts';
import type { Locale } from '../domain/ids.ts';

/** The name a user of this locale sees for a command or option. */
export const displayName = (x: { name: string; frName?: string }, locale: Locale): string =>
  locale === 'fr' ? (x.frName ?? x.name) : x.name;

/** `/log kind:<…> outcome:<…> prospect:<…> [date:<…>]` in the user's words. */
export function usageLine(command: Command, action: Action, locale: Locale): string {
  const head = command.action
    ? `/${displayName(command, locale)}`
    : `/${displayName(command, locale)} ${displayName(action, locale)}`;
  const opts = describeOptions(action.options).map((o) => {
    const part = `${displayName(o, locale)}:<${o.kind === 'choice' ? 'choix' : o.kind}>`;
    return o.required ? part : `[${part}]`;
  });
  return [head, ...opts].join(' ');
}

/** The choices of an option as the user may type them: `call (appel)`. */
export function choiceList(o: DescribedOption, locale: Locale): string {
  return (o.choices ?? [])
    .map((id) => {
      const label = o.choiceLabels?.[locale][id];
      return label && label !== id ? `${id} (${label})` : id;
    })
    .join(', ');
}
