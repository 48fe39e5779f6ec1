import {
  openSqliteEventStore,
  verifySqliteStore,
  type CommitBatch,
  type EventStore,
  type VerifyOptions,
  type VerifyResult,
} from '@tracker/event-store';
import type { TrackerConfig } from './config';

/**
 * The event store the configuration asks for: EventStoreDB when a connection string is set.
 * Its adapter is loaded only then (its gRPC client takes about 0.35 s to load). `onCommit`
 * hears of the embedded store's group commits (`batches` says whether it will be told).
 */
export async function openStore(
  config: Pick<TrackerConfig, 'dbFile' | 'eventStoreConnectionString'>,
  observe: { onCommit?: (batch: CommitBatch) => void } = {},
): Promise<{
  store: EventStore;
  description: string;
  /** True when `onCommit` is told of the store's commits (the embedded store). */
  batches: boolean;
  /** Walks the store's hash chain (the embedded store only). */
  verify?: (options?: VerifyOptions) => Promise<VerifyResult>;
}> {
  if (config.eventStoreConnectionString) {
    const { openEventStoreDbStore } = await import('@tracker/event-store/eventstoredb');
    return {
      store: openEventStoreDbStore(config.eventStoreConnectionString),
      description: `EventStoreDB at ${config.eventStoreConnectionString.replace(/\/\/[^@]*@/, '//***@')}`,
      batches: false,
    };
  }
  return {
    store: openSqliteEventStore({
      path: config.dbFile,
      ...(observe.onCommit && { onCommit: observe.onCommit }),
    }),
    description: `SQLite file ${config.dbFile}`,
    batches: observe.onCommit !== undefined,
    verify: (options) => verifySqliteStore(config.dbFile, options),
  };
}
