import type { Registry } from './command.ts';
import type { Invocation } from './dispatch.ts';
import { parseCommandText } from './grammar.ts';
import { resolveText } from './resolve.ts';

/**
 * What a process log may say about a command: its name and the names of the options given, never
 * their values (a note, a prospect's name or phone are personal data, and logs are kept elsewhere
 * and longer than the team's data).
 */
export function loggableInput(inv: Invocation, registry: Registry): { command: string; options: string[] } {
  if (inv.input.kind === 'structured') {
    const command = [inv.input.command, inv.input.subcommand].filter(Boolean).join(' ');
    return { command, options: Object.keys(inv.input.args).sort() };
  }
  try {
    const resolved = resolveText(registry, parseCommandText(inv.input.text));
    const command = [resolved.command.name, ...(resolved.command.action ? [] : [resolved.action.name])].join(
      ' ',
    );
    return { command, options: Object.keys(resolved.raw).sort() };
  } catch {
    // Only a leading `/word` is safe to keep: anything else may be free text.
    return { command: /^\s*\/([\p{L}\p{N}_-]{1,40})/u.exec(inv.input.text)?.[1] ?? '?', options: [] };
  }
}
