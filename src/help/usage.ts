import type { Action, Command } from '../core/command.ts';
import { type DescribedOption, describeOptions, displayName, type OptionKind } from '../core/options.ts';
import type { Locale } from '../domain/ids.ts';

export { displayName };

/** How a user of this locale types an action: `/journal`, or `/prospect voir` for a subcommand. */
export const slashName = (command: Command, action: Action, locale: Locale): string =>
  command.action
    ? `/${displayName(command, locale)}`
    : `/${displayName(command, locale)} ${displayName(action, locale)}`;

/** What a placeholder of each kind reads, in the user's words: `montant:<montant>`. */
const KIND_WORDS: Record<Locale, Record<OptionKind, string>> = {
  fr: {
    text: 'texte',
    long_text: 'texte',
    choice: 'choix',
    integer: 'entier',
    number: 'nombre',
    money: 'montant',
    rate: 'taux',
    duration: 'durée',
    date: 'date',
    period: 'période',
    boolean: 'oui/non',
    file: 'fichier',
  },
  en: {
    text: 'text',
    long_text: 'text',
    choice: 'choice',
    integer: 'integer',
    number: 'number',
    money: 'amount',
    rate: 'rate',
    duration: 'duration',
    date: 'date',
    period: 'period',
    boolean: 'yes/no',
    file: 'file',
  },
};

/** `/log kind:<…> outcome:<…> prospect:<…> [date:<…>]` in the user's words. */
export function usageLine(command: Command, action: Action, locale: Locale): string {
  const opts = describeOptions(action.options).map((o) => {
    const part = `${displayName(o, locale)}:<${KIND_WORDS[locale][o.kind]}>`;
    return o.required ? part : `[${part}]`;
  });
  return [slashName(command, action, locale), ...opts].join(' ');
}

/** The choices of an option in the user's language, as they may type them: `appel, e-mail, SMS…`. */
export function choiceList(o: DescribedOption, locale: Locale): string {
  return (o.choices ?? []).map((id) => o.choiceLabels?.[locale][id] ?? id).join(', ');
}
