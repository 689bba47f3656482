import { suggestionFor, type UserError } from '../core/errors.ts';
import { type Reply, reply, text } from '../core/reply.ts';
import type { Translator } from '../i18n/index.ts';
import { closestPointer, pointerCommand } from './keywords.ts';
import type { LastEntry } from './last-entry.ts';

const QUOTED_MAX = 80;

/**
 * Whether a failed text is a message in plain words rather than a mistyped command: no leading `/`
 * and its first word is no command (or it opens a quote it never closes, as prose may), or a `/`
 * word that looks like no command at all.
 */
export function isPlainMessage(typed: string, e: UserError): boolean {
  const slash = typed.trimStart().startsWith('/');
  if (e.code === 'unknown_command') return !slash || !e.params.suggestion;
  return e.code === 'unclosed_quote' && !slash;
}

/**
 * A short pointer to /help and the closest command, for a message that is not a command: an
 * information, not an error, but still flagged `not_a_command` so scripts see that nothing ran.
 */
export function notACommandReply(t: Translator, typed: string, e: UserError, last?: LastEntry): Reply {
  const pointer = closestPointer(typed);
  const suggestion = suggestionFor(t.locale, e);
  // Undoing in words, with an entry of the user's: the command gets its reference.
  const undo =
    last !== undefined && pointer?.lastEntry
      ? { ...last, restore: pointer.lastEntry.restore[t.locale] }
      : undefined;
  const command = pointer
    ? `${pointerCommand(pointer, typed, t.locale)}${undo ? ` ${undo.id}` : ''}`
    : suggestion
      ? `/${suggestion}`
      : undefined;
  const quoted = typed.trim().replace(/\s+/g, ' ');
  const shown = quoted.length > QUOTED_MAX ? `${quoted.slice(0, QUOTED_MAX - 3).trimEnd()}...` : quoted;
  const message = !command
    ? t('intent.pointer_help')
    : undo
      ? t('intent.pointer_last', { text: shown, entry: undo.shown, command, restore: undo.restore })
      : t('intent.pointer', { text: shown, command });
  const help = t.locale === 'fr' ? '/aide' : '/help';
  return reply({
    tone: 'info',
    visibility: 'private',
    locale: t.locale,
    blocks: [text(message)],
    followUps: [
      ...(command ? [{ label: command, command }] : []),
      { label: t('intent.help_button'), command: help },
    ],
    error: { code: 'not_a_command', message },
  });
}
