import MiniSearch from 'minisearch';
import * as snowball from 'snowball-stemmers';
import type { WatchNote } from './entities.ts';

const frStemmer = snowball.newStemmer('french');
const enStemmer = snowball.newStemmer('english');

/** Words too common to rank by, French and English. */
const STOP_WORDS = new Set(
  (
    'le la les un une des du de d l et ou a au aux en dans par pour sur avec sans ce cet cette ces ' +
    'qui que quoi est sont ont il elle ils elles on nous vous se sa son ses leur leurs ne pas plus ' +
    'the an of and or to in on for with by is are was were be it its this that from at as not'
  ).split(' '),
);

/** Lower case, accents off: "Baissé" and "baisse" meet. */
export const foldAccents = (s: string): string => s.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();

/**
 * Index and query terms: accent-folded, then stemmed in French and in English (notes are written
 * in either), so that "prix" finds "Prix" and "baissé" finds "baisse".
 */
export function termsOf(word: string): string[] | null {
  const w = foldAccents(word);
  if (w.length < 2 || STOP_WORDS.has(w)) return null;
  return [...new Set([frStemmer.stem(w), enStemmer.stem(w)])];
}

export interface SearchFilters {
  query?: string | undefined;
  type?: string | undefined;
  tag?: string | undefined;
  competitor?: string | undefined;
  /** `YYYY-MM-DD`: notes created on or after, that day in the team's time zone. */
  since?: string | undefined;
  /** An instant's day in the team's time zone (UTC when not given). */
  dayOf?: ((instant: string) => string) | undefined;
}

const matchesFilters = (n: WatchNote, f: SearchFilters): boolean =>
  (f.type === undefined || n.type === f.type) &&
  (f.tag === undefined || n.tags.some((t) => foldAccents(t) === foldAccents(f.tag ?? ''))) &&
  (f.competitor === undefined || foldAccents(n.competitor ?? '') === foldAccents(f.competitor)) &&
  (f.since === undefined || (f.dayOf?.(n.createdAt) ?? n.createdAt.slice(0, 10)) >= f.since);

/**
 * The team's notes matching the filters, best first: BM25 relevance (title weighted twice) when
 * there is a query, newest first otherwise. The index is built per search from one team's notes,
 * so a search never sees another team.
 */
export function searchNotes(notes: readonly WatchNote[], f: SearchFilters): WatchNote[] {
  const pool = notes.filter((n) => matchesFilters(n, f));
  const query = f.query?.trim();
  if (!query) return [...pool].sort((a, b) => b.createdAt.localeCompare(a.createdAt));
  const index = new MiniSearch<WatchNote>({
    fields: ['title', 'body', 'tagsText', 'competitor'],
    extractField: (doc, field) =>
      field === 'tagsText' ? doc.tags.join(' ') : String((doc as Record<string, unknown>)[field] ?? ''),
    processTerm: termsOf,
    searchOptions: { boost: { title: 2 }, combineWith: 'OR' },
  });
  index.addAll(pool);
  const byId = new Map(pool.map((n) => [n.id, n]));
  return index.search(query).flatMap((r) => byId.get(String(r.id)) ?? []);
}
