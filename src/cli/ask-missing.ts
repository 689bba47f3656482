import { todayIn } from '../analytics/period.ts';
import { formExample } from '../channels/forms/examples.ts';
import { coerceValue } from '../core/coerce.ts';
import type { Registry } from '../core/command.ts';
import { userErrorMessage } from '../core/dispatch.ts';
import { isUserError } from '../core/errors.ts';
import { parseCommandText } from '../core/grammar.ts';
import { type DescribedOption, describeOptions } from '../core/options.ts';
import { resolveText } from '../core/resolve.ts';
import { quoteValue } from '../core/typed-command.ts';
import type { Locale } from '../domain/ids.ts';
import { choiceList, displayName } from '../help/usage.ts';
import { createTranslator } from '../i18n/index.ts';

const CANCEL = new Set(['annuler', 'cancel', 'abandonner', 'stop']);

/**
 * The options to ask for a typed command: its missing required options, and when the command was
 * typed alone (`/journal`), its optional ones too but flags and files (Enter skips them). Empty when nothing is
 * missing, or when the line is no command (dispatch then says why).
 */
export function optionsToAsk(line: string, registry: Registry): DescribedOption[] {
  try {
    const parsed = parseCommandText(line);
    const { action, raw } = resolveText(registry, parsed);
    const options = describeOptions(action.options);
    const missing = options.filter((o) => o.required && !(o.name in raw));
    if (missing.length === 0) return [];
    const bare = Object.keys(raw).length === 0;
    return bare
      ? [...missing, ...options.filter((o) => !o.required && o.kind !== 'file' && o.kind !== 'boolean')]
      : missing;
  } catch {
    return [];
  }
}

/** The question for one option: its label in the user's words, an example or its choices, and whether Enter skips it. */
export function questionFor(o: DescribedOption, locale: Locale): string {
  const t = createTranslator(locale);
  const hints = [
    o.kind === 'choice' ? t('chat.ask_choices', { choices: choiceList(o, locale) }) : formExample(o, locale),
    o.required ? undefined : t('chat.ask_optional'),
  ].filter((h): h is string => h !== undefined);
  const name = displayName(o, locale);
  const head = `${o.description[locale]} [${name}:]${hints.length > 0 ? ` (${hints.join(locale === 'fr' ? ' ; ' : '; ')})` : ''}`;
  return `${head}${t('chat.ask_suffix')}`;
}

/**
 * Asks each option in turn and returns the completed command line, or undefined when the user
 * cancels (`annuler`, `cancel`, Ctrl-C, end of input). A value the core's parsers refuse is
 * explained and asked again; an empty answer skips an optional option and re-asks a required one.
 */
export async function askMissing(
  line: string,
  options: readonly DescribedOption[],
  io: { ask: (question: string) => Promise<string | undefined>; say: (text: string) => void; locale: Locale },
): Promise<string | undefined> {
  const t = createTranslator(io.locale);
  const env = {
    today: todayIn(Intl.DateTimeFormat().resolvedOptions().timeZone, new Date()),
    locale: io.locale,
  };
  const command = line.trim().split(/\s+/).slice(0, 2).join(' ');
  io.say(t('chat.ask_intro', { command: command.startsWith('/') ? command : `/${command}` }));
  const parts = [line.trim()];
  for (const o of options) {
    for (;;) {
      const answer = await io.ask(questionFor(o, io.locale));
      if (answer === undefined || CANCEL.has(answer.trim().toLowerCase())) {
        io.say(t('chat.cancelled'));
        return undefined;
      }
      const value = answer.trim();
      if (value === '') {
        if (!o.required) break;
        io.say(t('chat.ask_required_again'));
        continue;
      }
      try {
        await coerceValue(o, value, env);
      } catch (e) {
        if (!isUserError(e)) throw e;
        io.say(userErrorMessage(t, e));
        continue;
      }
      parts.push(`${o.name}:${quoteValue(value)}`);
      break;
    }
  }
  return parts.join(' ');
}
