/** Moved to core/values/period-words.ts: a period is a value the core parses. Kept so feature code reads as before. */
export * from '../core/values/period-words.ts';
