export {
  activities,
  activityShardOf,
  campaigns,
  members,
  monthOf,
  prospects,
  teamCollections,
} from './collections.ts';
export { StoreCorruptError, TeamNotFoundError } from './errors.ts';
export { openStore, type StoreOptions } from './store.ts';
export type {
  CollectionDef,
  CollectionTx,
  CollectionView,
  Store,
  TeamTx,
  TeamView,
  TransactOptions,
} from './types.ts';
