import type { Locale } from '../domain/ids.ts';
import type { TeamTx } from '../store/types.ts';
import type { WatchNote } from '../watch/entities.ts';
import type { Cell, Sheet } from './sheet.ts';

const HEADERS = {
  fr: [
    'Réf.',
    'Date',
    'Type',
    'Titre',
    'Texte',
    'Source',
    'Fiabilité',
    'Crédibilité',
    'Mots-clés',
    'Prospect',
    'Concurrent',
    'Auteur',
    'Utile pour',
  ],
  en: [
    'Ref.',
    'Date',
    'Type',
    'Title',
    'Text',
    'Source',
    'Reliability',
    'Credibility',
    'Tags',
    'Prospect',
    'Competitor',
    'Author',
    'Useful to',
  ],
} as const;

/** The watch notes (DOMAIN §5), oldest first; `t` gives a watch type's label. */
export function notesSheet(
  tx: TeamTx,
  notes: readonly WatchNote[],
  locale: Locale,
  name: string,
  typeLabel: (type: WatchNote['type']) => string,
): Sheet {
  const rows = [...notes]
    .sort((a, b) => (a.createdAt < b.createdAt ? -1 : 1))
    .map((n): Cell[] => [
      n.id,
      n.createdAt.slice(0, 10),
      typeLabel(n.type),
      n.title,
      n.body,
      n.source ?? null,
      n.reliability ?? null,
      n.credibility ?? null,
      n.tags.join(', ') || null,
      n.prospectId === undefined ? null : (tx.prospects.get(n.prospectId)?.name ?? n.prospectId),
      n.competitor ?? null,
      tx.members.get(n.authorId)?.displayName ?? n.authorId,
      n.usefulBy.length,
    ]);
  return { name, headers: [...HEADERS[locale]], rows };
}
