import { distance } from 'fastest-levenshtein';
import { normalizeKey } from '../core/values.ts';

/**
 * When two prospect names are probably one business (DOMAIN: a prospect is named once per team).
 *
 * - Case, accents, punctuation and legal forms (SARL, SAS, S.A.R.L., EURL…) do not count, nor word
 *   order: "SARL Dupont" is "Dupont SAS".
 * - A typo does: up to 1 edit for 5 to 8 letters, 2 from 9 letters ("Boulangerie Martn").
 * - Names of 4 letters or fewer must be equal (once folded): "Bati" is not "Bato".
 * - Numbers must be equal: "Agence 12" is not "Agence 13" (branches are distinct prospects).
 * - Two known postal codes that differ make two businesses: "Garage Dupont" in 69003 is not the one
 *   in 13001. An unknown postal code (as in `/log`) does not tell them apart.
 * - A different trade word is a different business: "Boucherie Martin" is not "Boulangerie Martin"
 *   (4 edits); asking on every shared surname would ask about every Martin of a 20k-prospect team.
 */
export interface NameKey {
  /** The whole name folded (`normalizeKey`): equal for the same name typed otherwise. */
  readonly folded: string;
  /** The same words sorted: equal for "SARL Dupont" and "Dupont SAS". */
  readonly sorted: string;
  /** The words without spaces: what the edit distance compares. */
  readonly compact: string;
  /** The numbers of the name, in order (`12`), that must agree. */
  readonly numbers: string;
}

const LEGAL_FORMS = new Set([
  'sa',
  'sas',
  'sasu',
  'sarl',
  'eurl',
  'sci',
  'snc',
  'scp',
  'scop',
  'scea',
  'selarl',
  'selas',
  'eirl',
  'ei',
  'earl',
  'gaec',
  'gie',
  'ste',
  'societe',
  'ets',
  'etablissements',
  'cie',
  'inc',
  'ltd',
  'llc',
  'gmbh',
]);

/** The parts of a name the comparison looks at. */
export function nameKey(name: string): NameKey {
  const key = normalizeKey(name);
  // Most names are plain letters once accents are gone: ASCII patterns are several times faster.
  const ascii = !/[^\x20-\x7e]/.test(key);
  const folded = (
    ascii
      ? key
          .replace(/([a-z])\.(?=[a-z])/g, '$1') // S.A.R.L. → sarl
          .replace(/&/g, ' et ')
          .replace(/[^a-z0-9]+/g, ' ')
      : key
          .replace(/(\p{L})\.(?=\p{L})/gu, '$1')
          .replace(/&/g, ' et ')
          .replace(/[^\p{L}\p{N}]+/gu, ' ')
  ).trim();
  const all = folded === '' ? [] : folded.split(' ');
  const kept = all.filter((w) => !LEGAL_FORMS.has(w));
  // A name that is only a legal form ("SAS") keeps it: it must still match itself.
  const words = kept.length > 0 ? kept : all;
  return {
    folded: key,
    sorted: [...words].sort().join(' '),
    compact: words.join(''),
    numbers: (folded.match(ascii ? /[0-9]+/g : /\p{N}+/gu) ?? []).join(' '),
  };
}

/** The edits a name of this many letters may differ by and still be the same business. */
export function allowedEdits(letters: number): number {
  if (letters <= 4) return 0;
  return letters <= 8 ? 1 : 2;
}

const postal = (code: string | undefined): string | undefined => {
  const c = code?.replace(/\s+/g, '').toUpperCase();
  return c === '' ? undefined : c;
};

/** Postal codes agree when one is unknown or both are the same. */
export function samePlace(a: string | undefined, b: string | undefined): boolean {
  const x = postal(a);
  const y = postal(b);
  return x === undefined || y === undefined || x === y;
}

/**
 * How far two names are (0: the same once folded), or null when they are different businesses.
 * Postal codes are checked by the caller with `samePlace`.
 */
export function nameDistance(a: NameKey, b: NameKey): number | null {
  if (a.numbers !== b.numbers) return null;
  if (a.sorted === b.sorted) return 0;
  const allowed = allowedEdits(Math.min(a.compact.length, b.compact.length));
  if (allowed === 0 || Math.abs(a.compact.length - b.compact.length) > allowed) return null;
  const d = distance(a.compact, b.compact);
  return d <= allowed ? d : null;
}
