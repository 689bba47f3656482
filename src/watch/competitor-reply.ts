import type { CommandContext } from '../core/command.ts';
import { fields, type Reply, reply } from '../core/reply.ts';
import { type Competitor, SWOT_KINDS } from './competitors.ts';
import { notesCollection, type WatchNote } from './entities.ts';
import { TYPE_ICONS } from './note-reply.ts';
import { foldAccents } from './search.ts';

type Ctx = Pick<CommandContext, 't' | 'fmt' | 'tx'>;

/** The team's notes about a competitor, newest first, and the prospects where it was met. */
export function competitorStats(
  ctx: Pick<Ctx, 'tx'>,
  c: Competitor,
): { notes: WatchNote[]; prospects: string[] } {
  const key = foldAccents(c.name);
  const notes = ctx.tx
    .collection(notesCollection)
    .all()
    .filter((n) => n.competitor !== undefined && foldAccents(n.competitor) === key)
    .sort((a, b) => b.createdAt.localeCompare(a.createdAt) || Number(b.id.slice(2)) - Number(a.id.slice(2)));
  const prospects = [...new Set(notes.flatMap((n) => (n.prospectId ? [n.prospectId] : [])))];
  return { notes, prospects };
}

/** The competitor card: SWOT, recent notes, where it was met. */
export function competitorReply(ctx: Ctx, c: Competitor): Reply {
  const { t, fmt, tx } = ctx;
  const { notes, prospects } = competitorStats(ctx, c);
  const swot = SWOT_KINDS.map((kind) => {
    const lines = c.swot.filter((l) => l.kind === kind).map((l) => `• ${l.text}`);
    return {
      label: t(`competitor.swot.${kind}`),
      value: lines.join('\n') || t('competitor.swot_none'),
      inline: true,
    };
  });
  const met = prospects.map((id) => {
    const p = tx.prospects.get(id);
    return p ? `${p.name} (${p.id})` : id;
  });
  const recent = notes
    .slice(0, 5)
    .map((n) => `${TYPE_ICONS[n.type]} ${n.id} · ${fmt.instantDate(n.createdAt)} · ${n.title}`);
  return reply({
    title: `${c.name} (${c.id})`,
    blocks: [
      fields(swot),
      fields([
        { label: t('competitor.recent_notes'), value: recent.join('\n') || t('competitor.no_notes') },
        { label: t('competitor.met_on'), value: met.join(', ') || t('competitor.met_none') },
      ]),
    ],
    followUps: [{ label: t('competitor.recent_notes'), command: `/watch search competitor:"${c.name}"` }],
    data: { competitor: c, notes: notes.map((n) => n.id), prospects },
  });
}
