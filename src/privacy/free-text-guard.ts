import { UserError } from '../core/errors.ts';
import type { Translator } from '../i18n/index.ts';
import { LEXICON } from './lexicon.ts';

/** What the CNIL says must not be written in free-text fields (DOMAIN §6), plus contact data. */
export type GuardCategory =
  | 'health'
  | 'origin'
  | 'religion'
  | 'politics'
  | 'union'
  | 'sex'
  | 'offence'
  | 'insult'
  | 'email'
  | 'phone';

/** Letters an inflection may add to a stem: malade → maladie, condamn → condamnée. */
const MAX_SUFFIX = 5;

const fold = (s: string): string =>
  s.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().replace(/[’']/g, ' ');

const escapeRegExp = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Stems shorter than 4 letters must match exactly: "con" is an insult, "contrat" is not. */
const patternOf = (stem: string): RegExp => {
  const suffix = stem.length < 4 || stem.includes(' ') ? '(?:s|e|es)?' : `\\p{L}{0,${MAX_SUFFIX}}`;
  return new RegExp(
    `(?<![\\p{L}\\p{N}])${escapeRegExp(stem).replace(/ /g, '\\s+')}${suffix}(?![\\p{L}\\p{N}])`,
    'gu',
  );
};

/** The first letters a word must start with for the stem to match it (the whole stem when shorter). */
const PREFIX = 3;
const WORD_CHARS = /^[\p{L}\p{N}]+$/u;

interface StemPattern {
  stem: string;
  /** Compiled when a text first holds a word starting as the stem does (a few hundred unicode
   * patterns compiled at start-up took 24–30 ms of every process's start, `prospecta run` included). */
  regex: RegExp | undefined;
  /** Null when the stem does not start with PREFIX letters or digits: then it is always tried. */
  prefix: string | null;
}

const PATTERNS = Object.entries(LEXICON).map(
  ([category, stems]) =>
    [
      category as GuardCategory,
      stems.map((stem): StemPattern => {
        const head = stem.slice(0, PREFIX);
        return { stem, regex: undefined, prefix: WORD_CHARS.test(head) ? head : null };
      }),
    ] as const,
);

function regexOf(p: StemPattern): RegExp {
  p.regex ??= patternOf(p.stem);
  return p.regex;
}

/**
 * The first 1 to PREFIX letters of each word of a folded text. A stem can only match where a word
 * starts with its own first letters (its pattern starts after a non-word character), so the few
 * hundred patterns are run only for stems whose start is there: imports scan every note.
 */
function wordStarts(folded: string): Set<string> {
  const starts = new Set<string>();
  for (const word of folded.split(/[^\p{L}\p{N}]+/u))
    for (let n = 1; n <= Math.min(PREFIX, word.length); n++) starts.add(word.slice(0, n));
  return starts;
}
const EMAIL = /[\p{L}\p{N}._%+-]+@[\p{L}\p{N}.-]+\.\p{L}{2,}/gu;
/** French numbers (04 78 00 00 00, +33 4 78…, 0478000000) and international ones with 9+ digits. */
const PHONE = /(?<!\d)(?:\+\d{1,3}[\s.-]?|0)\d(?:[\s.-]?\d{2}){4}(?!\d)|(?<!\d)\+\d[\d\s.-]{8,16}\d(?!\d)/g;

export interface GuardFinding {
  category: GuardCategory;
  /** The words as written (accent-folded). */
  words: string[];
}

/** What a free text holds that the CNIL says should not be kept there, by category. */
export function scanFreeText(input: string): GuardFinding[] {
  const folded = fold(input);
  const starts = wordStarts(folded);
  const found: GuardFinding[] = [];
  for (const [category, patterns] of PATTERNS) {
    const words = patterns.flatMap((p) =>
      p.prefix === null || starts.has(p.prefix) ? (folded.match(regexOf(p)) ?? []) : [],
    );
    if (words.length > 0) found.push({ category, words: [...new Set(words)] });
  }
  const emails = input.match(EMAIL);
  if (emails) found.push({ category: 'email', words: emails });
  const phones = input.match(PHONE);
  if (phones) found.push({ category: 'phone', words: phones.map((p) => p.trim()) });
  return found;
}

export type GuardMode = 'warn' | 'block';

/**
 * Throws a UserError naming the field, what was found and how to go on: confirm (in `warn` mode)
 * or rephrase (in `block` mode, no override). Does nothing when the text is clean or confirmed.
 */
export function guardFreeText(
  t: Translator,
  input: { field: string; text: string | undefined; mode: GuardMode; confirmed: boolean },
): void {
  if (!input.text) return;
  const findings = scanFreeText(input.text);
  if (findings.length === 0 || (input.mode === 'warn' && input.confirmed)) return;
  throw new UserError(
    input.mode === 'block' ? 'free_text_blocked' : 'free_text_sensitive',
    {
      field: input.field,
      found: findings.map((f) => t(`watch.guard.${f.category}`)).join(', '),
      words: findings.flatMap((f) => f.words).join(', '),
    },
    input.field,
  );
}
