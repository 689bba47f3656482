import { createHash } from 'node:crypto';
import { z } from 'zod';
import { LOCALES, type Locale } from '../../domain/ids.ts';
import { TeamNotFoundError } from '../../store/errors.ts';
import type { CollectionDef, Store } from '../../store/types.ts';
import { directoryId, directoryRecord } from './personal-chats.ts';

/** A file offered on a Teams consent card, waiting for its user's Allow. */
export interface Offer {
  /** The core's user id (`teams:<aad id>`): only they can accept it. */
  userId: string;
  locale: Locale;
  name: string;
  mimeType: string;
  bytes: Uint8Array;
}

/** Biggest file kept for an answer (a dossier is 1-2 MB, an export a few). */
const MAX_OFFER_BYTES = 40 * 2 ** 20;
/** Offers kept for one user; the oldest goes when a new one would pass it. */
const MAX_OFFERS_PER_USER = 8;

const sha256 = (s: string): string => createHash('sha256').update(s).digest('hex');

/**
 * An offered file, kept in the directory of the user's Teams tenant (`directory:teams:<tenant>`,
 * beside their personal chat) rather than in the process: the Allow that reaches another replica,
 * or this one after a restart, still finds it. The id is the SHA-256 of the card's secret: the data
 * folder or database alone does not accept an offer.
 */
export const FileOfferItem = z.object({
  id: z.string().regex(/^[0-9a-f]{64}$/),
  userId: z.string().min(1).max(300),
  locale: z.enum(LOCALES),
  name: z.string().min(1).max(400),
  mimeType: z.string().min(1).max(200),
  /** The file's bytes in base64. */
  content: z.string().max(Math.ceil(MAX_OFFER_BYTES / 3) * 4),
  offeredAt: z.iso.datetime({ offset: true }),
  expiresAt: z.iso.datetime({ offset: true }),
});
export type FileOfferItem = z.infer<typeof FileOfferItem>;

export const fileOffersCollection: CollectionDef<FileOfferItem> = {
  name: 'file-offers',
  schema: FileOfferItem,
  version: 1,
  // One file per user: an offer rewrites that user's few pending files, not the tenant's.
  shardOf: (o) => sha256(o.userId).slice(0, 32),
  bookkeeping: true,
};

/** `teams:<tenant>:…` → `teams:<tenant>`: the directory a Teams member's offers are kept in. */
export const tenantScopeOf = (teamId: string): string =>
  teamId.startsWith('teams:') ? `teams:${teamId.split(':')[1]}` : teamId;

/** Offers in the store, per tenant directory: kept by the replica that offered, taken by any. */
export function storedFileOffers(store: Store, clock: () => Date, ttlMs: number) {
  const live = (o: FileOfferItem): boolean => o.expiresAt > clock().toISOString();
  return {
    /** Keeps an offer under the card's secret `token`; offers past their time are dropped on the way. */
    async keep(scope: string, token: string, offer: Offer): Promise<void> {
      if (offer.bytes.length > MAX_OFFER_BYTES) throw new Error(`file ${offer.name} too big to offer`);
      const id = directoryId(scope);
      const now = clock();
      await store.transact(
        id,
        (tx) => {
          const offers = tx.collection(fileOffersCollection);
          const all = offers.all();
          for (const old of all) if (!live(old)) offers.remove(old.id);
          const mine = all
            .filter((o) => o.userId === offer.userId && live(o))
            .sort((a, b) => a.offeredAt.localeCompare(b.offeredAt));
          for (const o of mine.slice(0, Math.max(0, mine.length - MAX_OFFERS_PER_USER + 1)))
            offers.remove(o.id);
          offers.put({
            id: sha256(token),
            userId: offer.userId,
            locale: offer.locale,
            name: offer.name,
            mimeType: offer.mimeType,
            content: Buffer.from(offer.bytes).toString('base64'),
            offeredAt: now.toISOString(),
            expiresAt: new Date(now.getTime() + ttlMs).toISOString(),
          });
        },
        { init: () => directoryRecord(id, now) },
      );
    },
    /** The offer a card's token opens, while it waits (undefined once expired, taken or declined). */
    async get(scope: string, token: string): Promise<Offer | undefined> {
      // In a transaction, not a read: the offer may have been kept a moment ago by another replica.
      const item = await store
        .transact(directoryId(scope), (tx) => tx.collection(fileOffersCollection).get(sha256(token)))
        .catch((e: unknown) => {
          if (e instanceof TeamNotFoundError) return undefined;
          throw e;
        });
      if (!item || !live(item)) return undefined;
      return {
        userId: item.userId,
        locale: item.locale,
        name: item.name,
        mimeType: item.mimeType,
        bytes: new Uint8Array(Buffer.from(item.content, 'base64')),
      };
    },
    /** Ends an offer (sent or declined): a second answer to the same card finds nothing. Drops expired ones too. */
    async remove(scope: string, token: string): Promise<void> {
      await store
        .transact(directoryId(scope), (tx) => {
          const offers = tx.collection(fileOffersCollection);
          offers.remove(sha256(token));
          for (const old of offers.all()) if (!live(old)) offers.remove(old.id);
        })
        .catch((e: unknown) => {
          if (!(e instanceof TeamNotFoundError)) throw e;
        });
    },
  };
}
export type StoredFileOffers = ReturnType<typeof storedFileOffers>;
