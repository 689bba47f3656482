import { legacyReceiptsCollection, receiptsCollection } from '../../once/index.ts';
import type { PersonalDataSource } from '../personal-data.ts';

/** Receipts ride in the files their saves wrote; those of before 2026-12 are still in `receipts/`. */
const collections = [receiptsCollection, legacyReceiptsCollection];

/**
 * Exactly-once receipts keep the first answer's title to answer a repeat with (« Action A-12
 * enregistrée : Jeanne Dupont »): a title naming the person is redacted, the receipt kept (the store
 * rewrites the file carrying it in the erasure's commit).
 */
export const receiptsSource: PersonalDataSource = {
  kind: 'receipts',
  label: { fr: 'Accusés de réception', en: 'Delivery receipts' },
  find(view, matcher) {
    return collections
      .flatMap((def) => view.collection(def).all())
      .filter((r) => matcher.mentions(r.title))
      .map((r) => ({ id: r.id, record: r, action: 'redact' as const }));
  },
  erase(tx, found, { matcher }) {
    for (const def of collections) {
      const receipts = tx.collection(def);
      for (const { id } of found) {
        const r = receipts.get(id);
        if (r?.title !== undefined) receipts.put({ ...r, title: matcher.redact(r.title) });
      }
    }
  },
};
