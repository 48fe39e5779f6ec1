export * from './port';
export { checkAppend, type CheckedAppend, type SerialisedEvent } from './append-preconditions';
export { deepFreeze } from './freeze';
// The EventStoreDB adapter is '@tracker/event-store/eventstoredb': its gRPC client takes about
// 0.35 s to load, which a tracker on the embedded store should not pay at every start.
export * from './memory';
export {
  openSqliteEventStore,
  type CommitBatch,
  type SqliteEventStore,
  type SqliteEventStoreOptions,
} from './sqlite/store';
export {
  migrate as migrateSqliteSchema,
  SCHEMA_VERSION as SQLITE_SCHEMA_VERSION,
} from './sqlite/schema';
export { configureConnection as configureSqliteConnection } from './sqlite/open';
export {
  ERASURE_EVENT_TYPE,
  verifySqliteStore,
  type BrokenLink,
  type VerifyOptions,
  type VerifyResult,
} from './sqlite/verify';
export { formatHead, HEAD_FORMAT, parseHead, type ChainHead } from './sqlite/published-head';
export { makePrivateDirectory, makePrivateFiles } from './sqlite/private-files';
export { startModuleWorker, type ModuleWorkerOptions } from './sqlite/module-worker';
