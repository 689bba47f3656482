import type { Command, Registry } from './command.ts';
import { normalizeKey } from './values.ts';

/** The command list, checked once: names are unique across names, French names and aliases. */
export function createRegistry(commands: readonly Command[]): Registry {
  const byName = new Map<string, Command>();
  for (const c of commands) {
    for (const n of [c.name, c.frName, ...c.aliases]) {
      if (n === undefined) continue;
      const key = normalizeKey(n);
      const other = byName.get(key);
      if (other && other !== c)
        throw new Error(`command name "${n}" is used by /${other.name} and /${c.name}`);
      byName.set(key, c);
    }
  }
  return { commands, find: (name) => byName.get(normalizeKey(name)) };
}
