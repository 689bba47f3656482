import type { CommandContext } from '../core/command.ts';
import { type Field, fields, type Reply, reply, text } from '../core/reply.ts';
import type { WatchNote, WatchType } from './entities.ts';
import { explainRating } from './rating.ts';

/** Icon of each watch type: the same in every channel (plain emoji, no assets). */
export const TYPE_ICONS: Record<WatchType, string> = {
  legal: '⚖️',
  commercial: '💼',
  competitive: '🥊',
  digital: '🌐',
  technological: '🔧',
  societal: '👥',
};

type Ctx = Pick<CommandContext, 't' | 'fmt' | 'tx'>;

export const typeLabel = (ctx: Pick<Ctx, 't'>, type: WatchType): string =>
  `${TYPE_ICONS[type]} ${ctx.t(`watch.type.${type}`)}`;

/** The note as the team sees it: in its channel post, and with /watch show. */
export function noteReply(ctx: Ctx, note: WatchNote, visibility: Reply['visibility'] = 'shared'): Reply {
  const { t, fmt, tx } = ctx;
  const author = tx.members.get(note.authorId)?.displayName ?? note.authorId;
  const prospect = note.prospectId ? tx.prospects.get(note.prospectId) : undefined;
  const list: Field[] = [
    { label: t('watch.field.type'), value: typeLabel(ctx, note.type), inline: true },
    { label: t('watch.field.rating'), value: explainRating(t, note), inline: true },
    { label: t('watch.field.author'), value: author, inline: true },
    { label: t('watch.field.date'), value: fmt.instantDate(note.createdAt), inline: true },
    {
      label: t('watch.field.useful'),
      value: t('watch.useful_count', { count: note.usefulBy.length }),
      inline: true,
    },
  ];
  if (note.source) list.push({ label: t('watch.field.source'), value: note.source });
  if (note.tags.length > 0)
    list.push({ label: t('watch.field.tags'), value: note.tags.map((x) => `#${x}`).join(' '), inline: true });
  if (prospect)
    list.push({ label: t('watch.field.prospect'), value: `${prospect.name} (${prospect.id})`, inline: true });
  if (note.competitor)
    list.push({ label: t('watch.field.competitor'), value: note.competitor, inline: true });
  return reply({
    title: `${TYPE_ICONS[note.type]} ${note.title} · ${note.id}`,
    tone: 'info',
    visibility,
    blocks: [text(note.body), fields(list)],
    followUps: [{ label: t('watch.followup_useful'), command: `/watch useful ${note.id}` }],
    data: { note: { ...note, useful: note.usefulBy.length, rating: explainRating(t, note) } },
  });
}
