import { consentsCollection } from '../../consent/entities.ts';
import type { PersonalDataSource } from '../personal-data.ts';

/**
 * The person's consent records (per channel, with source and proof) are exported as they are and
 * deleted on erasure: a consent proves nothing for a person who is no longer in the file, and its
 * proof text may name them. An objection to be contacted lives on in the opposition list instead.
 */
export const consentsSource: PersonalDataSource = {
  kind: 'consents',
  label: { fr: 'Consentements', en: 'Consents' },
  find(view, matcher) {
    return view
      .collection(consentsCollection)
      .all()
      .filter(
        (c) =>
          matcher.person.prospectIds.has(c.prospectId) ||
          matcher.mentions(c.proof) ||
          matcher.mentions(c.source),
      )
      .map((c) => ({ id: c.id, record: c, action: 'delete' as const }));
  },
  erase(tx, found) {
    const consents = tx.collection(consentsCollection);
    for (const { id } of found) consents.remove(id);
  },
};
