import { notesCollection, type WatchNote } from '../../watch/entities.ts';
import type { PersonalDataSource } from '../personal-data.ts';

const texts = (n: WatchNote): string[] => [n.title, n.body, ...n.tags];

/** Watch notes linked to the person or naming them: kept for the team, the person redacted out. */
export const watchNotesSource: PersonalDataSource = {
  kind: 'notes',
  label: { fr: 'Notes de veille', en: 'Watch notes' },
  find(view, matcher) {
    return view
      .collection(notesCollection)
      .all()
      .filter(
        (n) =>
          (n.prospectId !== undefined && matcher.person.prospectIds.has(n.prospectId)) ||
          texts(n).some((s) => matcher.mentions(s)),
      )
      .map((n) => ({ id: n.id, record: n, action: 'redact' as const }));
  },
  erase(tx, found, { matcher }) {
    const notes = tx.collection(notesCollection);
    for (const { id } of found) {
      const n = notes.get(id);
      if (!n) continue;
      notes.put({
        ...n,
        title: matcher.redact(n.title),
        body: matcher.redact(n.body),
        tags: n.tags.map((tag) => matcher.redact(tag)),
      });
    }
  },
};
