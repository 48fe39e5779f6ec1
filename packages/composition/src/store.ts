import {
  openSqliteEventStore,
  verifySqliteStore,
  type EventStore,
  type VerifyOptions,
  type VerifyResult,
} from '@tracker/event-store';
import type { TrackerConfig } from './config';

/**
 * The event store the configuration asks for: EventStoreDB when a connection string is set.
 * Its adapter is loaded only then (its gRPC client takes about 0.35 s to load).
 */
export async function openStore(
  config: Pick<TrackerConfig, 'dbFile' | 'eventStoreConnectionString'>,
): Promise<{
  store: EventStore;
  description: string;
  /** Walks the store's hash chain (the embedded store only). */
  verify?: (options?: VerifyOptions) => Promise<VerifyResult>;
}> {
  if (config.eventStoreConnectionString) {
    const { openEventStoreDbStore } = await import('@tracker/event-store/eventstoredb');
    return {
      store: openEventStoreDbStore(config.eventStoreConnectionString),
      description: `EventStoreDB at ${config.eventStoreConnectionString.replace(/\/\/[^@]*@/, '//***@')}`,
    };
  }
  return {
    store: openSqliteEventStore({ path: config.dbFile }),
    description: `SQLite file ${config.dbFile}`,
    verify: (options) => verifySqliteStore(config.dbFile, options),
  };
}
