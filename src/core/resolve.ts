import type { Action, Command, Registry } from './command.ts';
import { UserError } from './errors.ts';
import type { ParsedText } from './grammar.ts';
import { type DescribedOption, describeOptions } from './options.ts';
import { suggest } from './suggest.ts';
import { periodWordCount } from './values/period-words.ts';
import { normalizeKey } from './values.ts';

export interface Resolved {
  command: Command;
  action: Action;
  /** Option name → value as typed (strings) or as sent by a channel (typed values). */
  raw: Record<string, unknown>;
}

/** What is found by name: a command, a subcommand, an option (whose aliases may be left out). */
type Named = { name: string; aliases?: readonly string[] | undefined; frName?: string | undefined };

const namesOf = (x: Named): string[] => [x.name, ...(x.frName ? [x.frName] : []), ...(x.aliases ?? [])];

/**
 * Each list's items by their names normalized, the first item of a name winning: a command is found
 * among the registry's in one lookup, not by normalizing every name of every command each time.
 * Lists are never changed once made (the registry's, a command's subcommands, its options).
 */
const nameIndexes = new WeakMap<readonly Named[], Map<string, Named>>();

function nameIndex<T extends Named>(items: readonly T[]): Map<string, T> {
  let index = nameIndexes.get(items);
  if (!index) {
    index = new Map();
    for (const item of items)
      for (const n of namesOf(item)) {
        const key = normalizeKey(n);
        if (!index.has(key)) index.set(key, item);
      }
    nameIndexes.set(items, index);
  }
  return index as Map<string, T>;
}

/** The item called `typed` by its name, French name or an alias, accent- and case-insensitively. */
export function findByName<T extends Named>(items: readonly T[], typed: string): T | undefined {
  return nameIndex(items).get(normalizeKey(typed));
}

/**
 * The item the user most likely meant, as each language names it: `suggestion` (English) and
 * `suggestion_fr`, whichever of its names was the closest (`text` → the option `body`, French
 * `texte`); empty when none is close. The message gives the one of the user's language.
 */
function suggestItem<T extends Named>(
  typed: string,
  items: readonly T[],
): { suggestion: string; suggestion_fr: string } {
  const hint = suggest(
    typed,
    items.flatMap((i) => namesOf(i)),
  );
  const item = hint === undefined ? undefined : findByName(items, hint);
  return item
    ? { suggestion: item.name, suggestion_fr: item.frName ?? item.name }
    : { suggestion: '', suggestion_fr: '' };
}

/** Looks a command up by name, French name or alias, accent- and case-insensitively. */
export function findCommand(registry: Registry, typed: string): Command {
  const found = findByName(registry.commands, typed);
  if (found) return found;
  throw new UserError('unknown_command', { command: typed, ...suggestItem(typed, registry.commands) });
}

/** The action of a command: itself, or the subcommand named by `typed`. */
export function findAction(command: Command, typed: string | undefined): Action {
  if (command.action) return command.action;
  // Names in both languages: the message shows the user's.
  const names = {
    command: command.name,
    command_fr: command.frName ?? command.name,
    subcommands: command.subcommands.map((s) => s.name).join(', '),
    subcommands_fr: command.subcommands.map((s) => s.frName ?? s.name).join(', '),
  };
  if (typed === undefined) throw new UserError('missing_subcommand', names);
  const found = findByName(command.subcommands, typed);
  if (found) return found;
  throw new UserError('unknown_subcommand', {
    ...names,
    subcommand: typed,
    ...suggestItem(typed, command.subcommands),
  });
}

const TEXT_KINDS = new Set(['long_text']);

/** Maps typed `name:value` pairs and positional words onto a command's options. */
export function resolveText(registry: Registry, parsed: ParsedText): Resolved {
  const command = findCommand(registry, parsed.command);
  const words = [...parsed.words];
  const action = findAction(command, command.action ? undefined : words.shift());
  const options = describeOptions(action.options);
  const raw: Record<string, unknown> = {};
  let previous: DescribedOption | undefined;
  for (const { key, value } of parsed.named) {
    const option = findByName(options, key);
    if (!option) {
      // `note:voir http://…` — a colon inside free text is not a new option.
      if (previous && TEXT_KINDS.has(previous.kind)) {
        raw[previous.name] = `${String(raw[previous.name])} ${key}:${value}`;
        continue;
      }
      const hint = suggestItem(key, options);
      throw new UserError(
        'unknown_option',
        {
          option: key,
          // As typed (`journal` for `log`): the message speaks the user's words.
          command: parsed.command.replace(/^\//, ''),
          ...hint,
          options: options.map((o) => o.name).join(', '),
          options_fr: options.map((o) => o.frName ?? o.name).join(', '),
        },
        key,
      );
    }
    if (option.name in raw) throw new UserError('duplicate_option', { option: key }, option.name);
    raw[option.name] = value;
    previous = option;
  }
  const positional = options.filter((o) => o.positional && !(o.name in raw));
  while (words.length > 0) {
    const slot = positional.shift();
    if (!slot)
      throw new UserError('unexpected_value', {
        value: words[0] ?? '',
        command: parsed.command.replace(/^\//, ''),
      });
    // The last free-text slot takes the remaining words: `/prospect show garage dupont`.
    const rest = positional.length === 0 && (slot.kind === 'text' || slot.kind === 'long_text');
    const take = rest ? words.length : slot.kind === 'period' ? periodWordCount(words) : 1;
    raw[slot.name] = take === 1 ? words.shift() : words.splice(0, take).join(' ');
  }
  return { command, action, raw };
}
