import { EventEmitter } from 'node:events';
import type Database from 'better-sqlite3';
import {
  expectationHolds,
  InvalidAppend,
  StoreUnavailable,
  WrongExpectedVersion,
  type AppendOptions,
  type AppendResult,
  type EventFilter,
  type EventStore,
  type ExpectedRevision,
  type NewEvent,
  type ReadAllOptions,
  type ReadStreamOptions,
  type RecordedEvent,
  type SubscribeToAllOptions,
  type Subscription,
} from '../port';
import { liveSubscription } from '../subscription';
import { digest, eventHash, GENESIS, globalHash } from './hash-chain';
import { describeSqliteError, openDatabase } from './open';
import type { EventRow } from './schema';

export interface SqliteEventStoreOptions {
  /** The database file; created with its directory when missing. */
  path?: string;
  /** How often subscriptions look for appends made by other processes. */
  pollIntervalMs?: number;
  /** How long to wait for another process's write lock before failing. */
  busyTimeoutMs?: number;
  /** Events read per query when paging through $all. */
  pageSize?: number;
}

interface PendingAppend {
  streamId: string;
  events: readonly NewEvent[];
  expected: ExpectedRevision;
  resolve(result: AppendResult): void;
  reject(error: unknown): void;
}

const toRecorded = (row: EventRow): RecordedEvent => ({
  id: row.id,
  streamId: row.stream_id,
  revision: row.revision,
  position: row.position,
  type: row.type,
  data: JSON.parse(row.data) as unknown,
  metadata: JSON.parse(row.metadata) as RecordedEvent['metadata'],
  recordedAt: row.recorded_at,
});

const COLUMNS = 'position, id, stream_id, revision, type, data, metadata, recorded_at';

/**
 * The embedded default store: one SQLite file, WAL, synchronous=FULL.
 *
 * Group commit: appends are queued and written by one transaction per turn of the event
 * loop, so appends arriving while a commit is being made share the next fsync instead of
 * waiting for one each. Each append runs in its own savepoint inside that transaction: a
 * failed expectation refuses that append alone, and none of its events are written.
 */
