import { UserError } from '../core/errors.ts';
import { suggest } from '../core/suggest.ts';
import { normalizeKey } from '../core/values.ts';
import type { CollectionView } from '../store/types.ts';

interface Named {
  id: string;
  name?: string;
  displayName?: string;
}

const labelOf = (x: Named): string => x.name ?? x.displayName ?? x.id;

/** An item by id (`P-12`, case-insensitive) or by name (accent- and case-insensitive). */
export function findByRef<T extends Named>(items: CollectionView<T>, ref: string): T | undefined {
  const byId = items.get(ref.trim().toUpperCase()) ?? items.get(ref.trim());
  if (byId) return byId;
  const key = normalizeKey(ref);
  return items.all().find((x) => normalizeKey(labelOf(x)) === key);
}

/** Same, or a UserError naming the option with the closest existing name. */
export function requireByRef<T extends Named>(
  items: CollectionView<T>,
  ref: string,
  code: string,
  option: string,
): T {
  const found = findByRef(items, ref);
  if (found) return found;
  const hint = suggest(
    ref,
    items.all().map((x) => labelOf(x)),
  );
  throw new UserError(code, { value: ref, suggestion: hint ?? '' }, option);
}

/** The next readable id of a collection: `P-1`, `P-2`… (taken under the team lock, so unique). */
export function nextId(items: CollectionView<{ id: string }>, prefix: string): string {
  let max = 0;
  for (const x of items.all()) {
    const n = Number(x.id.slice(prefix.length + 1));
    if (n > max) max = n;
  }
  return `${prefix}-${max + 1}`;
}
