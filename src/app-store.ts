import { mkdir } from 'node:fs/promises';
import { undoCollections } from './activities/tombstones.ts';
import { auditCollection } from './audit/entities.ts';
import { companyCollections } from './company/collections.ts';
import type { StoreSelection } from './config.ts';
import { consentsCollection } from './consent/entities.ts';
import { linksCollection } from './core/conversations/links.ts';
import { personalChatsCollection } from './core/conversations/personal-chats.ts';
import { fileOffersCollection } from './core/conversations/stored-file-offers.ts';
import { uploadLinksCollection } from './core/conversations/upload-links.ts';
import type { Logger } from './core/logger.ts';
import { operationsCollection } from './domain/operation-settings.ts';
import { followUpsCollection } from './follow-ups/entities.ts';
import { rateBucketsCollection } from './guard/shared-team-bucket.ts';
import { legacyReceiptsCollection, receiptsCollection } from './once/index.ts';
import { portfolioCollections } from './portfolio/entities.ts';
import { privacyCollections } from './privacy/collections.ts';
import { installationKey, KEY_FILE } from './privacy/identifier-hash.ts';
import type { AnyCollectionDef } from './store/collections.ts';
import { openStore } from './store/index.ts';
import type { Store } from './store/types.ts';
import { competitorsCollection } from './watch/competitors.ts';
import { notesCollection, watchSettingsCollection } from './watch/entities.ts';
import { subscriptionsCollection } from './watch/subscriptions.ts';

/**
 * Every collection beyond the core four, registered once here so that the app, the CLI, tests
 * and benchmarks open the same store. A feature adds its CollectionDef to this list.
 */
export const featureCollections: readonly AnyCollectionDef[] = [
  linksCollection,
  personalChatsCollection,
  ...portfolioCollections,
  operationsCollection,
  notesCollection,
  watchSettingsCollection,
  competitorsCollection,
  subscriptionsCollection,
  receiptsCollection,
  legacyReceiptsCollection,
  followUpsCollection,
  ...undoCollections,
  consentsCollection,
  ...companyCollections,
  auditCollection,
  ...privacyCollections,
  uploadLinksCollection,
  fileOffersCollection,
  rateBucketsCollection,
];

/**
 * The store as the app uses it: core and feature collections, on the embedded engine in `dir` or on
 * PostgreSQL (then `dir` keeps only what stays on each machine: see docs/architecture.md).
 */
export async function openAppStore(
  dir: string,
  logger?: Logger,
  selection: StoreSelection = { engine: 'embedded' },
): Promise<Store> {
  const options = { dir, collections: featureCollections, ...(logger && { logger }) };
  if (selection.engine === 'embedded') return openStore(options);
  // Loaded only here: the embedded store's processes (the terminal, most bots) never load the client.
  const { openPgStore, shareLocalFile } = await import('./store/postgres/index.ts');
  const store = await openPgStore({
    ...options,
    url: selection.url,
    ...(selection.teamCache !== undefined && { teamCache: selection.teamCache }),
  });
  try {
    // The privacy hashes stored in the database are keyed with it: every replica needs the same key.
    await mkdir(dir, { recursive: true });
    installationKey(dir);
    await shareLocalFile(store.pool, dir, KEY_FILE);
  } catch (err) {
    await store.close();
    throw err;
  }
  return store;
}
