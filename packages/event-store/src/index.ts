export * from './port';
export * from './eventstoredb';
export * from './memory';
export { openSqliteEventStore, type SqliteEventStoreOptions } from './sqlite/store';
