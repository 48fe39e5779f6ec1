export * from './port';
export * from './eventstoredb';
export * from './memory';
export { openSqliteEventStore, type SqliteEventStoreOptions } from './sqlite/store';
export { migrate as migrateSqliteSchema } from './sqlite/schema';
