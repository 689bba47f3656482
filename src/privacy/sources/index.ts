import type { PersonalDataSource } from '../personal-data.ts';
import { activitiesSource } from './activities.ts';
import { campaignTextsSource } from './campaign-texts.ts';
import { consentsSource } from './consents.ts';
import { followUpsSource } from './follow-ups.ts';
import { networkSource } from './network.ts';
import { portfolioCustomersSource } from './portfolio-customers.ts';
import { prospectsSource } from './prospects.ts';
import { receiptsSource } from './receipts.ts';
import { deletedActivitiesSource, mergedProspectsSource } from './tombstones.ts';
import { watchNotesSource } from './watch-notes.ts';

/**
 * Every personal data source, in the order an export lists them. A feature that keeps personal
 * data (network entries, consent records…) adds its source here: export, erase and retention
 * then reach it.
 */
export const personalDataSources: readonly PersonalDataSource[] = [
  prospectsSource,
  activitiesSource,
  followUpsSource,
  consentsSource,
  watchNotesSource,
  networkSource,
  portfolioCustomersSource,
  campaignTextsSource,
  deletedActivitiesSource,
  mergedProspectsSource,
  receiptsSource,
];
