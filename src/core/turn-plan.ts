import type { Action, Command, Registry } from './command.ts';
import type { Invocation } from './dispatch.ts';
import { type FormRequest, plannedForm, type Via } from './form-plan.ts';
import { parseCommandText } from './grammar.ts';
import { describeOptions } from './options.ts';
import type { Reply } from './reply.ts';
import { findAction, findCommand, resolveText } from './resolve.ts';
import { parseBoolean } from './values.ts';

/**
 * What a turn will be, known before it runs (pure): every channel asks the same plan, so no
 * platform rule depends on what a command happens to do.
 */
export interface TurnPlan {
  /** The command and action the input names, with its options as given; none when it names none. */
  readonly target?: { command: Command; action: Action; raw: Record<string, unknown> };
  /**
   * The turn may outlast a platform's first-answer deadline (a chart, a file to fetch): channels
   * acknowledge first (Discord defers, Teams shows typing), then answer.
   */
  readonly slow: boolean;
  /** The answer's visibility as far as it is known before running: shared only when `share` says so. */
  readonly visibility: Reply['visibility'];
  /** The name of the action's file option, when it has one. */
  readonly fileOption?: string;
  /** The file given in that option (an attachment id, a name, a path), when given. */
  readonly fileRef?: string;
  /** Where the invocation of a command comes from (a form sent back is run; its field errors bring it back). */
  readonly via?: Via;
  /**
   * The command's form to open instead of running it (a required option missing, a long text asked
   * with `…`): one policy for every channel, each adapter only renders it.
   */
  readonly form?: FormRequest;
}

/** `share:true` as a slash boolean, or as typed in a follow-up command. */
export function isTrue(v: unknown): boolean {
  if (typeof v !== 'string') return v === true;
  const r = parseBoolean(v);
  return r.ok && r.value;
}

function resolveInput(registry: Registry, input: Invocation['input']): TurnPlan['target'] {
  try {
    if (input.kind === 'text') return resolveText(registry, parseCommandText(input.text));
    const command = findCommand(registry, input.command);
    return { command, action: findAction(command, input.subcommand), raw: input.args };
  } catch {
    // Not a command: dispatch explains why to the user, quickly.
    return undefined;
  }
}

/** The plan of one invocation's turn, from where it comes (`typed` unless a button or a form says so). */
export function planTurn(registry: Registry, input: Invocation['input'], via: Via = 'typed'): TurnPlan {
  const target = resolveInput(registry, input);
  if (!target) return { slow: false, visibility: 'private' };
  const form = plannedForm(target, via);
  const fileOption = describeOptions(target.action.options).find((o) => o.kind === 'file')?.name;
  const given = fileOption === undefined ? undefined : target.raw[fileOption];
  const fileRef = typeof given === 'string' && given !== '' ? given : undefined;
  return {
    target,
    slow: target.action.slow || fileRef !== undefined,
    visibility: isTrue(target.raw.share) ? 'shared' : 'private',
    ...(fileOption !== undefined && { fileOption }),
    ...(fileRef !== undefined && { fileRef }),
    via,
    ...(form && { form }),
  };
}
