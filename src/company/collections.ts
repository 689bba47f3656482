import { networkCollections } from '../network/entities.ts';
import type { AnyCollectionDef } from '../store/collections.ts';
import { orgChartCollection } from './org-chart.ts';
import { personasCollection } from './personas.ts';
import { companyCollection } from './profile.ts';

/** The company and network features' collections, registered once in app-store.ts. */
export const companyCollections: readonly AnyCollectionDef[] = [
  companyCollection,
  orgChartCollection,
  personasCollection,
  ...networkCollections,
];
