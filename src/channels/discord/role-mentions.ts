import type { Action } from '../../core/command.ts';
import { describeOptions } from '../../core/options.ts';

/**
 * Discord's role mentions (`<@&123>`, what typing @ and picking a role inserts) → the neutral group
 * ids (`discord:123`) the core compares with a member's groups. Only in the options declared as
 * role lists: anywhere else what the user typed is kept as typed.
 */
export function roleMentionsToGroups<I extends { args: Record<string, unknown> }>(
  input: I,
  action: Pick<Action, 'options'> | undefined,
): I {
  if (!action) return input;
  let args = input.args;
  for (const o of describeOptions(action.options)) {
    const value = args[o.name];
    if (o.mentions !== 'roles' || typeof value !== 'string') continue;
    args = { ...args, [o.name]: value.replace(/<@&(\d{5,25})>/g, 'discord:$1') };
  }
  return args === input.args ? input : { ...input, args };
}
