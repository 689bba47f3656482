import type { Locale } from '../domain/ids.ts';
import { createTranslator } from '../i18n/index.ts';
import type { Action, Command } from './command.ts';
import { type DescribedOption, describeOptions, displayName } from './options.ts';
import type { Reply } from './reply.ts';
import { normalizeKey } from './values.ts';

/**
 * Where an invocation comes from, which decides when a form opens: a command typed (or a slash
 * command), a button that runs a command as typed text, or a form sent back.
 */
export type Via = 'typed' | 'button' | 'form';

/** A long text given as one of these (`note:…`) asks for the command's form. */
export const FORM_WORDS = ['form', 'formulaire', '...', '…'] as const;

export const isFormWord = (v: unknown): boolean =>
  typeof v === 'string' && (FORM_WORDS as readonly string[]).includes(normalizeKey(v) || v.trim());

/**
 * The command's form to open instead of (or after) running it, decided once for every channel:
 * each adapter only renders it (a Discord modal, an Adaptive Card, questions in the terminal).
 */
export interface FormRequest {
  readonly command: Command;
  readonly action: Action;
  /** What was given, as typed (form words left out): the form starts from it. */
  readonly values: Readonly<Record<string, unknown>>;
  /**
   * The options the form asks, the most needed first: the missing required ones, those asked with
   * a form word, then (from a button) the long texts and one figure of each kind not given. A
   * platform that shows few fields takes the first.
   */
  readonly fields: readonly string[];
  /** The required options not given (a command typed with others says the first is missing). */
  readonly missing: readonly string[];
  /** Why the form came back (a submitted value the core could not read), shown above `noticeField`. */
  readonly notice?: string;
  readonly noticeField?: string;
  /** A command typed with some options but not all: its form says what is missing (`formNotice`). */
  readonly explain?: boolean;
}

/** What a form names: the command, its action, and the options given (by option name). */
export interface FormTarget {
  command: Command;
  action: Action;
  raw: Record<string, unknown>;
}

// From a button, after what is missing and the long texts, the form asks one option of each kind
// of figure, money first: a visit's amount, duration and date.
const FIGURES = ['money', 'duration', 'date', 'number', 'integer', 'period'];

/** A form cannot take a file: a command that needs one asks it otherwise (an attachment, an upload link). */
const formFits = (options: readonly DescribedOption[]): boolean =>
  options.every((o) => !(o.required && o.kind === 'file'));

const withoutFormWords = (raw: Record<string, unknown>): Record<string, unknown> =>
  Object.fromEntries(Object.entries(raw).filter(([, v]) => !isFormWord(v)));

/**
 * The form a command should open before it runs, if any: when a required option is missing (a
 * bare `/log`, a button whose command needs more) or a long text is given as a form word
 * (`note:…`). A command typed alone asks for its form as a button does: it gets the same fields.
 * A form sent back never opens another before running: its errors bring it back (`formAgain`).
 */
export function plannedForm(target: FormTarget, via: Via): FormRequest | undefined {
  if (via === 'form') return undefined;
  const options = describeOptions(target.action.options);
  const given = (o: DescribedOption) => target.raw[o.name] !== undefined && !isFormWord(target.raw[o.name]);
  const missing = options.filter((o) => o.required && target.raw[o.name] === undefined);
  const asked = options.filter((o) => o.kind === 'long_text' && isFormWord(target.raw[o.name]));
  if ((missing.length === 0 && asked.length === 0) || !formFits(options)) return undefined;
  const fields = new Set([...missing, ...asked]);
  const bare = Object.keys(target.raw).length === 0;
  if (via === 'button' || (via === 'typed' && bare)) {
    for (const o of options) if (o.kind === 'long_text' && !given(o)) fields.add(o);
    for (const kind of FIGURES) {
      const figure = options.find((o) => o.kind === kind && !fields.has(o) && !given(o));
      if (figure) fields.add(figure);
    }
  }
  const values = withoutFormWords(target.raw);
  return {
    command: target.command,
    action: target.action,
    values,
    fields: [...fields].map((o) => o.name),
    missing: missing.map((o) => o.name),
    ...(via === 'typed' && missing.length > 0 && Object.keys(values).length > 0 && { explain: true }),
  };
}

/**
 * The options a form asks, in the order every channel shows them (the command's); a platform that
 * shows fewer fields takes the first of `form.fields` instead, in the same order.
 */
export function formFieldsInOrder(form: Pick<FormRequest, 'action' | 'fields'>): DescribedOption[] {
  const asked = new Set(form.fields);
  return describeOptions(form.action.options).filter((o) => asked.has(o.name));
}

/**
 * A form sent back that the core could not run because of one of its fields (`12 x 3` in an
 * amount, an unknown prospect): the same form again, with the values as typed and the error above
 * that field. Nothing was saved (the command failed inside its transaction). Undefined when the
 * error names no option, or when the reply is a question (a possible duplicate) with its own buttons.
 */
export function formAgain(
  reply: Reply,
  target: FormTarget,
  values: Readonly<Record<string, unknown>>,
): FormRequest | undefined {
  const field = reply.error?.field;
  if (!reply.error || field === undefined || reply.followUps.length > 0) return undefined;
  const options = describeOptions(target.action.options);
  if (!options.some((o) => o.name === field) || !formFits(options)) return undefined;
  return {
    command: target.command,
    action: target.action,
    values,
    fields: [field],
    missing: reply.error.code === 'missing_option' ? [field] : [],
    notice: reply.error.message,
    noticeField: field,
  };
}

/** The notice of a form in `locale`, with the field it sits above: its error, or what a typed command lacked. */
export function formNotice(
  form: FormRequest,
  locale: Locale,
): { notice: string; noticeField: string } | undefined {
  if (form.notice !== undefined && form.noticeField !== undefined)
    return { notice: form.notice, noticeField: form.noticeField };
  const first = form.explain ? form.missing[0] : undefined;
  const option = first && describeOptions(form.action.options).find((o) => o.name === first);
  if (!option) return undefined;
  const t = createTranslator(locale);
  return {
    notice: t('errors.missing_option', { option: displayName(option, locale) }),
    noticeField: option.name,
  };
}
