import type { z } from 'zod';
import type { Locale } from '../domain/ids.ts';
import type { Registry } from './command.ts';
import { describeOptions, displayName } from './options.ts';
import { typedRate } from './values/rates.ts';

/** A value as one word of a typed command: quoted when it holds spaces, a colon or a quote. */
export function quoteValue(value: string): string {
  if (value !== '' && !/[\s:"«»“”„]/u.test(value)) return value;
  if (!value.includes('"')) return `"${value}"`;
  if (!value.includes('»')) return `« ${value} »`;
  return `“${value.replaceAll('”', '"')}”`;
}

const decimal = (n: number, locale: Locale): string =>
  locale === 'fr' ? String(n).replace('.', ',') : String(n);

/**
 * The text that runs `command` again with `args` (validated values), in the user's language:
 * French option names and choice labels for French users. Dates are written as days
 * (`2026-11-27`), so a button clicked tomorrow still means the day that `hier` meant today.
 */
export function typedCommand(
  command: string,
  schema: z.ZodObject,
  args: Readonly<Record<string, unknown>>,
  locale: Locale,
): string {
  const words = [command.startsWith('/') ? command : `/${command}`];
  for (const o of describeOptions(schema)) {
    const v = args[o.name];
    if (v === undefined || o.kind === 'file' || o.kind === 'period') continue;
    const name = displayName(o, locale);
    let typed: string;
    if (typeof v === 'number' && o.kind === 'rate') typed = typedRate(v, locale === 'fr' ? ',' : '.');
    else if (typeof v === 'number') typed = decimal(v, locale);
    else if (typeof v === 'boolean') typed = locale === 'fr' ? (v ? 'oui' : 'non') : String(v);
    else if (o.kind === 'choice') typed = o.choiceLabels?.[locale][String(v)] ?? String(v);
    else typed = String(v);
    words.push(`${name}:${quoteValue(typed)}`);
  }
  return words.join(' ');
}

/** `typedCommand` for a registered command (and subcommand), named as this user types it. */
export function retype(
  registry: Registry,
  path: { command: string; subcommand?: string },
  args: Readonly<Record<string, unknown>>,
  locale: Locale,
): string {
  const command = registry.find(path.command);
  const action = command?.action ?? command?.subcommands.find((s) => s.name === path.subcommand);
  if (!command || !action) throw new Error(`no command ${path.command} ${path.subcommand ?? ''}`);
  const name = command.action
    ? displayName(command, locale)
    : `${displayName(command, locale)} ${displayName(action, locale)}`;
  return typedCommand(name, action.options, args, locale);
}
