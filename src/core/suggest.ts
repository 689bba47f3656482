import { distance } from 'fastest-levenshtein';
import { normalizeKey } from './values.ts';

/** The candidate the user most likely meant ("did you mean"), or undefined when none is close. */
export function suggest(input: string, candidates: readonly string[]): string | undefined {
  const typed = normalizeKey(input);
  if (typed === '') return undefined;
  let best: string | undefined;
  let bestScore = Number.POSITIVE_INFINITY;
  for (const c of candidates) {
    const key = normalizeKey(c);
    // A prefix is the strongest hint: `appoint` → `appointment`.
    const score = key.startsWith(typed) || typed.startsWith(key) ? 0.5 : distance(typed, key);
    if (score < bestScore) {
      bestScore = score;
      best = c;
    }
  }
  const limit = Math.max(2, Math.floor(typed.length / 3));
  return bestScore <= limit ? best : undefined;
}
