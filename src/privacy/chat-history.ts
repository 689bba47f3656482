import { readFile, rename, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { Registry } from '../core/command.ts';
import { parseCommandText } from '../core/grammar.ts';
import { describeOptions } from '../core/options.ts';
import { resolveText } from '../core/resolve.ts';
import { MAX_COMMAND_CHARS } from '../guard/input-size.ts';
import type { PersonMatcher } from './person-match.ts';

/** The terminal chat's command history, in the data folder (up arrow recalls it). */
export const CHAT_HISTORY_FILE = '.chat-history';
/** Lines kept: older ones are dropped when a line is added. */
export const CHAT_HISTORY_LIMIT = 500;

/** Commands never kept in the history: they name the person a request is about. */
const PRIVATE_COMMANDS = new Set(['gdpr', 'audit']);

/**
 * Whether a typed line may be kept in the history: not a rights command, and no free text (a
 * note, a watch note's body: CNIL « zones bloc-notes » stay in the records, where the rights reach
 * them, not in a history file). A line that does not parse is kept (it holds no option).
 */
export function keepInHistory(line: string, registry: Registry): boolean {
  if (line.length > MAX_COMMAND_CHARS) return false; // refused anyway, never copied
  try {
    const resolved = resolveText(registry, parseCommandText(line));
    if (PRIVATE_COMMANDS.has(resolved.command.name)) return false;
    const freeText = describeOptions(resolved.action.options).filter((o) => o.kind === 'long_text');
    return !freeText.some((o) => o.name in resolved.raw);
  } catch {
    return !/^\s*\/(gdpr|rgpd|audit)\b/i.test(line);
  }
}

/** The history with `line` added when it may be kept, trimmed to the last `CHAT_HISTORY_LIMIT` lines. */
export async function appendHistory(dataDir: string, line: string, registry: Registry): Promise<void> {
  if (!keepInHistory(line, registry)) return;
  const file = path.join(dataDir, CHAT_HISTORY_FILE);
  const kept = (await readFile(file, 'utf8').catch(() => '')).split('\n').filter(Boolean);
  await replaceFile(file, [...kept, line].slice(-CHAT_HISTORY_LIMIT));
}

/** Redacts the person out of the history; returns how many lines changed. */
export async function redactHistory(dataDir: string, matcher: PersonMatcher): Promise<number> {
  const file = path.join(dataDir, CHAT_HISTORY_FILE);
  const text = await readFile(file, 'utf8').catch(() => undefined);
  if (text === undefined) return 0;
  const lines = text.split('\n').filter(Boolean);
  const redacted = lines.map((l) => matcher.redact(l));
  const changed = redacted.filter((l, i) => l !== lines[i]).length;
  if (changed > 0) await replaceFile(file, redacted);
  return changed;
}

/** Counts the history lines naming the person (what an erasure would change). */
export async function historyMentions(dataDir: string, matcher: PersonMatcher): Promise<number> {
  const text = await readFile(path.join(dataDir, CHAT_HISTORY_FILE), 'utf8').catch(() => '');
  return text.split('\n').filter((l) => l && matcher.redact(l) !== l).length;
}

async function replaceFile(file: string, lines: readonly string[]): Promise<void> {
  const tmp = `${file}.${process.pid}.tmp`;
  await writeFile(tmp, lines.length > 0 ? `${lines.join('\n')}\n` : '', { mode: 0o600 });
  await rename(tmp, file);
}
