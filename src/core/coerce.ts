import type { z } from 'zod';
import type { Locale } from '../domain/ids.ts';
import { checkValueSize } from '../guard/input-size.ts';
import type { Action } from './command.ts';
import { UserError } from './errors.ts';
import { type DescribedOption, describeOptions, displayName } from './options.ts';
import { suggest } from './suggest.ts';
import { parsePeriod } from './values/period.ts';
import {
  checkNotFuture,
  normalizeKey,
  parseAmount,
  parseBoolean,
  parseDate,
  parseDuration,
  parseInteger,
  parseNumber,
  parseRate,
} from './values.ts';

export interface CoerceEnv {
  today: string;
  locale: Locale;
  /** How numeric dates are read: day first (French) unless a file says otherwise. */
  dateOrder?: 'dmy' | 'mdy' | 'ymd';
  /** The decimal separator of a file's numeric column, when its values tell (`22.368` in a US export). */
  decimal?: '.' | ',';
  /** Turns a `file:` value (attachment name, or a path in the terminal) into its bytes. */
  resolveFile?: (ref: string) => Promise<{ name: string; bytes: Uint8Array }>;
}

type Parsed<T> =
  | { ok: true; value: T }
  | { ok: false; code: string; params?: Record<string, string | number> };

/** The option's name as this user types it (`montant` in French, `amount` in English). */
const label = displayName;

function unwrap<T>(r: Parsed<T>, option: DescribedOption, typed: string, locale: Locale): T {
  if (r.ok) return r.value;
  throw new UserError(r.code, { option: label(option, locale), value: typed, ...r.params }, option.name);
}

// Every word that names a choice, normalized once per option: an import matches it for each row.
const choiceIndexes = new WeakMap<DescribedOption, Map<string, string>>();

function choiceIndex(option: DescribedOption): Map<string, string> {
  let index = choiceIndexes.get(option);
  if (!index) {
    index = new Map();
    for (const id of option.choices ?? []) {
      const words = [
        id,
        option.choiceLabels?.fr[id],
        option.choiceLabels?.en[id],
        ...(option.choiceAliases?.[id] ?? []),
      ];
      for (const w of words)
        if (w !== undefined && !index.has(normalizeKey(w))) index.set(normalizeKey(w), id);
    }
    choiceIndexes.set(option, index);
  }
  return index;
}

/**
 * The choice id a typed word names (`visite`, `Visit`, `rdv` → its id), or undefined: forms use it
 * to pre-select what a follow-up command gave in the user's language.
 */
export function choiceIdOf(option: DescribedOption, typed: string): string | undefined {
  if (option.choices?.includes(typed)) return typed;
  const index = choiceIndex(option);
  return index.get(typed) ?? index.get(normalizeKey(typed));
}

function choiceValue(option: DescribedOption, typed: string, locale: Locale): string {
  const choices = option.choices ?? [];
  if (choices.includes(typed)) return typed;
  const index = choiceIndex(option);
  const found = index.get(typed) ?? index.get(normalizeKey(typed));
  if (found !== undefined) {
    // The same spelling comes back on every row of a file: remember it as typed (bounded).
    if (index.size < 5000) index.set(typed, found);
    return found;
  }
  const labels = choices.map((id) => option.choiceLabels?.[locale][id] ?? id);
  // The hint speaks the user's language: French labels only in French (`visite`, not `visit`).
  const all =
    locale === 'fr' ? labels : choices.flatMap((id) => [id, option.choiceLabels?.[locale][id] ?? id]);
  throw new UserError(
    'invalid_choice',
    {
      option: label(option, locale),
      value: typed,
      choices: labels.join(', '),
      suggestion: suggest(typed, all) ?? '',
    },
    option.name,
  );
}

