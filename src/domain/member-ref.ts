import { UserError } from '../core/errors.ts';
import { normalizeKey } from '../core/values.ts';
import type { CollectionView } from '../store/types.ts';
import type { Member } from './entities.ts';
import { findByRef, requireByRef } from './lookup.ts';

/**
 * Members whose name the typed text can mean: the start of the name (`Alice`, `Ali` for "Alice
 * Martin") or one whole word of it (`Martin`). Accent- and case-insensitive.
 */
export function membersMatching(members: CollectionView<Member>, ref: string): Member[] {
  const key = normalizeKey(ref);
  if (key === '') return [];
  return members.all().filter((m) => {
    const name = normalizeKey(m.displayName);
    return name.startsWith(key) || name.split(' ').includes(key);
  });
}

/**
 * A team member by id, full name, unique first name or unique start of name (people type
 * `rep:Alice`); two matches ask which one, naming both; none is `rep_not_found` with a hint.
 */
export function requireMember(members: CollectionView<Member>, ref: string, option: string): Member {
  const exact = findByRef(members, ref);
  if (exact) return exact;
  const matches = membersMatching(members, ref);
  if (matches.length === 1) return matches[0] as Member;
  if (matches.length > 1) {
    const names = matches.map((m) => m.displayName).sort((a, b) => a.localeCompare(b));
    throw new UserError(
      'rep_ambiguous',
      { value: ref, names: names.join(', '), example: names[0] as string },
      option,
    );
  }
  return requireByRef(members, ref, 'rep_not_found', option);
}
