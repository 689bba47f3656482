import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parseEnv } from 'node:util';
import { projectRoot } from './project-root.ts';

/**
 * Reads `.env` at the project root into `env`, as README and `.env.example` say: a variable already
 * set in the real environment wins over the file. No file is fine; an unreadable one is an error
 * that names it. Returns the names taken from the file (for tests and debug logs).
 */
export function loadDotEnv(
  env: NodeJS.ProcessEnv = process.env,
  file = path.join(projectRoot(), '.env'),
): string[] {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT') return [];
    throw new Error(`Cannot read ${file}: ${(e as Error).message}`);
  }
  const taken: string[] = [];
  for (const [name, value] of Object.entries(parseEnv(text))) {
    if (env[name] !== undefined) continue;
    env[name] = value;
    taken.push(name);
  }
  return taken;
}
