import { randomUUID } from 'node:crypto';
import { readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import type { App } from '../app.ts';
import { type Poster, registerPoster } from '../channels/broadcast.ts';
import { deliverShared } from '../channels/deliver.ts';
import { registerNotifier } from '../channels/notices.ts';
import { dispatch, type Invocation } from '../core/dispatch.ts';
import { UserError } from '../core/errors.ts';
import { renderPlainText } from '../core/render-text.ts';
import type { Reply } from '../core/reply.ts';
import type { Locale } from '../domain/ids.ts';
import { createTranslator } from '../i18n/index.ts';

// A local file is the owner's own: big enough for the largest sales import (1M lines, ~75 MB as exported).
const MAX_FILE_BYTES = 200 * 1024 * 1024;

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
    throw new UserError('file_too_large', { option: 'file', limit: MAX_FILE_BYTES / 1024 / 1024 }, 'file');
  return { name: path.basename(file), bytes: new Uint8Array(await readFile(file)) };
}

/** One typed command from the terminal: the terminal's owner acts as an admin of the team. */
export async function runTerminalCommand(app: App, who: TerminalIdentity, text: string): Promise<Reply> {
  const inv: Invocation = {
    channel: 'cli',
    teamId: `local:${who.team}`,
    teamName: who.team,
    user: { id: `cli:${who.user}`, displayName: who.user, roleHint: 'admin' },
    ...(who.locale && { locale: who.locale }),
    input: { kind: 'text', text },
    resolveFile: readLocalFile,
    // The terminal is a place to post too (`/channel set` here): its posts are printed below the answer.
    conversation: { id: 'terminal', reference: { conversation: { id: 'terminal' } } },
  };
  const answer = await dispatch(inv, app.deps);
  return deliverInTerminal(app, inv.teamId, answer);
}

/** The terminal's posts are printed where they are made: nothing to change afterwards. */
const terminalPoster: Poster = {
  post: async () => ({ channel: 'cli', conversationId: 'terminal', messageId: randomUUID() }),
  update: async () => undefined,
  remove: async () => undefined,
};

/**
 * The terminal's part of a command's shared effects: its team post (printed when the team's posts
 * channel is the terminal) and private notices (everyone in a terminal team is local: listed).
 */
async function deliverInTerminal(app: App, teamId: string, answer: Reply): Promise<Reply> {
  if (!app.posters.has('cli')) registerPoster(app, 'cli', terminalPoster);
  if (!app.notifiers.has('cli')) registerNotifier(app, 'cli', async () => true);
  const t = createTranslator(answer.locale ?? 'fr');
  const { reply, posted, reposted, told } = await deliverShared(app, teamId, answer);
  const { broadcast, broadcastOf: _of, repost, notify: _notify, ...rest } = reply;
  const blocks = [...rest.blocks];
  if (posted.posted && posted.channel === 'cli' && broadcast)
    blocks.push({ type: 'text', text: renderPlainText(broadcast) });
  if (reposted === 'updated' && repost?.post.channel === 'cli' && repost.reply)
    blocks.push({ type: 'text', text: renderPlainText(repost.reply) });
  if (told.length > 0) {
    const names = told.map((id) => id.replace(/^cli:/, '')).join(', ');
    blocks.push({ type: 'text', text: t('watch.notified', { count: told.length, names }) });
  }
  return { ...rest, blocks };
}
