/**
 * Who a rights request is about, and how to find and redact them in free text: names, e-mails and
 * phones matched accent- and case-insensitively (`Hélène` = `helene`), phones whatever their
 * spacing or prefix (`06 12 34 56 78` = `+33612345678`).
 */

/** The person a request names: the prospects that are them, and every identifier known for them. */
export interface Person {
  /** Prospect ids that are this person (found by id, name, e-mail or phone, merged ones included). */
  readonly prospectIds: ReadonlySet<string>;
  readonly names: readonly string[];
  readonly emails: readonly string[];
  readonly phones: readonly string[];
}

/** What replaces a name, an e-mail or a phone in free text after an erasure. */
export const REDACTED = '[…]';

const LIGATURES: Record<string, string> = { œ: 'oe', Œ: 'oe', æ: 'ae', Æ: 'ae', ß: 'ss' };

/** Lower case, accents removed, ligatures spelled out. */
export function fold(s: string): string {
  return foldMapped(s).folded;
}

/** `fold`, with where each folded code unit came from in `s` (to redact the original text). */
function foldMapped(s: string): { folded: string; start: number[]; end: number[] } {
  let folded = '';
  const start: number[] = [];
  const end: number[] = [];
  for (let i = 0; i < s.length; ) {
    const ch = String.fromCodePoint(s.codePointAt(i) ?? 0);
    const f = LIGATURES[ch] ?? ch.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
    for (let k = 0; k < f.length; k++) {
      start.push(i);
      end.push(i + ch.length);
    }
    folded += f;
    i += ch.length;
  }
  return { folded, start, end };
}

/** A phone's digits in national form when French (`+33 6 12…` → `0612…`), else its digits. */
export function phoneDigits(phone: string): string {
  let d = phone.replace(/\D/g, '');
  if (d.startsWith('00')) d = d.slice(2);
  if (d.startsWith('33') && d.length === 11) d = `0${d.slice(2)}`;
  return d;
}

/** What a typed identifier is: an e-mail (has `@`), a phone (mostly digits, 8 or more), or a name. */
export function classifyIdentifier(typed: string): 'email' | 'phone' | 'name' {
  const s = typed.trim();
  if (s.includes('@')) return 'email';
  if (/^[+\d][\d\s.\-/()]*$/.test(s) && phoneDigits(s).length >= 8) return 'phone';
  return 'name';
}

const escapeRe = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const SEP = '[\\s.\\-/]*';

function phonePattern(phone: string): string | undefined {
  const d = phoneDigits(phone);
  if (d.length < 6) return undefined;
  if (d.startsWith('0')) {
    const core = [...d.slice(1)].join(SEP);
    return `(?<!\\d)(?:(?:\\+|00)${SEP}33${SEP}(?:\\(0\\)${SEP})?|0${SEP})${core}(?!\\d)`;
  }
  return `(?<!\\d)(?:\\+|00)?${SEP}${[...d].join(SEP)}(?!\\d)`;
}

const wordPattern = (folded: string): string =>
  `(?<![\\p{L}\\p{N}])${folded.split(/\s+/).map(escapeRe).join('[\\s\\-]+')}(?![\\p{L}\\p{N}])`;

/** The words of a name worth redacting on their own (`Dupont` of `Jeanne Dupont`). */
const nameWords = (names: readonly string[]): string[] =>
  names.flatMap((n) => fold(n).split(/[\s\-']+/)).filter((w) => w.length >= 3);

export interface PersonMatcher {
  readonly person: Person;
  /** The free text names the person (full name, e-mail or phone). */
  mentions(text: string | undefined): boolean;
  /** The text with the person's names (and the words of them), e-mails and phones replaced by `[…]`. */
  redact(text: string): string;
}

/** Compiles a person's identifiers once, for the many texts a request looks through. */
export function personMatcher(person: Person): PersonMatcher {
  const full: string[] = [
    ...person.names
      .map(fold)
      .map((n) => n.trim())
      .filter((n) => n.length >= 2)
      .map(wordPattern),
    ...person.emails.map((e) => escapeRe(fold(e.trim()))).filter(Boolean),
    ...person.phones.map(phonePattern).filter((p): p is string => p !== undefined),
  ];
  const mention = full.length > 0 ? new RegExp(full.join('|'), 'u') : undefined;
  const all = [...full, ...nameWords(person.names).map(wordPattern)];
  const redaction = all.length > 0 ? new RegExp(all.join('|'), 'gu') : undefined;
  return {
    person,
    mentions: (text) => text !== undefined && mention?.test(fold(text)) === true,
    redact(text) {
      if (!redaction) return text;
      const { folded, start, end } = foldMapped(text);
      let out = '';
      let at = 0;
      for (const m of folded.matchAll(redaction)) {
        const from = start[m.index] ?? text.length;
        const to = end[m.index + m[0].length - 1] ?? text.length;
        if (from < at) continue;
        out += text.slice(at, from) + REDACTED;
        at = to;
      }
      return out + text.slice(at);
    },
  };
}

/** Whether a record's identifiers are the person's: same name, e-mail or phone (folded). */
export function samePerson(
  person: Person,
  x: { name?: string | undefined; email?: string | undefined; phone?: string | undefined },
): boolean {
  if (x.name && person.names.some((n) => fold(n).trim() === fold(x.name ?? '').trim())) return true;
  if (x.email && person.emails.some((e) => fold(e).trim() === fold(x.email ?? '').trim())) return true;
  const digits = x.phone ? phoneDigits(x.phone) : '';
  return digits.length >= 6 && person.phones.some((p) => phoneDigits(p) === digits);
}
