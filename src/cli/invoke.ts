import { randomUUID } from 'node:crypto';
import { readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { type App, createAppBot } from '../app.ts';
import type { Channel } from '../channels/channel.ts';
import type { Invocation } from '../core/dispatch.ts';
import type { Outlet } from '../core/effects/outlet.ts';
import { UserError } from '../core/errors.ts';
import type { FormRequest, Via } from '../core/form-plan.ts';
import { renderPlainText } from '../core/render-text.ts';
import type { Reply } from '../core/reply.ts';
import type { Bot, Outcome } from '../core/turn.ts';
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

/**
 * The terminal as a channel: its posts are printed where they are made (nothing to change
 * afterwards), and everyone in a terminal team is local, told by being listed under the answer.
 */
export const terminalChannel: Channel = {
  name: 'Terminal',
  reaches: ['cli'],
  post: async () => ({ channel: 'cli', conversationId: 'terminal', messageId: randomUUID() }),
  update: async () => undefined,
  remove: async () => undefined,
  notify: async () => true,
  start: async () => ({ where: 'this terminal' }),
  stop: async () => undefined,
};

/**
 * The bot of a terminal session: it reaches the terminal, and the outlets of `others` first (another
 * platform, or a stand-in for the terminal's own, in tests), as the list is when an effect runs.
 */
export const terminalBot = (app: Pick<App, 'deps' | 'charts'>, others: readonly Outlet[] = []): Bot =>
  createAppBot(app, () => [...others, terminalChannel]);

/** One typed command from the terminal: the terminal's owner acts as an admin of the team. */
export async function runTerminalCommand(bot: Bot, who: TerminalIdentity, text: string): Promise<Reply> {
  return (await terminalTurn(bot, who, text)).reply;
}

/**
 * One turn from the terminal, typed or sent as a filled form (`via: 'form'`): the reply, and the
 * form again when the core refused one of the form's fields (its error above that field).
 */
export async function terminalTurn(
  bot: Bot,
  who: TerminalIdentity,
  text: string,
  via: Via = 'typed',
): Promise<{ reply: Reply; form?: FormRequest }> {
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
  const outcome = await bot.handle(inv, { plan: bot.plan(inv.input, via) });
  const reply = printedInTerminal(outcome, await outcome.notices());
  return { reply, ...(outcome.form && { form: outcome.form }) };
}

/**
 * The terminal's part of a command's shared effects: its team post (printed when the team's posts
 * channel is the terminal) and private notices (listed).
 */
function printedInTerminal(outcome: Outcome, told: string[]): Reply {
  const { reply, posted, reposted } = outcome;
  const t = createTranslator(reply.locale ?? 'fr');
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
