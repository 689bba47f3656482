import { prospectForLog } from '../activities/prospect-ref.ts';
import type { CommandContext } from '../core/command.ts';
import { linksCollection } from '../core/conversations/links.ts';
import { UserError } from '../core/errors.ts';
import { nextId } from '../domain/lookup.ts';
import { guardFreeText } from '../privacy/free-text-guard.ts';
import { notesCollection, type WatchNote, watchSettingsOf } from './entities.ts';

/** `a, b ,#c` → `['a', 'b', 'c']`, deduplicated, order kept. */
export const parseTags = (raw: string | undefined): string[] =>
  raw === undefined
    ? []
    : [
        ...new Set(
          raw
            .split(/[,;]/)
            .map((x) => x.trim().replace(/^#/, '').slice(0, 40))
            .filter(Boolean),
        ),
      ].slice(0, 20);

export function checkSource(source: string | undefined): void {
  if (source === undefined) return;
  try {
    const u = new URL(source);
    if (u.protocol === 'http:' || u.protocol === 'https:') return;
  } catch {
    // falls through to the user error
  }
  throw new UserError('invalid_source_url', { value: source }, 'source');
}

/** Title and body through the CNIL free-text guard, in the team's mode. */
export function guardNoteText(
  ctx: CommandContext,
  texts: { title?: string | undefined; body?: string | undefined },
  confirmed: boolean,
): void {
  const mode = watchSettingsOf(ctx.tx, ctx.now).freeTextGuard;
  guardFreeText(ctx.t, { field: 'title', text: texts.title, mode, confirmed });
  guardFreeText(ctx.t, { field: 'body', text: texts.body, mode, confirmed });
}

/** The note a command names (`W-12`, `w12`, `12`), in this team only. */
export function requireNote(ctx: CommandContext, ref: string): WatchNote {
  const digits = ref.trim().replace(/^w-?/i, '');
  const note = /^\d+$/.test(digits)
    ? ctx.tx.collection(notesCollection).get(`W-${Number(digits)}`)
    : undefined;
  if (!note) throw new UserError('note_not_found', { value: ref }, 'id');
  return note;
}

/** Edit and delete: the author, or a manager or admin. */
export function requireEditable(ctx: CommandContext, note: WatchNote): void {
  if (note.authorId !== ctx.member.id && ctx.member.role === 'rep')
    throw new UserError('note_not_yours', { id: note.id }, 'id');
}

export function newNoteId(ctx: CommandContext): string {
  return nextId(ctx.tx.collection(notesCollection), 'W');
}

/** The prospect a note names, created when new (as /log does). */
export function noteProspect(ctx: CommandContext, ref: string | undefined) {
  if (ref === undefined) return undefined;
  return prospectForLog(ctx.tx, ref, { memberId: ctx.member.id, now: ctx.now });
}

/** True when the team has a channel for shared posts (`/channel set`). */
export const hasPostsChannel = (ctx: CommandContext): boolean =>
  ctx.tx
    .collection(linksCollection)
    .all()
    .some((l) => l.purpose === 'posts');
