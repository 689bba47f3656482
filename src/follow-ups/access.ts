import type { CommandContext } from '../core/command.ts';
import { UserError } from '../core/errors.ts';
import { type FollowUp, followUpsCollection } from './entities.ts';

/**
 * The open follow-up typed in an option (`F-3`, `f3`, `3`): a rep changes only their own, a manager
 * anyone's. Each failure is a UserError naming the option as the user types it.
 */
export function requireOpenFollowUp(
  ctx: CommandContext,
  typed: string,
  option: { name: string; frName: string },
): FollowUp {
  const label = ctx.locale === 'fr' ? option.frName : option.name;
  const digits = /^(?:f\s*-?\s*)?(\d{1,9})$/i.exec(typed.trim())?.[1];
  const f =
    digits === undefined ? undefined : ctx.tx.collection(followUpsCollection).get(`F-${Number(digits)}`);
  if (!f) throw new UserError('follow_up_not_found', { option: label, value: typed }, option.name);
  if (f.repId !== ctx.member.id && ctx.member.role === 'rep') {
    const rep = ctx.tx.members.get(f.repId)?.displayName ?? f.repId;
    throw new UserError('follow_up_not_yours', { option: label, value: f.id, rep }, option.name);
  }
  if (f.status !== 'open')
    throw new UserError(
      'follow_up_closed',
      { option: label, value: f.id, status: ctx.t(`follow_up.status.${f.status}`) },
      option.name,
    );
  return f;
}
