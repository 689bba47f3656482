import type { Action, Command } from '../../../core/command.ts';
import { type DescribedOption, describeOptions } from '../../../core/options.ts';
import type { Locale } from '../../../domain/ids.ts';
import { displayName } from '../../../help/usage.ts';
import { createTranslator } from '../../../i18n/index.ts';
import { type AdaptiveCard, type CardElement, card, submit } from './types.ts';

export interface FormOptions {
  /** Values to start from, as typed (`{ prospect: 'Boulangerie Martin' }`). */
  values?: Readonly<Record<string, unknown>>;
  /** A message shown above the fields (the error that brought the form up). */
  notice?: string;
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

const rangeHint = (min: number | undefined, max: number | undefined): { placeholder?: string } => {
  if (min !== undefined && max !== undefined) return { placeholder: `${min} – ${max}` };
  if (min !== undefined) return { placeholder: `≥ ${min}` };
  return max !== undefined ? { placeholder: `≤ ${max}` } : {};
};

/** One input for one option, from its zod meta; undefined for what a card cannot ask (files). */
function input(o: DescribedOption, locale: Locale, opts: FormOptions): CardElement | undefined {
  const t = createTranslator(locale);
  const label = o.description[locale];
  const value = initial(opts.values?.[o.name]);
  const common = {
    id: o.name,
    label,
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
      return {
        type: 'Input.Text',
        ...common,
        placeholder: t('card.period_placeholder'),
        ...(value !== undefined && { value }),
      };
    case 'integer':
    case 'number':
    case 'money':
    case 'duration': {
      const n = value === undefined ? undefined : Number(value);
      const min = o.min !== undefined && o.min > -1e12 ? o.min : undefined;
      const max = o.max !== undefined && o.max < 1e12 ? o.max : undefined;
      // Web Chat's renderer (adaptivecards 3.0) reads an empty number as NaN, which fails any
      // min/max and blocks the whole form: optional fields show the range instead; the core checks it.
      const range = o.required
        ? { ...(min !== undefined && { min }), ...(max !== undefined && { max }) }
        : rangeHint(min, max);
      return {
        type: 'Input.Number',
        ...common,
        ...range,
        ...(n !== undefined && Number.isFinite(n) && { value: n }),
      };
    }
    case 'date':
      return {
        type: 'Input.Date',
        ...common,
        ...(o.noFuture && opts.today && { max: opts.today }),
        ...(value !== undefined && /^\d{4}-\d{2}-\d{2}$/.test(value) && { value }),
      };
    case 'boolean':
      return {
        type: 'Input.Toggle',
        ...common,
        title: o.description[locale],
        valueOn: 'true',
        valueOff: 'false',
        value: value === 'true' ? 'true' : 'false',
      };
    case 'choice':
      return {
        type: 'Input.ChoiceSet',
        ...common,
        style: 'compact',
        choices: (o.choices ?? []).map((id) => ({ title: o.choiceLabels?.[locale][id] ?? id, value: id })),
        ...(value !== undefined && o.choices?.includes(value) && { value }),
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
  const body: CardElement[] = [
    { type: 'TextBlock', text: head, size: 'Medium', weight: 'Bolder', wrap: true, style: 'heading' },
    { type: 'TextBlock', text: action.description[locale], wrap: true, spacing: 'None' },
    ...(opts.notice ? [{ type: 'TextBlock', text: opts.notice, wrap: true, color: 'Attention' }] : []),
    ...(inputs.length > 0
      ? [{ type: 'TextBlock', text: t('card.form_intro'), wrap: true, isSubtle: true }]
      : []),
    ...inputs,
  ];
  const data = {
    command: command.name,
    ...(!command.action && { subcommand: action.name }),
    ...(opts.once && { once: opts.once }),
  };
  return card(body, [submit(t('card.submit'), data, 'positive')], locale);
}
