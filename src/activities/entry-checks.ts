import type { CommandContext } from '../core/command.ts';
import { UserError } from '../core/errors.ts';
import type { Member } from '../domain/entities.ts';
import type { Outcome } from '../domain/ids.ts';
import { requireMember } from '../domain/member-ref.ts';
import { MONEY_OUTCOMES } from './log-options.ts';

/** The rep typed in option `rep` for an entry; a rep may name no one but `allowed` (themself, or the entry's rep). */
export function requireEntryRep(ctx: CommandContext, typed: string, allowed: string): Member {
  const rep = requireMember(ctx.tx.members, typed, 'rep');
  if (rep.id !== allowed && ctx.member.role === 'rep')
    throw new UserError('log_for_other_forbidden', {}, 'rep');
  return rep;
}

/** Refuses an amount or a margin typed for an outcome that has none (a call with no answer). */
export function assertMoneyApplies(
  ctx: CommandContext,
  outcome: Outcome,
  typed: { amount?: number | undefined; margin?: number | undefined },
): void {
  if ((typed.amount !== undefined || typed.margin !== undefined) && !MONEY_OUTCOMES.has(outcome))
    throw new UserError('amount_not_applicable', { outcome: ctx.t(`outcome.${outcome}`) }, 'amount');
}
