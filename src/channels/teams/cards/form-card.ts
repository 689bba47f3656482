import { choiceIdOf } from '../../../core/coerce.ts';
import type { Action, Command } from '../../../core/command.ts';
import { type DescribedOption, describeOptions } from '../../../core/options.ts';
import type { Locale } from '../../../domain/ids.ts';
import { displayName } from '../../../help/usage.ts';
import { createTranslator } from '../../../i18n/index.ts';
import { formExample } from '../../forms/examples.ts';
import { type AdaptiveCard, type CardElement, card, submit } from './types.ts';

export interface FormOptions {
  /** Values to start from, as typed (`{ prospect: 'Boulangerie Martin' }`). */
  values?: Readonly<Record<string, unknown>>;
  /** A message shown above the fields (the error that brought the form up). */
  notice?: string;
  /** The option the notice is about: the notice then sits right above that field. */
  noticeField?: string;
  /** Today in the team's time zone: the latest day a `noFuture` date accepts. */
  today?: string;
  /** This form's id, sent back with its values: submitting the same form twice saves once. */
  once?: string;
}

const title = (o: DescribedOption, locale: Locale): string => {
  const name = displayName(o, locale);
  return name.charAt(0).toUpperCase() + name.slice(1);
};

const initial = (v: unknown): string | undefined =>
  typeof v === 'string' || typeof v === 'number' ? String(v) : undefined;

/** One input for one option, from its zod meta; undefined for what a card cannot ask (files). */
function input(o: DescribedOption, locale: Locale, opts: FormOptions): CardElement | undefined {
  const t = createTranslator(locale);
  const value = initial(opts.values?.[o.name]);
  const common = {
    id: o.name,
    label: o.description[locale],
    ...(o.required && { isRequired: true, errorMessage: t('card.required', { field: title(o, locale) }) }),
  };
  switch (o.kind) {
    case 'text':
    case 'long_text':
      return {
        type: 'Input.Text',
        ...common,
        ...(o.kind === 'long_text' && { isMultiline: true }),
        maxLength: o.maxLength ?? 200,
        ...(value !== undefined && { value }),
      };
    case 'period':
    case 'integer':
    case 'number':
    case 'money':
    case 'rate':
    case 'duration':
    case 'date': {
      // Typed as text and read by the core's own parsers, exactly like a typed command: a client's
      // Input.Number or Input.Date reads `1234,50` or `1h30` its own way (123450, 130).
      const example = formExample(o, locale, opts.today);
      return {
        type: 'Input.Text',
        ...common,
        ...(example && { placeholder: example }),
        maxLength: 100,
        ...(value !== undefined && { value }),
      };
    }
    case 'boolean': {
      // A toggle shows its title beside the box: a label above it would say the same thing twice.
      const { label, ...rest } = common;
      return {
        type: 'Input.Toggle',
        ...rest,
        title: label,
        valueOn: 'true',
        valueOff: 'false',
        value: value === 'true' ? 'true' : 'false',
      };
    }
    case 'choice':
      return {
        type: 'Input.ChoiceSet',
        ...common,
        style: 'compact',
        choices: (o.choices ?? []).map((id) => ({ title: o.choiceLabels?.[locale][id] ?? id, value: id })),
        ...(value !== undefined && choiceIdOf(o, value) !== undefined && { value: choiceIdOf(o, value) }),
      };
    case 'file':
      return undefined;
  }
}

/** True when a card can ask every required option of the action (no file upload). */
export const formFits = (action: Action): boolean =>
  describeOptions(action.options).every((o) => !(o.required && o.kind === 'file'));

/**
 * The form of a command, generated from its zod options: one input per option (required flags,
 * limits and choices from the schema, labels in `locale`), and a submit button that runs it.
 */
export function commandToForm(
  command: Command,
  action: Action,
  locale: Locale,
  opts: FormOptions = {},
): AdaptiveCard {
  const t = createTranslator(locale);
  const head = command.action
    ? `/${displayName(command, locale)}`
    : `/${displayName(command, locale)} ${displayName(action, locale)}`;
  const inputs = describeOptions(action.options).flatMap((o) => input(o, locale, opts) ?? []);
  const notice = opts.notice
    ? { type: 'TextBlock', text: opts.notice, wrap: true, color: 'Attention', weight: 'Bolder' }
    : undefined;
  // Adaptive Cards show an input's `errorMessage` only for the client's own checks: the core's
  // error goes right above the field it is about, else above the fields.
  const beside = notice && inputs.some((i) => i.id === opts.noticeField);
  const body: CardElement[] = [
    { type: 'TextBlock', text: head, size: 'Medium', weight: 'Bolder', wrap: true, style: 'heading' },
    { type: 'TextBlock', text: action.description[locale], wrap: true, spacing: 'None' },
    ...(notice && !beside ? [notice] : []),
    ...inputs.flatMap((i) => (beside && i.id === opts.noticeField ? [notice, i] : [i])),
  ];
  const data = {
    command: command.name,
    ...(!command.action && { subcommand: action.name }),
    ...(opts.once && { once: opts.once }),
  };
  return card(body, [submit(t('card.submit'), data, 'positive')], locale);
}
