import type { Action, Command } from '../../core/command.ts';
import type { Invocation } from '../../core/dispatch.ts';
import type { Reply } from '../../core/reply.ts';
import { fieldToFix } from '../forms/field-to-fix.ts';
import type { FormFill } from './converters.ts';

/**
 * When a reply should be the command's form again rather than an error card, and with what:
 * - a command sent without what it needs (`missing_option`) gets its form, filled with what was
 *   given; the notice says what is missing, except when a button opened it (nothing is wrong yet);
 * - a submitted form the core could not read (`1 234,5x` in an amount, an unknown prospect…) comes
 *   back with the values as typed and the field's error right above the field. Nothing was saved:
 *   the command failed inside its transaction.
 */
export function formAgain(
  reply: Reply,
  target: { command: Command; action: Action; raw: Record<string, unknown> } | undefined,
  inv: Invocation,
  fromButton: boolean,
  /** Whether a card can ask every required option of the action (the channel's converter says). */
  formFits: (action: Action) => boolean,
): FormFill | undefined {
  const error = reply.error;
  if (!error || !target || !formFits(target.action)) return undefined;
  const values = inv.input.kind === 'structured' ? inv.input.args : target.raw;
  const field = error.field;
  if (error.code === 'missing_option') {
    const given = Object.keys(values).length > 0;
    return { values, ...(given && !fromButton && { notice: error.message, noticeField: field }) };
  }
  const fromForm = inv.input.kind === 'structured';
  return fromForm && fieldToFix(reply, target.action)
    ? { values, notice: error.message, noticeField: field }
    : undefined;
}
