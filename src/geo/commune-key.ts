import { normalizeKey } from '../core/values/parsed.ts';

/** `Saint-Genis-Laval`, `st genis laval` and `SAINT GENIS LAVAL` compare equal. */
export function communeKey(name: string): string {
  return normalizeKey(name)
    .replace(/[^a-z0-9]+/g, ' ')
    .replace(/\b(ste)\b/g, 'sainte')
    .replace(/\b(st)\b/g, 'saint')
    .trim();
}
