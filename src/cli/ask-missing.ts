import { todayIn } from '../analytics/period.ts';
import { formExample } from '../channels/forms/examples.ts';
import { coerceValue } from '../core/coerce.ts';
import { userErrorMessage } from '../core/dispatch.ts';
import { isUserError } from '../core/errors.ts';
import { type FormRequest, formFieldsInOrder } from '../core/form-plan.ts';
import type { DescribedOption } from '../core/options.ts';
import { quoteValue } from '../core/typed-command.ts';
import type { Locale } from '../domain/ids.ts';
import { choiceList, displayName } from '../help/usage.ts';
import { createTranslator } from '../i18n/index.ts';

const CANCEL = new Set(['annuler', 'cancel', 'abandonner', 'stop']);

/** How the terminal asks: a question about one field (its answer, or undefined at end of input), and a line said. */
export interface FormIo {
  ask: (question: string, field: DescribedOption) => Promise<string | undefined>;
  say: (text: string) => void;
  locale: Locale;
}

/**
 * The questions of the core's form, one per field, in the order the Teams card and the Discord
 * modal show them; a form never asks a file (the core plans none for a command that needs one).
 */
export const formQuestions = (form: Pick<FormRequest, 'action' | 'fields'>): DescribedOption[] =>
  formFieldsInOrder(form).filter((o) => o.kind !== 'file');

/**
 * The question for one field, from the same parts as the card's and the modal's: its label (the
 * option's description), its name as typed, its choices or the example its placeholder shows, and
 * whether Enter skips it.
 */
export function questionFor(o: DescribedOption, locale: Locale, today?: string): string {
  const t = createTranslator(locale);
  const hints = [
    o.kind === 'choice'
      ? t('chat.ask_choices', { choices: choiceList(o, locale) })
      : formExample(o, locale, today),
    o.required ? undefined : t('chat.ask_optional'),
  ].filter((h): h is string => h !== undefined);
  const name = displayName(o, locale);
  const head = `${o.description[locale]} [${name}:]${hints.length > 0 ? ` (${hints.join(locale === 'fr' ? ' ; ' : '; ')})` : ''}`;
  return `${head}${t('chat.ask_suffix')}`;
}

/** The command line that sends the form: the command as this user types it, then every value given, as typed. */
function formLine(form: FormRequest, values: Readonly<Record<string, unknown>>, locale: Locale): string {
  const words = [
    form.command.action
      ? `/${displayName(form.command, locale)}`
      : `/${displayName(form.command, locale)} ${displayName(form.action, locale)}`,
  ];
  for (const o of formFieldsInOrder({ action: form.action, fields: Object.keys(values) })) {
    const v = values[o.name];
    if (v !== undefined) words.push(`${displayName(o, locale)}:${quoteValue(String(v))}`);
  }
  return words.join(' ');
}

/**
 * Fills the core's form in the terminal, one question per field, and returns the command line
 * that sends it, or undefined when the user cancels (`annuler`, `cancel`, Ctrl-C, end of input).
 * A form the core sent back (`formAgain`) says its error first. A value the core's parsers refuse
 * is explained in the core's words and asked again; Enter skips an optional field (and drops what
 * it held) and asks a required one again.
 */
export async function fillForm(form: FormRequest, io: FormIo): Promise<string | undefined> {
  const t = createTranslator(io.locale);
  const today = todayIn(Intl.DateTimeFormat().resolvedOptions().timeZone, new Date());
  const env = { today, locale: io.locale };
  if (form.notice !== undefined) io.say(form.notice);
  else io.say(t('chat.ask_intro', { command: formLine(form, {}, io.locale) }));
  const values: Record<string, unknown> = { ...form.values };
  for (const o of formQuestions(form)) {
    for (;;) {
      const answer = await io.ask(questionFor(o, io.locale, today), o);
      if (answer === undefined || CANCEL.has(answer.trim().toLowerCase())) {
        io.say(t('chat.cancelled'));
        return undefined;
      }
      const value = answer.trim();
      if (value === '') {
        if (!o.required) {
          delete values[o.name];
          break;
        }
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
      values[o.name] = value;
      break;
    }
  }
  return formLine(form, values, io.locale);
}
