/**
 * Typed-value parsers shared by the chat command grammar and the CSV import. They never throw: a
 * failure is data with a stable snake_case code that the caller turns into a localized message
 * naming the field (the caller adds the typed text, so params only carry what it cannot know).
 */

export type Parsed<T> =
  | { ok: true; value: T }
  | { ok: false; code: string; params?: Record<string, string | number> };

export const ok = <T>(value: T): Parsed<T> => ({ ok: true, value });
export const fail = <T>(code: string, params?: Record<string, string | number>): Parsed<T> =>
  params ? { ok: false, code, params } : { ok: false, code };

/**
 * The key for accent-, case- and separator-insensitive matching: lower case, no accents (NFD then
 * combining marks removed, œ/æ spelled out), typographic apostrophes as `'`, and runs of spaces,
 * underscores and hyphens as one space, trimmed. "Chiffre_d’Affaires" → "chiffre d'affaires".
 */
export function normalizeKey(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/œ/g, 'oe')
    .replace(/æ/g, 'ae')
    .replace(/[‘’ʼ`´]/g, "'")
    .replace(/[\s_\-‐-―]+/g, ' ')
    .trim();
}
