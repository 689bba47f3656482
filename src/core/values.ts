/**
 * Typed-value parsers shared by the chat grammar and the CSV import: each returns a result, never
 * throws, with a stable error code the caller turns into a localized message naming the field.
 */

export * from './values/clock-words.ts';
export * from './values/dates.ts';
export * from './values/numbers.ts';
export { normalizeKey, type Parsed } from './values/parsed.ts';
export * from './values/rates.ts';
