import type { EventStore, VerifyOptions, VerifyResult } from '@tracker/event-store';
import type { ProjectionRunner, SnapshotStore } from '@tracker/projection-runner';
import type { Principal } from './api-keys';
import type { AsOfThread } from './as-of-thread';
import type { ExecuteCommand } from './commands';
import type { HistoryLoader } from './history';
import type { ReadModels } from './read-models';

/** What answering a query needs: on the main thread, and on the as-of thread (as-of-worker.ts). */
export interface QueryServices {
  store: EventStore;
  snapshots: SnapshotStore;
  /** Walks the store's hash chain; absent when the store keeps no chain of ours (EventStoreDB). */
  verify?: (options?: VerifyOptions) => Promise<VerifyResult>;
}

/** What the server holds for its whole life. */
export interface TrackerServices extends QueryServices {
  runner: ProjectionRunner;
  /** Answers operations about the past off the main thread (absent: they are answered on it). */
  asOfThread?: AsOfThread;
}

/** What every resolver gets: who is asking, the read models, and the way to run commands. */
export interface GraphQLContext {
  principal: Principal | undefined;
  /** True when a key was presented but is not known, or has expired. */
  badKey: boolean;
  /** When the presented key expired (a date or date-time), if that is why it does not work. */
  keyExpired?: string;
  services: QueryServices;
  readModels: ReadModels;
  execute: ExecuteCommand;
  /** Events of entity streams, batched per request. */
  history: HistoryLoader;
}
