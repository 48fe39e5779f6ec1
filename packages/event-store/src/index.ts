export * from './port';
export * from './eventstoredb';
export * from './memory';
export {
  openSqliteEventStore,
  type SqliteEventStore,
  type SqliteEventStoreOptions,
} from './sqlite/store';
export {
  migrate as migrateSqliteSchema,
  SCHEMA_VERSION as SQLITE_SCHEMA_VERSION,
} from './sqlite/schema';
export { configureConnection as configureSqliteConnection } from './sqlite/open';
export {
  verifySqliteStore,
  type BrokenLink,
  type VerifyOptions,
  type VerifyResult,
} from './sqlite/verify';
