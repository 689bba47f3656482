import { z } from 'zod';
import type { CollectionDef, TeamTx } from '../store/types.ts';

/**
 * What a delivery that saved something left behind: its key (a form instance, an interaction or
 * activity id, scoped to the user), when, and what the first answer said, to answer a repeat with.
 */
export const Receipt = z.object({
  /** `<user id>|<idempotency key>`. */
  id: z.string().min(1).max(500),
  at: z.iso.datetime({ offset: true }),
  reference: z.string().min(1).max(100).optional(),
  title: z.string().min(1).max(300).optional(),
});
export type Receipt = z.infer<typeof Receipt>;

/** Retries come within minutes; a day is the minimum promised, two days leave room for a late redelivery. */
export const RECEIPT_TTL_MS = 48 * 3_600_000;

/**
 * Receipts ride in the file their save writes anyway (a carried collection, see store/carried.ts):
 * the save and its receipt reach the disk in one atomic write, so a crash keeps both or neither, and
 * a keyed save costs no extra file. The store drops a receipt two days after it was recorded.
 * Erasure (GDPR) finds them like any collection: `tx.collection(receiptsCollection).all()`, then
 * `put` (redacted) or `remove`, which rewrites the file carrying the receipt in the same commit.
 */
export const receiptsCollection: CollectionDef<Receipt> = {
  name: 'delivery-receipts',
  schema: Receipt,
  version: 1,
  carried: { recordedAt: (r) => r.at, keepMs: RECEIPT_TTL_MS },
  bookkeeping: true,
};

/**
 * Receipts as they were kept until 2026-12, one file a day (`receipts/2026-11-28.json`): still read so
 * that a repeat across the upgrade is recognized, and emptied as they expire. Can go once no data
 * folder holds a `receipts/` file younger than two days.
 */
export const legacyReceiptsCollection: CollectionDef<Receipt> = {
  name: 'receipts',
  schema: Receipt,
  version: 1,
  shardOf: (r) => r.at.slice(0, 10),
  bookkeeping: true,
};

export const receiptId = (userId: string, key: string): string => `${userId}|${key}`;

/** The receipt of `key` for `userId`, if it is still kept. */
export function findReceipt(tx: TeamTx, userId: string, key: string, now: Date): Receipt | undefined {
  const id = receiptId(userId, key);
  const found = tx.collection(receiptsCollection).get(id) ?? tx.collection(legacyReceiptsCollection).get(id);
  return found && Date.parse(found.at) > now.getTime() - RECEIPT_TTL_MS ? found : undefined;
}

/** Keeps the receipt of a delivery that saved something (the store drops the expired ones). */
export function recordReceipt(
  tx: TeamTx,
  receipt: {
    userId: string;
    key: string;
    at: Date;
    reference?: string | undefined;
    title?: string | undefined;
  },
): void {
  const legacy = tx.collection(legacyReceiptsCollection);
  if (legacy.size > 0) {
    // Only in the two days after the upgrade: the old files' receipts go as they expire.
    const cutoff = receipt.at.getTime() - RECEIPT_TTL_MS;
    for (const old of legacy.inShards('0000', new Date(cutoff).toISOString().slice(0, 10))) {
      if (Date.parse(old.at) <= cutoff) legacy.remove(old.id);
    }
  }
  tx.collection(receiptsCollection).put({
    id: receiptId(receipt.userId, receipt.key),
    at: receipt.at.toISOString(),
    ...(receipt.reference && { reference: receipt.reference.slice(0, 100) }),
    ...(receipt.title && { title: receipt.title.slice(0, 300) }),
  });
}