/** One option's value: typed text → the type its schema expects, or a UserError naming the option. */
export async function coerceValue(option: DescribedOption, value: unknown, env: CoerceEnv): Promise<unknown> {
  if (typeof value !== 'string') return value; // channels with typed options send numbers and booleans as such
  const typed = value.trim();
  if (typed === '' && option.kind !== 'text' && option.kind !== 'long_text') {
    throw new UserError('empty_value', { option: label(option, env.locale) }, option.name);
  }
  switch (option.kind) {
    case 'text':
    case 'long_text':
      return typed;
    case 'choice':
      return choiceValue(option, typed, env.locale);
    case 'integer':
      return unwrap(parseInteger(typed), option, typed, env.locale);
    case 'number':
      return unwrap(
        parseNumber(typed, env.decimal ? { decimal: env.decimal } : {}),
        option,
        typed,
        env.locale,
      );
    case 'money':
      return unwrap(
        parseAmount(typed, env.decimal ? { decimal: env.decimal } : {}),
        option,
        typed,
        env.locale,
      );
    case 'rate':
      return unwrap(parseRate(typed), option, typed, env.locale);
    case 'duration':
      return unwrap(parseDuration(typed), option, typed, env.locale);
    case 'boolean':
      return unwrap(parseBoolean(typed), option, typed, env.locale);
    case 'date': {
      const day = unwrap(
        parseDate(typed, { today: env.today, ...(env.dateOrder && { order: env.dateOrder }) }),
        option,
        typed,
        env.locale,
      );
      return option.noFuture
        ? unwrap(checkNotFuture(day, env.today, { graceDays: 1 }), option, typed, env.locale)
        : day;
    }
    case 'period': {
      const r = parsePeriod(typed, env.today);
      if (!r.ok)
        throw new UserError(
          r.code,
          { option: label(option, env.locale), value: typed, ...r.params },
          option.name,
        );
      return { ...r.period, kind: r.kind };
    }
    case 'file': {
      if (!env.resolveFile)
        throw new UserError('file_not_supported', { option: label(option, env.locale) }, option.name);
      return env.resolveFile(typed);
    }
  }
}

/** A required option left out; a file is attached rather than typed (the terminal's `fichier:chemin` aside). */
const missing = (option: DescribedOption | undefined, name: string, field: string): UserError =>
  new UserError(option?.kind === 'file' ? 'missing_file' : 'missing_option', { option: name }, field);

function issueToError(
  issue: z.core.$ZodIssue,
  options: readonly DescribedOption[],
  locale: Locale,
): UserError {
  const field = String(issue.path[0] ?? '');
  const option = options.find((o) => o.name === field);
  const name = option ? label(option, locale) : field;
  if (issue.code === 'invalid_type' && issue.input === undefined) return missing(option, name, field);
  if (issue.code === 'too_small' || issue.code === 'too_big') {
    const bound = Number(issue.code === 'too_small' ? issue.minimum : issue.maximum);
    const isText = option?.kind === 'text' || option?.kind === 'long_text';
    const code = `${issue.code}${isText ? '_text' : ''}`;
    if (isText && issue.code === 'too_small') return new UserError('empty_value', { option: name }, field);
    return new UserError(code, { option: name, limit: bound }, field);
  }
  return new UserError('invalid_value', { option: name, detail: issue.message }, field);
}

/** Typed text and channel values → the action's validated arguments, or a UserError naming the option. */
export async function coerceArgs(
  action: Action,
  raw: Record<string, unknown>,
  env: CoerceEnv,
): Promise<unknown> {
  const options = describeOptions(action.options);
  const values: Record<string, unknown> = {};
  for (const option of options) {
    if (raw[option.name] === undefined) continue;
    checkValueSize(option, label(option, env.locale), raw[option.name]);
    values[option.name] = await coerceValue(option, raw[option.name], env);
  }
  return validateArgs(action.options, values, env.locale);
}

/** Checks coerced values against an options schema; the first problem becomes a UserError. */
export function validateArgs(schema: z.ZodObject, values: Record<string, unknown>, locale: Locale): unknown {
  const result = schema.safeParse(values);
  if (result.success) return result.data;
  const issue = result.error.issues[0] as z.core.$ZodIssue;
  const field = String(issue.path[0] ?? '');
  const option = describeOptions(schema).find((o) => o.name === field);
  if (option && values[field] === undefined) throw missing(option, label(option, locale), field);
  throw issueToError(issue, describeOptions(schema), locale);
}
