import type { Locale } from '../domain/ids.ts';
import { choiceIdOf } from './coerce.ts';
import type { Registry } from './command.ts';
import { isUserError } from './errors.ts';
import { parseCommandText } from './grammar.ts';
import { type DescribedOption, describeOptions, displayName } from './options.ts';
import type { Reply } from './reply.ts';
import { findAction, findCommand } from './resolve.ts';
import { quoteValue } from './typed-command.ts';
import { findPeriodKeyword, PERIOD_KEYWORDS } from './values/period-keywords.ts';
import { normalizeKey } from './values.ts';

const nameIn = displayName;

/**
 * The word a user of `locale` types for a choice. Only a word of the other language changes: the
 * English id becomes the French label; a French word becomes the id. A word already right stays.
 */
function choiceWord(option: DescribedOption, typed: string, locale: Locale): string {
  const id = choiceIdOf(option, typed);
  if (id === undefined) return typed;
  const isId = normalizeKey(typed) === normalizeKey(id);
  if (locale === 'en') {
    const label = option.choiceLabels?.en[id];
    return isId || (label !== undefined && normalizeKey(label) === normalizeKey(typed)) ? typed : id;
  }
  if (!isId) return typed;
  const label = option.choiceLabels?.fr[id];
  if (label === undefined || choiceIdOf(option, label) !== id) return typed; // a label shared with another choice
  // `B généralement fiable` only explains `B`: the id is what people type.
  return normalizeKey(label).startsWith(`${normalizeKey(id)} `) ? typed : label;
}

/** Period and day keywords in the user's language (`this-week` → `cette-semaine`); other values as typed. */
function keywordWord(typed: string, locale: Locale): string {
  const id = findPeriodKeyword(typed);
  if (id === undefined) return typed;
  const isId = normalizeKey(typed) === normalizeKey(id);
  if (locale === 'en') return isId ? typed : id;
  return isId ? (PERIOD_KEYWORDS.find((k) => k.id === id)?.fr[0] ?? typed) : typed;
}

/** Yes/no words of the other language, and the word that replaces each. */
const FOREIGN_BOOLEANS: Record<Locale, Record<string, string>> = {
  fr: { true: 'oui', yes: 'oui', false: 'non', no: 'non' },
  en: { oui: 'yes', vrai: 'yes', non: 'no', faux: 'no' },
};

function valueWord(option: DescribedOption | undefined, typed: string, locale: Locale): string {
  if (!option) return typed;
  if (option.kind === 'choice') return choiceWord(option, typed, locale);
  if (option.kind === 'period') return keywordWord(typed, locale);
  if (option.kind === 'boolean') return FOREIGN_BOOLEANS[locale][normalizeKey(typed)] ?? typed;
  if (option.kind === 'date' && ['today', 'yesterday'].includes(findPeriodKeyword(typed) ?? ''))
    return keywordWord(typed, locale);
  return typed;
}

/**
 * A command line re-printed in the words of `locale`: command, subcommand and option names, choice
 * values and period keywords (`/funnel period:this-week` → `/entonnoir période:cette-semaine`). It
 * parses back to the same invocation; text that does not parse is returned unchanged.
 */
export function localizeCommandText(registry: Registry, text: string, locale: Locale): string {
  try {
    const parsed = parseCommandText(text);
    const command = findCommand(registry, parsed.command);
    const words = [...parsed.words];
    const typedSub = command.action ? undefined : words.shift();
    const action = findAction(command, typedSub);
    const options = describeOptions(action.options);
    const byName = (key: string) =>
      options.find((o) =>
        [o.name, o.frName, ...(o.aliases ?? [])].some(
          (n) => n !== undefined && normalizeKey(n) === normalizeKey(key),
        ),
      );
    const named = parsed.named.map(({ key, value }) => ({ key, value, option: byName(key) }));
    if (named.some((n) => n.option === undefined)) return text;
    const positional = options.filter((o) => o.positional && !named.some((n) => n.option === o));
    const head = [`/${nameIn(command, locale)}`, ...(command.action ? [] : [nameIn(action, locale)])];
    const free = words.map((w, i) =>
      // `/help log`: the word names a command, in the user's language too.
      command.name === 'help' && i === 0
        ? commandWord(registry, w, locale)
        : quotedWord(valueWord(positional[i], w, locale), w),
    );
    const pairs = named.map(
      ({ value, option }) =>
        `${nameIn(option as DescribedOption, locale)}:${quoteValue(valueWord(option, value, locale))}`,
    );
    return [...head, ...free, ...pairs].join(' ');
  } catch (e) {
    if (isUserError(e)) return text;
    throw e;
  }
}

function commandWord(registry: Registry, typed: string, locale: Locale): string {
  const found = registry.find(typed.replace(/^\//, ''));
  return found ? nameIn(found, locale) : typed;
}

/** A positional word stays one word: a localized value with a space in it is quoted. */
const quotedWord = (word: string, typed: string): string => (word === typed ? typed : quoteValue(word));

/**
 * Handlers write follow-up commands in English canonical form; this re-prints them, and those of the
 * posts and notices a reply carries, in the words of each reply's language.
 */
export function localizeReplyCommands(registry: Registry, r: Reply, locale: Locale): Reply {
  const own = r.locale ?? locale;
  const nested = (x: Reply): Reply => localizeReplyCommands(registry, x, own);
  return {
    ...r,
    followUps: r.followUps.map((f) => ({ ...f, command: localizeCommandText(registry, f.command, own) })),
    ...(r.broadcast && { broadcast: nested(r.broadcast) }),
    ...(r.notify && { notify: { ...r.notify, reply: nested(r.notify.reply) } }),
    ...(r.repost?.reply && { repost: { ...r.repost, reply: nested(r.repost.reply) } }),
  };
}
