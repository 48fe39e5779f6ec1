import { EventEmitter } from 'node:events';
import { checkAppend, type CheckedAppend } from '../append-preconditions';
import {
  StoreUnavailable,
  WrongExpectedVersion,
  type AppendOptions,
  type AppendResult,
  type EventStore,
  type NewEvent,
  type SubscribeToAllOptions,
  type Subscription,
} from '../port';
import { liveSubscription } from '../subscription';
import { startCommitThread, type CommitThread } from './commit-thread';
import { createGroupCommit } from './group-commit';
import { describeSqliteError, openDatabase } from './open';
import { toRecorded } from './event-pages';
import { createReadAhead } from './read-ahead';
import { createReads } from './reads';
import { createStreamCache } from './stream-cache';
import { createBatchWriter, type AppendRequest, type Outcome } from './write';

export interface SqliteEventStoreOptions {
  /** The database file (default ./data/tracker.db); created with its directory when missing. */
  path?: string;
  /** How often live subscriptions look for appends made by other processes (default 250 ms). */
  pollIntervalMs?: number;
  /** How long to wait for another process's lock before failing (default 5000 ms). */
  busyTimeoutMs?: number;
  /** Events per query when paging through a stream or $all (default 500). */
  pageSize?: number;
  /**
   * Commit batches of concurrent appends on a second thread (see commit-thread.ts): 'auto'
   * (the default) starts it when appends first queue up, 'eager' when the store opens.
   */
  commitThread?: 'auto' | 'eager' | 'off';
  /**
   * How long another process's appends may go unseen by readStreams (default 2 ms; 0 checks
   * on every read): see stream-cache.ts.
   */
  headCheckMs?: number;
  /** Long reads of $all go on on a second thread (see read-ahead.ts) unless 'off'. */
  readAhead?: 'auto' | 'off';
  /** Told of each group commit that wrote something (operators' metrics). */
  onCommit?: (batch: CommitBatch) => void;
}

/** One group commit: the appends it wrote, their events, and how long it took. */
export interface CommitBatch {
  /** Appends written (those refused in the same transaction are not counted). */
  appends: number;
  events: number;
  /** From the batch's start (or its hand-over to the commit thread) to its outcome. */
  ms: number;
}

/** The embedded store: the port, and what it can say about itself. */
export interface SqliteEventStore extends EventStore {
  readonly path: string;
  /**
   * Starts the commit thread if it is not running; resolves true once it takes batches,
   * false when it is off or cannot start (commits then stay on the main thread).
   */
  commitThreadReady(): Promise<boolean>;
  /**
   * Starts the read-ahead thread if it is not running; resolves true once it takes long reads
   * of $all, false when it is off or cannot start (reads then stay on the main thread).
   */
  readAheadReady(): Promise<boolean>;
}

/**
 * The embedded default store: one SQLite file, WAL, synchronous=FULL (see open.ts), appends
 * through the group commit queue (group-commit.ts, write.ts; batches of concurrent appends
 * on the commit thread, commit-thread.ts), paged reads (reads.ts; long reads of $all on the
 * read-ahead thread, read-ahead.ts), readStreams answered from the stream cache
 * (stream-cache.ts), and catch-up subscriptions woken in-process right after
 * each commit and by polling for other processes' appends (../subscription.ts). Tamper
 * evidence: hash-chain.ts, checked by verify.ts.
 */
export function openSqliteEventStore(options: SqliteEventStoreOptions = {}): SqliteEventStore {
  const file = options.path ?? './data/tracker.db';
  const pageSize = options.pageSize ?? 500;
  const db = openDatabase(file, options.busyTimeoutMs ?? 5000);
  const readAhead = options.readAhead === 'off' ? undefined : createReadAhead(file);
  const reads = createReads(db, { pageSize, guard: guarded, readAhead });
  const cache = createStreamCache(
    db,
    {
      streams: (ids) => reads.rowsOfStreams(ids).map(toRecorded),
      after: (id, revision) => reads.rowsOfStreamAfter(id, revision).map(toRecorded),
    },
    { headCheckMs: options.headCheckMs },
  );
  const writer = createBatchWriter(db);
  const appended = new EventEmitter().setMaxListeners(0);
  const subscriptions = new Set<Subscription>();
  let closed = false;
  let closing = false;

  let thread: CommitThread | undefined;
  let threadStarted = options.commitThread === 'off';
  function startThread() {
    if (threadStarted || closing) return;
    threadStarted = true;
    thread = startCommitThread(file, options.busyTimeoutMs ?? 5000);
  }
  if (options.commitThread === 'eager') startThread();
  const { onCommit } = options;
  /** Tells onCommit what a batch wrote; the outcomes pass through unchanged. */
  const observed = (batch: readonly AppendRequest[], started: number, outcomes: Outcome[]) => {
    let appends = 0;
    let events = 0;
    outcomes.forEach((outcome, i) => {
      if (!outcome.ok) return;
      appends++;
      events += batch[i]!.events.length;
    });
    if (appends > 0) onCommit!({ appends, events, ms: performance.now() - started });
    return outcomes;
  };
  const queue = createGroupCommit<AppendRequest, AppendResult>({
    commit: onCommit
      ? (batch) => {
          const started = performance.now();
          return observed(batch, started, writer.commit(batch));
        }
      : writer.commit,
    describeFailure: (error) => describeSqliteError(file, error),
    committed: () => appended.emit('append'),
    offload: {
      get ready() {
        return thread?.ready ?? false;
      },
      start: startThread,
      commit: (batch) => {
        if (!onCommit) return thread!.commit(batch);
        const started = performance.now();
        return thread!.commit(batch).then((outcomes) => observed(batch, started, outcomes));
      },
    },
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

  function append(
    streamId: string,
    events: readonly NewEvent[],
    options: AppendOptions = {},
  ): Promise<AppendResult> {
    if (closing) return Promise.reject(new StoreUnavailable(`the event store ${file} is closed`));
    let checked: CheckedAppend;
    try {
      checked = checkAppend(streamId, events, options);
    } catch (error) {
      return Promise.reject(error);
    }
    return queue.enqueue({ streamId, ...checked }).then(
      (result) => {
        cache.appended(streamId, result.position - events.length + 1, result.position);
        return result;
      },
      (error: unknown) => {
        // Decided on a stale read, perhaps: the retry reads the head afresh.
        if (error instanceof WrongExpectedVersion) cache.refused();
        throw error;
      },
    );
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
      readPage: async (after) => guarded(() => read(after + 1, Number.MAX_SAFE_INTEGER, pageSize)),
      readRun: (after) =>
        reads.readAll({ fromPosition: after + 1, filter: subscribeOptions.filter }),
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
    path: file,
    commitThreadReady: async () => {
      startThread();
      return (await thread?.whenReady) ?? false;
    },
    readAheadReady: async () => (await readAhead?.ready()) ?? false,
    append,
    readStream: reads.readStream,
    readAll: reads.readAll,
    readAllPages: reads.readAllPages,
    readStreams: async (streamIds) => guarded(() => cache.eventsOf(streamIds)),
    subscribeToAll,
    headPosition: async () => guarded(reads.headPosition),
    close: async () => {
      if (closing) return;
      closing = true;
      await queue.drain();
      await thread?.close();
      await readAhead?.close();
      closed = true;
      await Promise.all([...subscriptions].map((s) => s.close()));
      subscriptions.clear();
      db.close();
    },
  };
}
