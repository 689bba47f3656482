import type { CommandContext } from '../core/command.ts';
import { UserError } from '../core/errors.ts';
import type { Activity, Member } from '../domain/entities.ts';
import { findActivity, findDeleted } from './reference.ts';

/** A rep acts on the entries they made or that are theirs; a manager or admin on the team's. */
export const mayTouch = (member: Member, a: Pick<Activity, 'repId' | 'createdBy'>): boolean =>
  member.role !== 'rep' || a.repId === member.id || a.createdBy === member.id;

const nameOf = (ctx: CommandContext, memberId: string): string =>
  ctx.tx.members.get(memberId)?.displayName ?? memberId;

/** Refuses, naming the reference and its rep, when the member may not act on the activity. */
export function assertMayTouch(ctx: CommandContext, a: Activity, option: string): void {
  if (!mayTouch(ctx.member, a))
    throw new UserError('activity_not_yours', { id: a.id, name: nameOf(ctx, a.repId) }, option);
}

/** The live activity a reference names, that the member may act on; a deleted one says how to restore it. */
export function requireActivity(ctx: CommandContext, ref: string, option: string): Activity {
  const a = findActivity(ctx.tx, ref);
  if (!a) {
    const d = findDeleted(ctx.tx, ref);
    if (d && mayTouch(ctx.member, d.activity))
      throw new UserError(
        'activity_deleted',
        { id: d.id, date: ctx.fmt.date(d.deletedAt.slice(0, 10)), name: nameOf(ctx, d.deletedBy) },
        option,
      );
    throw new UserError('activity_not_found', { value: ref }, option);
  }
  assertMayTouch(ctx, a, option);
  return a;
}