export function openSqliteEventStore(options_: SqliteEventStoreOptions = {}): EventStore {
  const options = options_;
  const file = options.path ?? './data/tracker.db';
  const pageSize = options.pageSize ?? 1000;
  const db = openDatabase(file, options.busyTimeoutMs ?? 5000);
  const subscriptions = new Set<Subscription>();
  const appended = new EventEmitter();
  appended.setMaxListeners(0);

  const statements = {
    streamHead: db.prepare<[string], { revision: number; hash: string }>(
      'SELECT revision, hash FROM events WHERE stream_id = ? ORDER BY revision DESC LIMIT 1',
    ),
    byId: db.prepare<[string], { stream_id: string; revision: number; position: number }>(
      'SELECT stream_id, revision, position FROM events WHERE id = ?',
    ),
    logHead: db.prepare<[], { position: number; global_hash: string }>(
      'SELECT position, global_hash FROM events ORDER BY position DESC LIMIT 1',
    ),
    insert: db.prepare(
      `INSERT INTO events (position, id, stream_id, revision, type, data, metadata, recorded_at, data_digest, metadata_digest, hash, global_hash)
       VALUES (@position, @id, @streamId, @revision, @type, @data, @metadata, @recordedAt, @dataDigest, @metadataDigest, @hash, @globalHash)`,
    ),
    setHead: db.prepare(
      'INSERT INTO chain_head (singleton, position, global_hash) VALUES (1, ?, ?) ON CONFLICT (singleton) DO UPDATE SET position = excluded.position, global_hash = excluded.global_hash',
    ),
    maxPosition: db.prepare<[], { position: number | null }>(
      'SELECT MAX(position) AS position FROM events',
    ),
    streamForwards: db.prepare<[string, number, number], EventRow>(
      `SELECT ${COLUMNS} FROM events WHERE stream_id = ? AND revision >= ? ORDER BY revision LIMIT ?`,
    ),
    streamBackwards: db.prepare<[string, number, number], EventRow>(
      `SELECT ${COLUMNS} FROM events WHERE stream_id = ? AND revision <= ? ORDER BY revision DESC LIMIT ?`,
    ),
  };

  const filteredReads = new Map<string, Database.Statement<unknown[], EventRow>>();
  function readAllStatement(filter: EventFilter | undefined) {
    const prefixes = filter?.streamPrefixes ?? [];
    const types = filter?.eventTypes ?? [];
    const key = `${prefixes.length}/${types.length}`;
    let statement = filteredReads.get(key);
    if (!statement) {
      const conditions = ['position >= ?', 'position <= ?'];
      // substr(...) = prefix keeps the match exact for any characters in a prefix.
      if (prefixes.length > 0)
        conditions.push(`(${prefixes.map(() => 'substr(stream_id, 1, ?) = ?').join(' OR ')})`);
      if (types.length > 0) conditions.push(`type IN (${types.map(() => '?').join(', ')})`);
      statement = db.prepare<unknown[], EventRow>(
        `SELECT ${COLUMNS} FROM events WHERE ${conditions.join(' AND ')} ORDER BY position LIMIT ?`,
      );
      filteredReads.set(key, statement);
    }
    return (from: number, to: number, limit: number) =>
      statement
        .all(from, to, ...prefixes.flatMap((p) => [p.length, p]), ...types, limit)
        .map(toRecorded);
  }

  // ---- group commit ----
  let queue: PendingAppend[] = [];
  let scheduled = false;
  let closed = false;

  function writeOne(
    pending: PendingAppend,
    log: { position: number; globalHash: string },
    recordedAt: string,
  ): AppendResult {
    const { streamId, events, expected } = pending;
    // Ids of a retried append are all taken, those of a new append none: the first tells which,
    // and the unique index on id refuses anything in between.
    const existing = statements.byId.get(events[0]!.id)
      ? events.map((e) => statements.byId.get(e.id))
      : [];
    if (existing.some(Boolean)) {
      const first = existing[0];
      const same =
        first !== undefined &&
        existing.every(
          (e, i) =>
            e !== undefined && e.stream_id === streamId && e.revision === first.revision + i,
        );
      if (!same) {
        throw new InvalidAppend(
          `some of these event ids were already appended elsewhere (stream ${existing.find(Boolean)!.stream_id}); give new events new ids`,
        );
      }
      const last = existing[existing.length - 1]!;
      return { nextExpectedRevision: last.revision, position: last.position };
    }
    const head = statements.streamHead.get(streamId);
    const current = head?.revision ?? -1;
    if (!expectationHolds(expected, current)) {
      throw new WrongExpectedVersion(streamId, expected, current === -1 ? 'no_stream' : current);
    }
    let previous = head?.hash ?? GENESIS;
    let revision = current;
    for (const event of events) {
      revision += 1;
      log.position += 1;
      const data = JSON.stringify(event.data ?? null);
      const metadata = JSON.stringify(event.metadata);
      const fields = {
        id: event.id,
        streamId,
        revision,
        type: event.type,
        recordedAt,
        dataDigest: digest(data),
        metadataDigest: digest(metadata),
      };
      const hash = eventHash(previous, fields);
      log.globalHash = globalHash(log.globalHash, log.position, hash);
      statements.insert.run({
        ...fields,
        position: log.position,
        data,
        metadata,
        hash,
        globalHash: log.globalHash,
      });
      previous = hash;
    }
    return { nextExpectedRevision: revision, position: log.position };
  }

  /** Refusals pass as they are; a constraint hit is a bad append; anything else, the file. */
  function asAppendError(error: unknown): unknown {
    if (
      error instanceof StoreUnavailable ||
      error instanceof InvalidAppend ||
      error instanceof WrongExpectedVersion
    ) {
      return error;
    }
    if ((error as { code?: string }).code?.startsWith('SQLITE_CONSTRAINT')) {
      return new InvalidAppend(
        `the append conflicts with stored events (${(error as Error).message}); give new events new ids`,
      );
    }
    return describeSqliteError(file, error);
  }

  // A nested transaction is a savepoint: a refused append leaves no row behind, and the
  // other appends of the batch still commit.
  const writeInSavepoint = db.transaction(writeOne);

  const commit = db.transaction((batch: PendingAppend[]) => {
    const head = statements.logHead.get();
    const log = { position: head?.position ?? 0, globalHash: head?.global_hash ?? GENESIS };
    const recordedAt = new Date().toISOString();
    // A lone append needs no savepoint: if it fails, the whole transaction rolls back.
    if (batch.length === 1) {
      const outcome = { ok: true as const, result: writeOne(batch[0]!, log, recordedAt) };
      statements.setHead.run(log.position, log.globalHash);
      return [outcome];
    }
    const outcomes = batch.map((pending) => {
      const before = { ...log };
      try {
        return { ok: true as const, result: writeInSavepoint(pending, log, recordedAt) };
      } catch (error) {
        Object.assign(log, before);
        return { ok: false as const, error: asAppendError(error) };
      }
    });
    statements.setHead.run(log.position, log.globalHash);
    return outcomes;
  });

  function flush() {
    scheduled = false;
    const batch = queue;
    queue = [];
    if (batch.length === 0) return;
    let outcomes: ReturnType<typeof commit>;
    try {
      outcomes = commit.immediate(batch);
    } catch (error) {
      const failure = asAppendError(error);
      for (const pending of batch) pending.reject(failure);
      return;
    }
    batch.forEach((pending, i) => {
      const outcome = outcomes[i]!;
      if (outcome.ok) pending.resolve(outcome.result);
      else pending.reject(outcome.error);
    });
    appended.emit('append');
  }

  function append(
    streamId: string,
    events: readonly NewEvent[],
    options: AppendOptions = {},
  ): Promise<AppendResult> {
    if (closed) return Promise.reject(new StoreUnavailable(`the event store ${file} is closed`));
    if (events.length === 0)
      return Promise.reject(new InvalidAppend('an append needs at least one event'));
    if (new Set(events.map((e) => e.id)).size !== events.length) {
      return Promise.reject(new InvalidAppend('an append lists the same event id twice'));
    }
    return new Promise<AppendResult>((resolve, reject) => {
      queue.push({
        streamId,
        events,
        expected: options.expectedRevision ?? 'any',
        resolve,
        reject,
      });
      if (!scheduled) {
        scheduled = true;
        setImmediate(flush);
      }
    });
  }

  async function* readStream(
    streamId: string,
    options: ReadStreamOptions = {},
  ): AsyncGenerator<RecordedEvent> {
    const limit = options.limit ?? Number.MAX_SAFE_INTEGER;
    const backwards = options.direction === 'backwards';
    let next = options.from ?? (backwards ? Number.MAX_SAFE_INTEGER : 0);
    let remaining = limit;
    while (remaining > 0) {
      const rows = backwards
        ? statements.streamBackwards.all(streamId, next, Math.min(pageSize, remaining))
        : statements.streamForwards.all(streamId, next, Math.min(pageSize, remaining));
      if (rows.length === 0) return;
      for (const row of rows) yield toRecorded(row);
      remaining -= rows.length;
      next = backwards ? rows[rows.length - 1]!.revision - 1 : rows[rows.length - 1]!.revision + 1;
      if (rows.length < pageSize) return;
    }
  }

  async function* readAll(options: ReadAllOptions = {}): AsyncGenerator<RecordedEvent> {
    const read = readAllStatement(options.filter);
    const to = options.toPosition ?? Number.MAX_SAFE_INTEGER;
    let from = options.fromPosition ?? 1;
    let remaining = options.limit ?? Number.MAX_SAFE_INTEGER;
    while (remaining > 0) {
      const page = read(from, to, Math.min(pageSize, remaining));
      for (const event of page) yield event;
      if (page.length < Math.min(pageSize, remaining)) return;
      remaining -= page.length;
      from = page[page.length - 1]!.position + 1;
    }
  }

  function subscribeToAll(options: SubscribeToAllOptions = {}): Subscription {
    const read = readAllStatement(options.filter);
    const start = options.fromPosition;
    const subscription = liveSubscription({
      from:
        start === 'end'
          ? (statements.maxPosition.get()?.position ?? 0)
          : start === 'start' || start === undefined
            ? 0
            : start,
      readPage: async (after) => read(after + 1, Number.MAX_SAFE_INTEGER, pageSize),
      headPosition: async () => statements.maxPosition.get()?.position ?? 0,
      onAppend: (listener) => {
        appended.on('append', listener);
        return () => appended.off('append', listener);
      },
      pollIntervalMs: options_.pollIntervalMs ?? 250,
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

  const readStreamsStatements = new Map<number, Database.Statement<string[], EventRow>>();

  return {
    append,
    readStream,
    readAll,
    readStreams: async (streamIds) => {
      const ids = [...new Set(streamIds)];
      const rows: EventRow[] = [];
      // One query per 500 streams keeps well inside SQLite's limit on parameters.
      for (let i = 0; i < ids.length; i += 500) {
        const chunk = ids.slice(i, i + 500);
        let statement = readStreamsStatements.get(chunk.length);
        if (!statement) {
          statement = db.prepare<string[], EventRow>(
            `SELECT ${COLUMNS} FROM events WHERE stream_id IN (${chunk.map(() => '?').join(', ')}) ORDER BY position`,
          );
          readStreamsStatements.set(chunk.length, statement);
        }
        rows.push(...statement.all(...chunk));
      }
      if (ids.length > 500) rows.sort((a, b) => a.position - b.position);
      return rows.map(toRecorded);
    },
    subscribeToAll,
    headPosition: async () => statements.maxPosition.get()?.position ?? 0,
    close: async () => {
      if (closed) return;
      if (queue.length > 0) flush();
      closed = true;
      await Promise.all([...subscriptions].map((s) => s.close()));
      subscriptions.clear();
      db.close();
    },
  };
}
