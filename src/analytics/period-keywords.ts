/** Moved to core/values/period-keywords.ts: a period is a value the core parses. Kept so feature code reads as before. */
export * from '../core/values/period-keywords.ts';
