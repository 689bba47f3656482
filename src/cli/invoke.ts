import { readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import type { App } from '../app.ts';
import { dispatch, type Invocation } from '../core/dispatch.ts';
import { UserError } from '../core/errors.ts';
import type { Reply } from '../core/reply.ts';
import type { Locale } from '../domain/ids.ts';

const MAX_FILE_BYTES = 50 * 1024 * 1024;

export interface TerminalIdentity {
  team: string;
  user: string;
  locale: Locale | undefined;
}

/** In the terminal a `file:` option is a path; whoever runs the terminal may read it. */
async function readLocalFile(ref: string): Promise<{ name: string; bytes: Uint8Array }> {
  const file = path.resolve(ref);
  const info = await stat(file).catch(() => undefined);
  if (!info?.isFile()) throw new UserError('file_not_found', { option: 'file', value: ref }, 'file');
  if (info.size > MAX_FILE_BYTES)
    throw new UserError('file_too_large', { option: 'file', limit: 50 }, 'file');
  return { name: path.basename(file), bytes: new Uint8Array(await readFile(file)) };
}

/** One typed command from the terminal: the terminal's owner acts as an admin of the team. */
export function runTerminalCommand(app: App, who: TerminalIdentity, text: string): Promise<Reply> {
  const inv: Invocation = {
    channel: 'cli',
    teamId: `local:${who.team}`,
    teamName: who.team,
    user: { id: `cli:${who.user}`, displayName: who.user, roleHint: 'admin' },
    ...(who.locale && { locale: who.locale }),
    input: { kind: 'text', text },
    resolveFile: readLocalFile,
  };
  return dispatch(inv, app.deps);
}
