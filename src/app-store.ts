import { undoCollections } from './activities/tombstones.ts';
import { auditCollection } from './audit/entities.ts';
import { uploadLinksCollection } from './channels/teams/upload-link-store.ts';
import { companyCollections } from './company/collections.ts';
import { consentsCollection } from './consent/entities.ts';
import { linksCollection } from './core/conversations/links.ts';
import type { Logger } from './core/logger.ts';
import { operationsCollection } from './domain/operation-settings.ts';
import { followUpsCollection } from './follow-ups/entities.ts';
import { legacyReceiptsCollection, receiptsCollection } from './once/index.ts';
import { portfolioCollections } from './portfolio/entities.ts';
import { privacyCollections } from './privacy/collections.ts';
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
];

/** The store as the app uses it: core and feature collections. */
export function openAppStore(dir: string, logger?: Logger): Promise<Store> {
  return openStore({ dir, collections: featureCollections, ...(logger && { logger }) });
}
