import { EventEmitter } from 'node:events';
import {
  InvalidAppend,
  StoreUnavailable,
  type AppendOptions,
  type AppendResult,
  type EventStore,
  type NewEvent,
  type SubscribeToAllOptions,
  type Subscription,
} from '../port';
import { liveSubscription } from '../subscription';
import { createGroupCommit } from './group-commit';
import { describeSqliteError, openDatabase } from './open';
import { createReads } from './reads';
import { createBatchWriter, type AppendRequest } from './write';

export interface SqliteEventStoreOptions {
  /** The database file (default ./data/tracker.db); created with its directory when missing. */
  path?: string;
  /** How often live subscriptions look for appends made by other processes (default 250 ms). */
  pollIntervalMs?: number;
  /** How long to wait for another process's lock before failing (default 5000 ms). */
  busyTimeoutMs?: number;
  /** Events per query when paging through a stream or $all (default 500). */
  pageSize?: number;
}

/**
 * The embedded default store: one SQLite file, WAL, synchronous=FULL (see open.ts), appends
 * through the group commit queue (group-commit.ts, write.ts), paged reads (reads.ts), and
 * catch-up subscriptions woken in-process right after each commit and by polling for other
 * processes' appends (../subscription.ts).
 */
export function openSqliteEventStore(options: SqliteEventStoreOptions = {}): EventStore {
  const file = options.path ?? './data/tracker.db';
  const db = openDatabase(file, options.busyTimeoutMs ?? 5000);
  const reads = createReads(db, options.pageSize ?? 500);
  const writer = createBatchWriter(db);
  const appended = new EventEmitter().setMaxListeners(0);
  const subscriptions = new Set<Subscription>();
  let closed = false;

  const commit = db.transaction(writer.writeBatch);
  const queue = createGroupCommit<AppendRequest, AppendResult>({
    // IMMEDIATE: take the write lock at BEGIN, so a busy file fails before anything is read.
    commit: (batch) => commit.immediate(batch),
    describeFailure: (error) => describeSqliteError(file, error),
    committed: () => appended.emit('append'),
  });

  /** Reads run synchronously; a closed or broken file answers StoreUnavailable. */
  function guarded<T>(read: () => T): T {
    if (closed) throw new StoreUnavailable(`the event store ${file} is closed`);
    try {
      return read();
    } catch (error) {
      throw describeSqliteError(file, error);
    }
  }

  async function* guardedIterable<T>(source: () => AsyncGenerator<T>): AsyncGenerator<T> {
    if (closed) throw new StoreUnavailable(`the event store ${file} is closed`);
    try {
      yield* source();
    } catch (error) {
      throw describeSqliteError(file, error);
    }
  }

  function append(
    streamId: string,
    events: readonly NewEvent[],
    options: AppendOptions = {},
  ): Promise<AppendResult> {
    if (closed) return Promise.reject(new StoreUnavailable(`the event store ${file} is closed`));
    const expected = options.expectedRevision ?? 'any';
    const problem = invalidAppend(streamId, events, expected);
    if (problem) return Promise.reject(new InvalidAppend(problem));
    return queue.enqueue({ streamId, events, expected });
  }

  function subscribeToAll(subscribeOptions: SubscribeToAllOptions = {}): Subscription {
    const read = guarded(() => reads.page(subscribeOptions.filter));
    const start = subscribeOptions.fromPosition;
    const subscription = liveSubscription({
      from:
        start === 'end'
          ? guarded(reads.headPosition)
          : start === 'start' || start === undefined
            ? 0
            : start,
      readPage: async (after) => guarded(() => read(after + 1, Number.MAX_SAFE_INTEGER, 500)),
      headPosition: async () => guarded(reads.headPosition),
      onAppend: (listener) => {
        appended.on('append', listener);
        return () => appended.off('append', listener);
      },
      pollIntervalMs: options.pollIntervalMs ?? 250,
    });
    subscriptions.add(subscription);
    return {
      [Symbol.asyncIterator]: () => subscription[Symbol.asyncIterator](),
      close: async () => {
        subscriptions.delete(subscription);
        await subscription.close();
      },
    };
  }

  return {
    append,
    readStream: (streamId, readOptions) =>
      guardedIterable(() => reads.readStream(streamId, readOptions)),
    readAll: (readOptions) => guardedIterable(() => reads.readAll(readOptions)),
    readStreams: async (streamIds) => guarded(() => reads.readStreams(streamIds)),
    subscribeToAll,
    headPosition: async () => guarded(reads.headPosition),
    close: async () => {
      if (closed) return;
      queue.drain();
      closed = true;
      await Promise.all([...subscriptions].map((s) => s.close()));
      subscriptions.clear();
      db.close();
    },
  };
}

/** What is wrong with an append before it reaches the file, or undefined. */
function invalidAppend(
  streamId: string,
  events: readonly NewEvent[],
  expected: unknown,
): string | undefined {
  if (typeof streamId !== 'string' || streamId.length === 0) return 'a stream id is required';
  if (events.length === 0) return `an append to ${streamId} needs at least one event`;
  if (!(
    expected === 'no_stream' ||
    expected === 'stream_exists' ||
    expected === 'any' ||
    (Number.isSafeInteger(expected) && (expected as number) >= 0)
  )) {
    return `expectedRevision must be 'no_stream', 'stream_exists', 'any' or a revision (0 or more), got ${String(expected)}`;
  }
  const ids = new Set<string>();
  for (const event of events) {
    if (typeof event.id !== 'string' || event.id.length === 0)
      return `every event appended to ${streamId} needs an id`;
    if (typeof event.type !== 'string' || event.type.length === 0)
      return `event ${event.id} needs a type`;
    if (ids.has(event.id)) return `the append to ${streamId} lists event id ${event.id} twice`;
    ids.add(event.id);
  }
  return undefined;
}
