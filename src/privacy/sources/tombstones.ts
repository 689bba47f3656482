import { deletedActivitiesCollection, mergedProspectsCollection } from '../../activities/tombstones.ts';
import type { PersonalDataSource, PersonalRecord } from '../personal-data.ts';
import { prospectTombstone } from './prospects.ts';

/**
 * Deleted activities are kept for `/activity restore`: the person's are deleted for good (they
 * count in no figure), others whose note or reason names the person are redacted.
 */
export const deletedActivitiesSource: PersonalDataSource = {
  kind: 'deleted-activities',
  label: { fr: 'Actions supprimées', en: 'Deleted activities' },
  find(view, matcher) {
    return view
      .collection(deletedActivitiesCollection)
      .all()
      .flatMap((d): PersonalRecord[] => {
        if (matcher.person.prospectIds.has(d.activity.prospectId))
          return [{ id: d.id, record: d, action: 'delete' }];
        const named =
          matcher.mentions(d.activity.note) ||
          matcher.mentions(d.reason) ||
          (d.removedFollowUps ?? []).some((f) => matcher.person.prospectIds.has(f.prospectId));
        return named ? [{ id: d.id, record: d, action: 'redact' }] : [];
      });
  },
  erase(tx, found, { matcher }) {
    const deleted = tx.collection(deletedActivitiesCollection);
    for (const { id, action } of found) {
      const d = deleted.get(id);
      if (!d) continue;
      if (action === 'delete') {
        deleted.remove(id);
        continue;
      }
      const { note, ...activity } = d.activity;
      deleted.put({
        ...d,
        activity: { ...activity, ...(note !== undefined && { note: matcher.redact(note) }) },
        ...(d.reason !== undefined && { reason: matcher.redact(d.reason) }),
        ...(d.removedFollowUps && {
          removedFollowUps: d.removedFollowUps.filter((f) => !matcher.person.prospectIds.has(f.prospectId)),
        }),
      });
    }
  },
};

/** A merged prospect keeps a copy of the record it was: the person's copy becomes a tombstone. */
export const mergedProspectsSource: PersonalDataSource = {
  kind: 'merged-prospects',
  label: { fr: 'Fiches fusionnées', en: 'Merged records' },
  find(view, matcher) {
    return view
      .collection(mergedProspectsCollection)
      .all()
      .flatMap((m): PersonalRecord[] => {
        if (m.prospect.erasedAt) return [];
        if (matcher.person.prospectIds.has(m.id)) return [{ id: m.id, record: m, action: 'anonymise' }];
        return matcher.mentions(m.prospect.note) ? [{ id: m.id, record: m, action: 'redact' }] : [];
      });
  },
  erase(tx, found, { matcher, at }) {
    const merged = tx.collection(mergedProspectsCollection);
    for (const { id, action } of found) {
      const m = merged.get(id);
      if (!m) continue;
      const { note, ...prospect } = m.prospect;
      merged.put({
        ...m,
        prospect:
          action === 'anonymise'
            ? prospectTombstone(m.prospect, at)
            : { ...prospect, ...(note !== undefined && { note: matcher.redact(note) }) },
      });
    }
  },
};
