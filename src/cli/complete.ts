import type { Action, Command, Registry } from '../core/command.ts';
import { type DescribedOption, describeOptions } from '../core/options.ts';
import { findByName } from '../core/resolve.ts';
import type { Locale } from '../domain/ids.ts';

/** readline's completer answer: the candidates, and the part of the line they replace. */
export type Completion = [string[], string];

const NAMED = /^([\p{L}_][\p{L}\p{N}_-]*)[:=]/u;

/** The user's name first (French names for a French user), then the English one. */
const namesOf = (x: { name: string; frName?: string }, locale: Locale): string[] =>
  locale === 'fr' && x.frName ? [x.frName, x.name] : [x.name, ...(x.frName ? [x.frName] : [])];

const startsWith = (candidate: string, typed: string): boolean =>
  candidate.toLowerCase().startsWith(typed.toLowerCase());

const unique = (xs: string[]): string[] => [...new Set(xs)];

/**
 * Tab completion of the terminal chat, as a pure function of the line: `/jo` → `/journal`; after a
 * command, its subcommands, then its `option:` names not given yet (in the user's language and in
 * English); after `option:`, the option's choices.
 */
export function completeLine(line: string, registry: Registry, locale: Locale): Completion {
  const words = line.split(/\s+/);
  const partial = words.at(-1) ?? '';
  if (words.length === 1) {
    const slash = partial.startsWith('/') ? '/' : '';
    const typed = partial.slice(slash.length);
    const hits = registry.commands.flatMap((c) => namesOf(c, locale)).filter((n) => startsWith(n, typed));
    return [unique(hits).map((n) => `${slash}${n}`), partial];
  }
  const command = registry.find((words[0] ?? '').replace(/^\//, ''));
  if (!command) return [[], partial];
  let action: Action | undefined = command.action;
  if (!action) {
    if (words.length === 2)
      return [subcommandsOf(command, locale).filter((n) => startsWith(n, partial)), partial];
    action = findByName(command.subcommands, words[1] ?? '');
    if (!action) return [[], partial];
  }
  const options = describeOptions(action.options);
  const named = NAMED.exec(partial);
  if (named) {
    const option = findByName(options, named[1] as string);
    const values = option?.choices?.flatMap((id) =>
      unique([id, ...labelWords(option.choiceLabels?.[locale][id])]),
    );
    const prefix = partial.slice(0, named[0].length);
    const typed = partial.slice(named[0].length);
    return [
      unique(values ?? [])
        .filter((v) => startsWith(v, typed))
        .map((v) => `${prefix}${v}`),
      partial,
    ];
  }
  const given = new Set(
    words.slice(1, -1).flatMap((w) => {
      const m = NAMED.exec(w);
      const o = m ? findByName(options, m[1] as string) : undefined;
      return o ? [o.name] : [];
    }),
  );
  const hits = options
    .filter((o) => !given.has(o.name))
    .flatMap((o) => namesOf(o, locale))
    .filter((n) => startsWith(n, partial))
    .map((n) => `${n}:`);
  return [unique(hits), partial];
}

const subcommandsOf = (command: Command, locale: Locale): string[] =>
  unique(command.subcommands.flatMap((s) => namesOf(s, locale)));

/** A choice's label as one typed word (`porte-à-porte`), or nothing when it has spaces. */
const labelWords = (label: string | undefined): string[] => (label && !/\s/.test(label) ? [label] : []);

/**
 * Tab completion of an answer to a form's question in the terminal: a choice field's choices (ids
 * and one-word labels in the user's language); nothing for free fields.
 */
export function completeAnswer(o: DescribedOption, line: string, locale: Locale): Completion {
  const typed = line.trim();
  const values = (o.choices ?? []).flatMap((id) => unique([...labelWords(o.choiceLabels?.[locale][id]), id]));
  return [unique(values).filter((v) => startsWith(v, typed)), line];
}
