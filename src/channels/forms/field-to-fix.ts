import type { Action } from '../../core/command.ts';
import { type DescribedOption, describeOptions } from '../../core/options.ts';
import type { Reply } from '../../core/reply.ts';

/**
 * The option of `action` a failed form submission should be asked again for: the error's field.
 * Undefined when the error names no option, or when the reply is a question (a possible
 * duplicate), which keeps its own answer buttons.
 */
export function fieldToFix(reply: Reply, action: Action): DescribedOption | undefined {
  if (reply.followUps.length > 0) return undefined;
  const field = reply.error?.field;
  return field === undefined ? undefined : describeOptions(action.options).find((o) => o.name === field);
}
