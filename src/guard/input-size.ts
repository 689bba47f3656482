import type { Invocation } from '../core/dispatch.ts';
import { UserError } from '../core/errors.ts';
import type { DescribedOption } from '../core/options.ts';

/** The longest command line (typed, or a form's values together), in characters. */
export const MAX_COMMAND_CHARS = 20_000;
/** Defaults of an option value without its own `maxLength`: a free text (a note), another text, any other kind. */
export const MAX_NOTE_CHARS = 2_000;
export const MAX_TEXT_CHARS = 200;
export const MAX_OTHER_CHARS = 1_000;
/** What an error shows of a value that is too long: its start, never the whole. */
const PREFIX_CHARS = 24;

/** The field name of the whole command in `input_too_long`. */
export const COMMAND_FIELD = 'command';

/** The most characters `option` takes, as typed. */
export function maxChars(option: DescribedOption): number {
  if (option.kind === 'long_text') return option.maxLength ?? MAX_NOTE_CHARS;
  if (option.kind === 'text') return option.maxLength ?? MAX_TEXT_CHARS;
  return MAX_OTHER_CHARS;
}

/** The first characters of a value, cut on a code point, without line breaks. */
export function shortPrefix(value: string): string {
  return Array.from(value.slice(0, PREFIX_CHARS * 2))
    .slice(0, PREFIX_CHARS)
    .join('')
    .replace(/\s+/g, ' ')
    .trim();
}

function tooLong(option: string, length: number, limit: number, value: string, field: string): UserError {
  return new UserError('input_too_long', { option, length, limit, prefix: shortPrefix(value) }, field);
}

/**
 * Refuses, before any parsing, a command longer than `MAX_COMMAND_CHARS`: a 50 MB note is not read,
 * stored nor echoed. The option's name is not known yet, so the error names the command.
 */
export function checkCommandSize(input: Invocation['input']): void {
  if (input.kind === 'text') {
    if (input.text.length > MAX_COMMAND_CHARS)
      throw tooLong(COMMAND_FIELD, input.text.length, MAX_COMMAND_CHARS, input.text, COMMAND_FIELD);
    return;
  }
  let total = 0;
  for (const value of Object.values(input.args)) {
    if (typeof value !== 'string') continue;
    total += value.length;
    if (total > MAX_COMMAND_CHARS)
      throw tooLong(COMMAND_FIELD, total, MAX_COMMAND_CHARS, value, COMMAND_FIELD);
  }
}

/** Refuses one option's value longer than the option takes, naming the option as this user types it. */
export function checkValueSize(option: DescribedOption, shownName: string, value: unknown): void {
  if (typeof value !== 'string') return;
  const limit = maxChars(option);
  const typed = value.trim();
  if (typed.length > limit) throw tooLong(shownName, typed.length, limit, typed, option.name);
}
