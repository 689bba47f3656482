import type { z } from 'zod';
import type { CanonicalCheck } from './canonical-check.ts';
import { StoreCorruptError } from './errors.ts';

/** Freezes plain objects and arrays, so cached items cannot be changed behind the store's back. */
export function deepFreeze<T>(value: T): T {
  if (typeof value !== 'object' || value === null || Object.isFrozen(value)) return value;
  // A typed array cannot be frozen: the byte blocks of a binary layout (types.ts) stay as they are.
  if (ArrayBuffer.isView(value)) return value;
  Object.freeze(value);
  // for...in rather than Object.values: no array allocated for each of 100k items
  for (const key in value) {
    const v = value[key];
    if (typeof v === 'object' && v !== null) deepFreeze(v);
  }
  return value;
}

/** `path.to.field: message` of the first zod issue, for error messages a human can act on. */
export function describeIssue(error: z.ZodError): string {
  const issue = error.issues[0];
  if (!issue) return 'invalid';
  const path = issue.path.length > 0 ? issue.path.map(String).join('.') : '(item)';
  return `${path}: ${issue.message}`;
}

/**
 * Parses every item (defaults applied, unknown keys dropped) and freezes it; the first bad item makes
 * the file corrupt. Items passing `canonical` (see canonical-check.ts) are already what zod would
 * return, so they are kept as parsed from JSON; all others go through zod.
 */
export function validateItems<T>(
  schema: z.ZodType<T, unknown>,
  items: readonly unknown[],
  file: string,
  canonical: CanonicalCheck | null = null,
): T[] {
  const out = new Array<T>(items.length);
  for (let i = 0; i < items.length; i++) {
    const item = items[i];
    if (canonical?.(item)) {
      out[i] = deepFreeze(item as T);
      continue;
    }
    const result = schema.safeParse(item);
    if (!result.success) throw new StoreCorruptError(file, `item ${i}: ${describeIssue(result.error)}`);
    out[i] = deepFreeze(result.data);
  }
  return out;
}

/** Validates one item about to be stored; invalid data here is a programming error, not corruption. */
export function validateItem<T>(schema: z.ZodType<T, unknown>, item: unknown, what: string): T {
  const result = schema.safeParse(item);
  if (!result.success) throw new Error(`invalid ${what}: ${describeIssue(result.error)}`);
  return deepFreeze(result.data);
}
