export { shownUrl } from './connect.ts';
export { maskUrl, StoreUnavailableError } from './errors.ts';
export { openPgStore, type PgStore, type PgStoreOptions } from './pg-store.ts';
export { migrateDatabase, migrateSchema, SCHEMA_STEPS } from './schema.ts';
export { shareLocalFile } from './shared-file.ts';
export { pgSharedImages, type SharedImages } from './shared-images.ts';
