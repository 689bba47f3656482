import { distance } from 'fastest-levenshtein';
import { normalizeKey } from '../core/values.ts';

/**
 * Which column of a user's file feeds which field of an import. Users name columns in their own
 * words and languages, so fields list synonyms; when guessing fails the user says it explicitly
 * (`Société=prospect`), and unknown headers get a "did you mean".
 */

/** A field an import fills, with the header names it is known by (any case, accents, separators). */
export interface FieldSpec {
  id: string;
  synonyms: string[];
  required?: boolean;
}

export interface HeaderMapping {
  /** Field id → index of the column that feeds it (the first one, when several claim it). */
  columns: Record<string, number>;
  /** Non-empty headers that feed no field, as written: the import ignores these columns. */
  unknownHeaders: string[];
  /** Ids of required fields that no column feeds. */
  missingRequired: string[];
  /** Fields claimed by several headers, headers in file order. */
  duplicates: { field: string; headers: string[] }[];
  /** Explicit-map entries that name no header of the file, or no field. */
  invalidExplicit: { header: string; field: string; reason: 'unknown_header' | 'unknown_field' }[];
}

/**
 * A header's matching key: `normalizeKey` after dropping trailing units in brackets
 * (`Montant (€)`, `CA [k€]`) or signs (`Montant €`, `Remise %`), dots and apostrophes read as spaces
 * (`N°.`, `Chiffre d'affaires`, `Coût d’achat`).
 */
export function headerKey(header: string): string {
  const bare = header
    .replace(/(?:\s*[([][^)\]]*[)\]])+\s*$/, '')
    .replace(/\s*[€$%]\s*$/, '')
    .replace(/\./g, ' ');
  // `d'affaires` and `d’achat` match the synonyms written `d affaires`, `d achat`.
  const key = (text: string) => normalizeKey(text).replace(/'/g, ' ').replace(/\s+/g, ' ').trim();
  return key(bare) || key(header);
}

/** Synonym key → field id; the first field listing a synonym keeps it. */
function synonymIndex(fields: readonly FieldSpec[]): Map<string, string> {
  const index = new Map<string, string>();
  for (const field of fields) {
    for (const name of [field.id, ...field.synonyms]) {
      const key = headerKey(name);
      if (!index.has(key)) index.set(key, field.id);
    }
  }
  return index;
}

/**
 * Maps headers to fields by synonym. `explicitMap` (header → field id, or a synonym of it) wins:
 * an explicitly mapped field ignores the headers that would have matched it by synonym.
 */
export function mapHeaders(
  headers: readonly string[],
  fields: readonly FieldSpec[],
  explicitMap: Readonly<Record<string, string>> = {},
): HeaderMapping {
  const bySynonym = synonymIndex(fields);
  const keys = headers.map(headerKey);
  const explicit = new Map<number, string>();
  const invalidExplicit: HeaderMapping['invalidExplicit'] = [];
  for (const [header, target] of Object.entries(explicitMap)) {
    const field = fields.some((f) => f.id === target) ? target : bySynonym.get(headerKey(target));
    const exact = headers.indexOf(header);
    const column = exact !== -1 ? exact : keys.indexOf(headerKey(header));
    if (field === undefined) invalidExplicit.push({ header, field: target, reason: 'unknown_field' });
    else if (column === -1) invalidExplicit.push({ header, field: target, reason: 'unknown_header' });
    else explicit.set(column, field);
  }
  const explicitFields = new Set(explicit.values());
  const claims = new Map<string, number[]>();
  const unknownHeaders: string[] = [];
  headers.forEach((header, column) => {
    const key = keys[column] ?? '';
    const matched = key === '' ? undefined : bySynonym.get(key);
    const field = explicit.get(column) ?? (matched && !explicitFields.has(matched) ? matched : undefined);
    if (field !== undefined) claims.set(field, [...(claims.get(field) ?? []), column]);
    else if (header.trim() !== '') unknownHeaders.push(header);
  });
  const columns: Record<string, number> = {};
  const duplicates: HeaderMapping['duplicates'] = [];
  for (const [field, cols] of claims) {
    columns[field] = cols[0] as number;
    if (cols.length > 1) duplicates.push({ field, headers: cols.map((c) => headers[c] as string) });
  }
  const missingRequired = fields.filter((f) => f.required && !Object.hasOwn(columns, f.id)).map((f) => f.id);
  return { columns, unknownHeaders, missingRequired, duplicates, invalidExplicit };
}

export interface FieldSuggestion {
  field: string;
  /** The synonym (or id) the header resembles, to quote in the message. */
  synonym: string;
}

/**
 * The field an unknown header most likely means: a synonym within a small edit distance (1 for up
 * to 4 letters, 2 up to 8, 3 beyond: `Montnat` → amount), else the longest synonym it contains as
 * a word (`Order Date` → date). Pass only the fields still unmapped.
 */
export function suggestField(header: string, fields: readonly FieldSpec[]): FieldSuggestion | undefined {
  const key = headerKey(header);
  if (key.length < 3) return undefined; // `CP` is as close to `CA` as to anything
  const names = fields.flatMap((f) => [f.id, ...f.synonyms].map((synonym) => ({ field: f.id, synonym })));
  let best: FieldSuggestion | undefined;
  let bestDistance = Number.POSITIVE_INFINITY;
  for (const name of names) {
    const d = distance(key, headerKey(name.synonym));
    if (d < bestDistance) [best, bestDistance] = [name, d];
  }
  const limit = key.length <= 4 ? 1 : key.length <= 8 ? 2 : 3;
  if (best && bestDistance <= limit) return best;
  let contained: FieldSuggestion | undefined;
  for (const name of names) {
    const synonymKey = headerKey(name.synonym);
    const longer = !contained || synonymKey.length > headerKey(contained.synonym).length;
    if (synonymKey.length >= 3 && ` ${key} `.includes(` ${synonymKey} `) && longer) contained = name;
  }
  return contained;
}
