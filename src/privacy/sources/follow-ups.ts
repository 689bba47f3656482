import { followUpsCollection } from '../../follow-ups/entities.ts';
import type { PersonalDataSource } from '../personal-data.ts';

/** The person's follow-ups are deleted: a reminder to call someone who was erased has no purpose. */
export const followUpsSource: PersonalDataSource = {
  kind: 'follow-ups',
  label: { fr: 'Relances', en: 'Follow-ups' },
  find(view, matcher) {
    return view
      .collection(followUpsCollection)
      .all()
      .filter((f) => matcher.person.prospectIds.has(f.prospectId))
      .map((f) => ({ id: f.id, record: f, action: 'delete' as const }));
  },
  erase(tx, found) {
    const followUps = tx.collection(followUpsCollection);
    for (const { id } of found) followUps.remove(id);
  },
};
