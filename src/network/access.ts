import type { CommandContext } from '../core/command.ts';
import { UserError } from '../core/errors.ts';
import { normalizeKey } from '../core/values.ts';
import { type NetworkContact, networkCollection } from './entities.ts';

type Ctx = Pick<CommandContext, 'tx' | 'member'>;

export const isManager = (ctx: Pick<CommandContext, 'member'>): boolean => ctx.member.role !== 'rep';

/**
 * Whether this member may see the contact's name and details: their own contacts, every
 * professional contact of the team; someone else's personal contacts (family, friends) only
 * managers.
 */
export const canSee = (ctx: Ctx, c: NetworkContact): boolean =>
  c.ownerId === ctx.member.id || c.type !== 'personal' || isManager(ctx);

/** A contact by id (`N-3`) or name, among the member's own first, else the team's they can see. */
export function requireContact(ctx: Ctx, ref: string, option: string): NetworkContact {
  const all = ctx.tx.collection(networkCollection);
  const byId = all.get(ref.trim().toUpperCase());
  const key = normalizeKey(ref);
  const named = all.all().filter((c) => normalizeKey(c.name) === key);
  const found = byId ?? named.find((c) => c.ownerId === ctx.member.id) ?? named.find((c) => canSee(ctx, c));
  if (!found || !canSee(ctx, found)) throw new UserError('network_contact_not_found', { value: ref }, option);
  return found;
}

/** Edits and removals: the contact's owner or a manager. */
export function requireOwnerOrManager(ctx: Ctx, c: NetworkContact): void {
  if (c.ownerId !== ctx.member.id && !isManager(ctx))
    throw new UserError('network_not_yours', {
      id: c.id,
      owner: ctx.tx.members.get(c.ownerId)?.displayName ?? c.ownerId,
    });
}
