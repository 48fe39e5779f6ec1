import type { EventStore, VerifyOptions, VerifyResult } from '@tracker/event-store';
import type { ProjectionRunner, SnapshotStore } from '@tracker/projection-runner';
import type { Principal } from './api-keys';
import type { ExecuteCommand } from './commands';
import type { HistoryLoader } from './history';
import type { ReadModels } from './read-models';

/** What the server holds for its whole life. */
export interface TrackerServices {
  store: EventStore;
  runner: ProjectionRunner;
  snapshots: SnapshotStore;
  /** Walks the store's hash chain; absent when the store keeps no chain of ours (EventStoreDB). */
  verify?: (options?: VerifyOptions) => Promise<VerifyResult>;
}

/** What every resolver gets: who is asking, the read models, and the way to run commands. */
export interface GraphQLContext {
  principal: Principal | undefined;
  /** True when a key was presented but is not known, or has expired. */
  badKey: boolean;
  /** When the presented key expired (a date or date-time), if that is why it does not work. */
  keyExpired?: string;
  services: TrackerServices;
  readModels: ReadModels;
  execute: ExecuteCommand;
  /** Events of entity streams, batched per request. */
  history: HistoryLoader;
}
