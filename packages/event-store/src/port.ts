/**
 * The EventStore port: the one interface every adapter (memory, sqlite, eventstoredb)
 * implements and the conformance suite checks. Shaped after EventStoreDB's client API,
 * with revisions and positions as plain safe integers.
 */

/** What the writer believes about the stream it appends to. */
export type ExpectedRevision = 'no_stream' | 'stream_exists' | 'any' | number;

/**
 * Metadata every event carries. `occurredAt` is business time (the meeting's date, say);
 * the envelope's `recordedAt` is when the store took the event.
 */
export interface EventMetadata {
  actor: string;
  role: string;
  commandId: string;
  correlationId: string;
  causationId: string;
  occurredAt: string;
  schemaVersion: number;
  /** Why the change was made, when the command said. */
  reason?: string;
  /** The decision (a decision id) under which the change was made, when the command cited one. */
  decisionId?: string;
  [key: string]: unknown;
}

/** An event as a writer proposes it; the store gives it a revision, a position and a time. */
export interface NewEvent<Type extends string = string, Data = unknown> {
  id: string;
  type: Type;
  data: Data;
  metadata: EventMetadata;
}

/** An event as stored. */
export interface RecordedEvent<Type extends string = string, Data = unknown> {
  id: string;
  streamId: string;
  /** 0-based index of the event in its stream. */
  revision: number;
  /**
   * Global, strictly increasing order across all streams (not necessarily dense), always 1 or
   * more: 0 means "before the first event" to checkpoints and `headPosition`.
   */
  position: number;
  type: Type;
  data: Data;
  metadata: EventMetadata;
  /** ISO-8601 UTC time the store recorded the event. */
  recordedAt: string;
}

export interface AppendResult {
  /** Revision of the last event now in the stream: pass it as the next expectedRevision. */
  nextExpectedRevision: number;
  /** Global position of the last event appended (or of the original, for an idempotent retry). */
  position: number;
}

export interface AppendOptions {
  expectedRevision?: ExpectedRevision;
}

export type Direction = 'forwards' | 'backwards';

export interface ReadStreamOptions {
  /** First revision to read (inclusive). Defaults to 0 forwards, the end backwards. */
  from?: number;
  direction?: Direction;
  limit?: number;
}

/** Selects events of $all. Both lists are ORs within; the two lists are ANDed. */
export interface EventFilter {
  streamPrefixes?: readonly string[];
  eventTypes?: readonly string[];
}

export interface ReadAllOptions {
  /** First position to read (inclusive), as EventStoreDB's readAll. Defaults to the start. */
  fromPosition?: number;
  /** Last position to read (inclusive); used for as-of reads. */
  toPosition?: number;
  limit?: number;
  filter?: EventFilter;
}

export interface SubscribeToAllOptions {
  /**
   * Where to start: 'start' (the default), 'end' (only new events), or a checkpoint
   * position, in which case delivery starts with the first event *after* it, as
   * EventStoreDB's subscribeToAll does.
   */
  fromPosition?: 'start' | 'end' | number;
  filter?: EventFilter;
}

/** A catch-up subscription: read it with `for await`; `close()` ends the iteration. */
export interface Subscription extends AsyncIterable<RecordedEvent> {
  close(): Promise<void>;
}

export interface EventStore {
  append(
    streamId: string,
    events: readonly NewEvent[],
    options?: AppendOptions,
  ): Promise<AppendResult>;
  /** A stream that does not exist yields nothing. */
  readStream(streamId: string, options?: ReadStreamOptions): AsyncIterable<RecordedEvent>;
  readAll(options?: ReadAllOptions): AsyncIterable<RecordedEvent>;
  /**
   * The events readAll gives, a page at a time (never an empty one), for readers of long runs:
   * a rebuild over a million events then spends nothing per event on iteration.
   */
  readAllPages(options?: ReadAllOptions): AsyncIterable<readonly RecordedEvent[]>;
  /**
   * Every event of several streams in one read (history of a page of entities), in global
   * order. Adapters that can should answer with one query; `readStreams()` below falls back
   * to one read per stream for those that cannot.
   */
  readStreams?(streamIds: readonly string[]): Promise<RecordedEvent[]>;
  subscribeToAll(options?: SubscribeToAllOptions): Subscription;
  /** Position of the last event in the store, or 0 for an empty store. */
  headPosition(): Promise<number>;
  close(): Promise<void>;
}

/** Raised when an append's expectation about the stream does not hold. */
export class WrongExpectedVersion extends Error {
  override readonly name = 'WrongExpectedVersion';
  constructor(
    readonly streamId: string,
    readonly expected: ExpectedRevision,
    /** The stream's actual revision, or 'no_stream' when it does not exist. */
    readonly actual: number | 'no_stream',
  ) {
    super(
      `stream ${streamId} was expected at revision ${String(expected)} but is at ${String(actual)}; ` +
        'reload it and decide again',
    );
  }
}

/** The store itself cannot be used: a locked or corrupt file, a directory that cannot be made. */
export class StoreUnavailable extends Error {
  override readonly name = 'StoreUnavailable';
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
  }
}

/**
 * The append is malformed (append-preconditions.ts has the rules every store keeps) or
 * repeats ids already appended elsewhere.
 */
export class InvalidAppend extends Error {
  override readonly name = 'InvalidAppend';
}

export function matchesFilter(
  event: Pick<RecordedEvent, 'streamId' | 'type'>,
  filter: EventFilter | undefined,
): boolean {
  if (!filter) return true;
  const { streamPrefixes, eventTypes } = filter;
  if (
    streamPrefixes &&
    streamPrefixes.length > 0 &&
    !streamPrefixes.some((p) => event.streamId.startsWith(p))
  ) {
    return false;
  }
  if (eventTypes && eventTypes.length > 0 && !eventTypes.includes(event.type)) return false;
  return true;
}

/** Checks an expectation against a stream's current revision (-1 meaning no stream). */
export function expectationHolds(expected: ExpectedRevision, current: number): boolean {
  switch (expected) {
    case 'any':
      return true;
    case 'no_stream':
      return current === -1;
    case 'stream_exists':
      return current >= 0;
    default:
      return current === expected;
  }
}

/** Every event of several streams, in global order: one store read where the adapter allows. */
export async function readStreams(
  store: EventStore,
  streamIds: readonly string[],
): Promise<RecordedEvent[]> {
  const unique = [...new Set(streamIds)];
  if (store.readStreams) return store.readStreams(unique);
  const perStream = await Promise.all(
    unique.map(async (id) => {
      const events: RecordedEvent[] = [];
      for await (const event of store.readStream(id)) events.push(event);
      return events;
    }),
  );
  return perStream.flat().sort((a, b) => a.position - b.position);
}
