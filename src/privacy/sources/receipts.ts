import { receiptsCollection } from '../../once/index.ts';
import type { PersonalDataSource } from '../personal-data.ts';

/**
 * Exactly-once receipts keep the first answer's title to answer a repeat with (« Action A-12
 * enregistrée : Jeanne Dupont »): a title naming the person is redacted, the receipt kept.
 */
export const receiptsSource: PersonalDataSource = {
  kind: 'receipts',
  label: { fr: 'Accusés de réception', en: 'Delivery receipts' },
  find(view, matcher) {
    return view
      .collection(receiptsCollection)
      .all()
      .filter((r) => matcher.mentions(r.title))
      .map((r) => ({ id: r.id, record: r, action: 'redact' as const }));
  },
  erase(tx, found, { matcher }) {
    const receipts = tx.collection(receiptsCollection);
    for (const { id } of found) {
      const r = receipts.get(id);
      if (r?.title !== undefined) receipts.put({ ...r, title: matcher.redact(r.title) });
    }
  },
};
