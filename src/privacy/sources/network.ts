import { networkCollection } from '../../network/personal-data.ts';
import { samePerson } from '../person-match.ts';
import type { PersonalDataSource, PersonalRecord } from '../personal-data.ts';

/**
 * Network entries (`/network`): an entry that is the person (linked to their prospect, or of the
 * same name) is deleted; another whose notes name them is redacted.
 */
export const networkSource: PersonalDataSource = {
  kind: 'network',
  label: { fr: 'Réseau professionnel', en: 'Professional network' },
  find(view, matcher) {
    return view
      .collection(networkCollection)
      .all()
      .flatMap((c): PersonalRecord[] => {
        const theirs =
          (c.prospectId !== undefined && matcher.person.prospectIds.has(c.prospectId)) ||
          samePerson(matcher.person, { name: c.name });
        if (theirs) return [{ id: c.id, record: c, action: 'delete' }];
        const named = [c.organisation, c.howMet, c.purpose].some((s) => matcher.mentions(s));
        return named ? [{ id: c.id, record: c, action: 'redact' }] : [];
      });
  },
  erase(tx, found, { matcher }) {
    const network = tx.collection(networkCollection);
    for (const { id, action } of found) {
      const c = network.get(id);
      if (!c) continue;
      if (action === 'delete') {
        network.remove(id);
        continue;
      }
      network.put({
        ...c,
        ...(c.organisation !== undefined && { organisation: matcher.redact(c.organisation) }),
        ...(c.howMet !== undefined && { howMet: matcher.redact(c.howMet) }),
        ...(c.purpose !== undefined && { purpose: matcher.redact(c.purpose) }),
      });
    }
  },
};
