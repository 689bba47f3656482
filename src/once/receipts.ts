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

/** Receipts live one file a day (`receipts/2026-11-28.json`): pruning drops whole old days. */
export const receiptsCollection: CollectionDef<Receipt> = {
  name: 'receipts',
  schema: Receipt,
  version: 1,
  shardOf: (r) => r.at.slice(0, 10),
};

/** Retries come within minutes; a day is the minimum promised, two days leave room for a late redelivery. */
export const RECEIPT_TTL_MS = 48 * 3_600_000;

export const receiptId = (userId: string, key: string): string => `${userId}|${key}`;

/** The receipt of `key` for `userId`, if it is still kept. */
export function findReceipt(tx: TeamTx, userId: string, key: string, now: Date): Receipt | undefined {
  const found = tx.collection(receiptsCollection).get(receiptId(userId, key));
  return found && Date.parse(found.at) > now.getTime() - RECEIPT_TTL_MS ? found : undefined;
}

/** Keeps the receipt of a delivery that saved something, and drops the receipts past their time. */
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
  const receipts = tx.collection(receiptsCollection);
  const cutoff = receipt.at.getTime() - RECEIPT_TTL_MS;
  // Days entirely before the cutoff's day, then the cutoff's day item by item.
  for (const old of receipts.inShards('0000', new Date(cutoff).toISOString().slice(0, 10))) {
    if (Date.parse(old.at) <= cutoff) receipts.remove(old.id);
  }
  receipts.put({
    id: receiptId(receipt.userId, receipt.key),
    at: receipt.at.toISOString(),
    ...(receipt.reference && { reference: receipt.reference.slice(0, 100) }),
    ...(receipt.title && { title: receipt.title.slice(0, 300) }),
  });
}
