import type { PersonalDataSource, PersonalRecord } from '../personal-data.ts';

/**
 * Activities with the person stay (the funnel counts them) and their notes are redacted; other
 * prospects' activities whose note names the person are redacted too.
 */
export const activitiesSource: PersonalDataSource = {
  kind: 'activities',
  label: { fr: 'Actions', en: 'Activities' },
  find(view, matcher) {
    const found: PersonalRecord[] = [];
    for (const a of view.activities.all()) {
      const theirs = matcher.person.prospectIds.has(a.prospectId);
      if (matcher.mentions(a.note)) found.push({ id: a.id, record: a, action: 'redact' });
      else if (theirs) found.push({ id: a.id, record: a, action: a.note === undefined ? 'keep' : 'redact' });
    }
    return found;
  },
  erase(tx, found, { matcher }) {
    for (const { id, action } of found) {
      const a = tx.activities.get(id);
      if (action === 'redact' && a?.note !== undefined)
        tx.activities.put({ ...a, note: matcher.redact(a.note) });
    }
  },
};
