import type { TeamView } from '../store/types.ts';
import type { AutocompleteSource } from './options.ts';
import { normalizeKey } from './values.ts';

export interface Choice {
  /** What the user sees. */
  name: string;
  /** What is put in the option: an id the core resolves (`P-12`, `C-1`, a member id). */
  value: string;
}

function score(label: string, query: string): number {
  const key = normalizeKey(label);
  if (query === '') return 1;
  if (key.startsWith(query)) return 3;
  if (key.split(' ').some((w) => w.startsWith(query))) return 2;
  return key.includes(query) ? 1 : 0;
}

/**
 * Suggestions for an option being typed, from one team's data only: accent- and case-insensitive,
 * prefix matches first, then word starts, then anywhere; at most `limit` (Discord allows 25).
 */
export function autocomplete(
  view: TeamView,
  source: AutocompleteSource,
  typed: string,
  limit = 25,
): Choice[] {
  const query = normalizeKey(typed);
  const items: { label: string; value: string; hint?: string }[] =
    source === 'prospect'
      ? view.prospects
          .all()
          .map((p) => ({ label: p.name, value: p.id, hint: [p.id, p.city].filter(Boolean).join(' · ') }))
      : source === 'campaign'
        ? view.campaigns.all().map((c) => ({ label: c.name, value: c.id, hint: c.id }))
        : view.members.all().map((m) => ({ label: m.displayName, value: m.displayName }));
  return items
    .map((i) => ({
      ...i,
      s: Math.max(score(i.label, query), i.value.toLowerCase() === typed.trim().toLowerCase() ? 4 : 0),
    }))
    .filter((i) => i.s > 0)
    .sort((a, b) => b.s - a.s || a.label.localeCompare(b.label, 'fr'))
    .slice(0, limit)
    .map((i) => ({
      name: (i.hint ? `${i.label} (${i.hint})` : i.label).slice(0, 100),
      value: i.value.slice(0, 100),
    }));
}
