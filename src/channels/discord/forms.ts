import { randomBytes } from 'node:crypto';
import { choiceIdOf } from '../../core/coerce.ts';
import type { Action } from '../../core/command.ts';
import type { FormRequest } from '../../core/form-plan.ts';
import { type DescribedOption, describeOptions } from '../../core/options.ts';
import type { Locale } from '../../domain/ids.ts';
import { createTranslator } from '../../i18n/index.ts';
import { formExample } from '../forms/examples.ts';
import { clip, LIMITS } from './limits.ts';

/** A command waiting for its form: what was already given, and which options the form asks. */
export interface PendingForm {
  userId: string;
  guildId: string | null;
  command: string;
  subcommand?: string | undefined;
  args: Record<string, unknown>;
  fields: readonly string[];
  /** What the user typed in this form before (a form sent back to be fixed), to fill it with. */
  values?: Readonly<Record<string, string>>;
  expires: number;
}

/** Forms waiting to be submitted, by a short key carried in the modal's custom id; they expire. */
export class PendingForms {
  readonly #items = new Map<string, PendingForm>();
  constructor(
    private readonly ttlMs = 15 * 60_000,
    private readonly max = 5000,
    private readonly clock: () => number = Date.now,
  ) {}

  add(form: Omit<PendingForm, 'expires'>): string {
    const now = this.clock();
    for (const [k, v] of this.#items) if (v.expires <= now) this.#items.delete(k);
    // Bounded: the oldest waiting form goes first.
    while (this.#items.size >= this.max) this.#items.delete(this.#items.keys().next().value as string);
    const key = randomBytes(6).toString('hex');
    this.#items.set(key, { ...form, expires: now + this.ttlMs });
    return key;
  }

  /**
   * The form under `key`, kept until it expires: a submission delivered twice finds it again, and
   * its key makes the second one answer "already saved" (see src/once).
   */
  get(key: string): PendingForm | undefined {
    const form = this.#items.get(key);
    return form && form.expires > this.clock() ? form : undefined;
  }

  /** The form under `key` (removed: a form is submitted once), or undefined when unknown or expired. */
  take(key: string): PendingForm | undefined {
    const form = this.#items.get(key);
    this.#items.delete(key);
    return form && form.expires > this.clock() ? form : undefined;
  }

  get size(): number {
    return this.#items.size;
  }
}

// Kinds a modal can ask for: text inputs, and a select for a short list of choices.
export const FILLABLE: ReadonlySet<string> = new Set([
  'text',
  'long_text',
  'choice',
  'date',
  'period',
  'money',
  'rate',
  'duration',
  'integer',
  'number',
]);

/**
 * The fields a modal (five at most) shows of the form the core asked for: the most needed first
 * (what is missing, then long texts and figures), in the command's order; undefined when it
 * cannot ask what is missing.
 */
export function modalFields(form: Pick<FormRequest, 'action' | 'fields' | 'missing'>): string[] | undefined {
  const options = describeOptions(form.action.options);
  const kindOf = (name: string) => options.find((o) => o.name === name)?.kind ?? 'file';
  if (form.missing.some((name) => !FILLABLE.has(kindOf(name)))) return undefined;
  const asked = new Set(
    form.fields.filter((name) => FILLABLE.has(kindOf(name))).slice(0, LIMITS.modalComponents),
  );
  return asked.size > 0 ? options.filter((o) => asked.has(o.name)).map((o) => o.name) : undefined;
}

const label = (o: DescribedOption, locale: Locale): string =>
  clip(locale === 'fr' ? (o.frName ?? o.name) : o.name, LIMITS.labelText);

function component(o: DescribedOption, locale: Locale, value: string | undefined, today: string | undefined) {
  const choices = o.choices ?? [];
  if (o.kind === 'choice' && choices.length <= LIMITS.selectOptions) {
    return {
      type: 3,
      custom_id: o.name,
      required: o.required,
      min_values: o.required ? 1 : 0,
      max_values: 1,
      options: choices.map((id) => ({
        label: clip(o.choiceLabels?.[locale][id] ?? id, 100),
        value: id,
        ...(value !== undefined && id === choiceIdOf(o, value) && { default: true }),
      })),
    };
  }
  const long = o.kind === 'long_text';
  const max = Math.min(o.maxLength ?? (long ? LIMITS.textInput : 200), LIMITS.textInput);
  // Figures and dates are typed as text and read by the core, as in a command: the hint is an
  // example it accepts (`ex. 1 234,50`, `ex. 45, 1h30`, `ex. hier, 27/11`).
  const example = formExample(o, locale, today);
  return {
    type: 4,
    custom_id: o.name,
    style: long ? 2 : 1,
    required: o.required,
    max_length: max,
    ...(example && { placeholder: clip(example, LIMITS.placeholder) }),
    ...(value !== undefined && { value: clip(value, max) }),
  };
}

/** The modal (Discord's form) asking `fields` of `action`, in the user's language, filled with `values`. */
export function modalFor(
  action: Action,
  fields: readonly string[],
  commandLabel: string,
  key: string,
  locale: Locale,
  fill: { values?: Readonly<Record<string, string>> | undefined; today?: string } = {},
) {
  const t = createTranslator(locale);
  const options = describeOptions(action.options);
  return {
    custom_id: `form:${key}`,
    title: clip(t('discord.form_title', { command: commandLabel }), LIMITS.modalTitle),
    components: fields.flatMap((name) => {
      const o = options.find((x) => x.name === name);
      if (!o) return [];
      return [
        {
          type: 18,
          label: label(o, locale),
          description: clip(o.description[locale], 100),
          component: component(o, locale, fill.values?.[name], fill.today),
        },
      ];
    }),
  };
}

/** The submitted values by option name; empty answers to optional fields are left out. */
export function modalValues(
  submitted: readonly { customId: string; value?: string | null; values?: readonly string[] | null }[],
): Record<string, string> {
  const out: Record<string, string> = {};
  for (const c of submitted) {
    const v = c.values ? c.values[0] : c.value;
    if (typeof v === 'string' && v.trim() !== '') out[c.customId] = v;
  }
  return out;
}
