import {
  openEventStoreDbStore,
  openSqliteEventStore,
  verifySqliteStore,
  type EventStore,
  type VerifyOptions,
  type VerifyResult,
} from '@tracker/event-store';
import type { TrackerConfig } from './config';

/** The event store the configuration asks for: EventStoreDB when a connection string is set. */
export function openStore(config: Pick<TrackerConfig, 'dbFile' | 'eventStoreConnectionString'>): {
  store: EventStore;
  description: string;
  /** Walks the store's hash chain (the embedded store only). */
  verify?: (options?: VerifyOptions) => Promise<VerifyResult>;
} {
  if (config.eventStoreConnectionString) {
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
