/** Moved to core/values/period.ts: a period is a value the core parses. Kept so feature code reads as before. */
export * from '../core/values/period.ts';
