/**
 * The EventStore port over EventStoreDB / KurrentDB, through the official gRPC client.
 * Conversions live in ./conversions (pure), the resubscribe policy in ./resubscribing.
 *
 * A store may be opened with a `namespace`: a stream-name prefix under which it keeps all
 * its streams and outside of which it sees nothing, so that several stores (the conformance
 * suite's, tenants) can share one server and each starts out empty.
 */
import {
  BACKWARDS,
  END,
  ErrorType,
  FORWARDS,
  KurrentDBClient,
  START,
  type AllStreamResolvedEvent,
  type Filter,
  type ReadPosition,
} from '@kurrent/kurrentdb-client';
import {
  StoreUnavailable,
  WrongExpectedVersion,
  matchesFilter,
  type AppendOptions,
  type AppendResult,
  type EventStore,
  type NewEvent,
  type ReadAllOptions,
  type ReadStreamOptions,
  type RecordedEvent,
  type SubscribeToAllOptions,
  type Subscription,
} from '../port';
import {
  MalformedStoredEvent,
  appendedPosition,
  isConnectionError,
  isStreamNotFoundError,
  isWrongExpectedVersionError,
  positionOf,
  toEventData,
  toRecordedEvent,
  toSafeInteger,
  toServerFilter,
  toStoredStreamId,
  toStreamState,
  toWirePosition,
  toWrongExpectedVersion,
} from './conversions';
import { checkAppend } from '../append-preconditions';
import { inPages } from '../pages';
import { ResubscribingSubscription, type BackoffPolicy, type Feed } from './resubscribing';

export interface EventStoreDbOptions {
  /** Stream-name prefix this store keeps its streams under (see above). Default: none. */
  namespace?: string;
  /** Resubscribe backoff for dropped subscriptions. */
  backoff?: BackoffPolicy;
  /** Told when a subscription drops and is about to resubscribe; default: a console warning. */
  onSubscriptionDrop?: (error: unknown, failures: number, retryInMs: number) => void;
}

/** Opens the EventStoreDB adapter, e.g. `kurrentdb://localhost:2113?tls=false`. */
export function openEventStoreDbStore(
  connectionString: string,
  options: EventStoreDbOptions = {},
): EventStore {
  return new EventStoreDbStore(KurrentDBClient.connectionString(connectionString), options);
}

const isFatal = (error: unknown): boolean =>
  error instanceof MalformedStoredEvent ||
  (typeof error === 'object' &&
    error !== null &&
    (error as { type?: unknown }).type === ErrorType.ACCESS_DENIED);

/** Connection failures become the port's StoreUnavailable; anything else passes unchanged. */
function translate(error: unknown): unknown {
  if (!isConnectionError(error)) return error;
  const reason = error instanceof Error ? error.message : String(error);
  return new StoreUnavailable(
    `EventStoreDB is unreachable or failed the request (${reason}): check ` +
      'EVENTSTORE_CONNECTION_STRING, that the server is up, and its log',
    { cause: error },
  );
}

class EventStoreDbStore implements EventStore {
  private readonly namespace: string;
  private readonly subscriptions = new Set<ResubscribingSubscription>();
  /** Subscriptions from 'end' still pinning where the end is: appends wait for them. */
  private readonly pinning = new Set<Promise<void>>();
  private closed = false;

  constructor(
    private readonly client: KurrentDBClient,
    private readonly options: EventStoreDbOptions,
  ) {
    this.namespace = options.namespace ?? '';
  }

  async append(
    streamId: string,
    events: readonly NewEvent[],
    options: AppendOptions = {},
  ): Promise<AppendResult> {
    this.assertOpen();
    const { expected } = checkAppend(streamId, events, options);
    const streamState = toStreamState(expected);
    const data = events.map(toEventData);
    // A subscription from 'end' opened before this append must see it: let it pin the end first.
    if (this.pinning.size > 0) await Promise.all(this.pinning);
    const stored = toStoredStreamId(streamId, this.namespace);
    try {
      const result = await this.client.appendToStream(stored, data, { streamState });
      if (!result.success) {
        // Only when the connection string says throwOnAppendFailure=false: the same refusal.
        throw new WrongExpectedVersion(streamId, expected, await this.currentRevision(stored));
      }
      const nextExpectedRevision = toSafeInteger(result.nextExpectedRevision, 'revision');
      const position =
        appendedPosition(result.position) ??
        (await this.positionAtRevision(stored, nextExpectedRevision));
      return { nextExpectedRevision, position };
    } catch (error) {
      if (isWrongExpectedVersionError(error)) {
        throw toWrongExpectedVersion(streamId, expected, error);
      }
      throw translate(error);
    }
  }

  /** Where an already stored event sits in $all (an idempotent retry may not be told). */
  private async positionAtRevision(stored: string, revision: number): Promise<number> {
    for await (const resolved of this.client.readStream(stored, {
      fromRevision: BigInt(revision),
      maxCount: 1,
    })) {
      return positionOf(resolved);
    }
    throw new Error(`event ${revision} of ${stored} was appended but cannot be read back`);
  }

  private async currentRevision(stored: string): Promise<number | 'no_stream'> {
    try {
      for await (const resolved of this.client.readStream(stored, {
        fromRevision: END,
        direction: BACKWARDS,
        maxCount: 1,
      })) {
        if (resolved.event) return toSafeInteger(resolved.event.revision, 'revision');
      }
    } catch (error) {
      if (!isStreamNotFoundError(error)) throw error;
    }
    return 'no_stream';
  }

  async *readStream(
    streamId: string,
    options: ReadStreamOptions = {},
  ): AsyncGenerator<RecordedEvent> {
    this.assertOpen();
    const { from, direction = 'forwards', limit } = options;
    if (limit !== undefined && limit <= 0) return;
    const fromRevision =
      from === undefined
        ? direction === 'backwards'
          ? END
          : START
        : BigInt(toSafeInteger(from, 'from revision'));
    const reading = this.client.readStream(toStoredStreamId(streamId, this.namespace), {
      fromRevision,
      direction: direction === 'backwards' ? BACKWARDS : FORWARDS,
      ...(limit !== undefined ? { maxCount: toSafeInteger(limit, 'limit') } : {}),
    });
    try {
      for await (const resolved of reading) {
        const event = toRecordedEvent(resolved, this.namespace);
        if (event) yield event;
      }
    } catch (error) {
      if (isStreamNotFoundError(error)) return;
      throw translate(error);
    }
  }

  readAllPages(options?: ReadAllOptions): AsyncIterable<readonly RecordedEvent[]> {
    // The client streams events one at a time: batched here for readers of long runs.
    return inPages(this.readAll(options));
  }

  async *readAll(options: ReadAllOptions = {}): AsyncGenerator<RecordedEvent> {
    this.assertOpen();
    const { fromPosition, toPosition, limit, filter } = options;
    if (limit !== undefined && limit <= 0) return;
    let count = 0;
    for await (const event of this.scanAll(fromPosition, toServerFilter(filter, this.namespace))) {
      if (toPosition !== undefined && event.position > toPosition) return;
      if (!matchesFilter(event, filter)) continue;
      yield event;
      count += 1;
      if (limit !== undefined && count >= limit) return;
    }
  }

  /** $all forwards from a position (inclusive): the port's events only, in order. */
  private async *scanAll(fromPosition: number | undefined, filter: Filter) {
    const from = fromPosition === undefined ? 0 : toSafeInteger(fromPosition, 'fromPosition');
    const origin = await this.locate(from);
    try {
      for await (const resolved of this.client.readAll({
        fromPosition: origin === 'start' ? START : toWirePosition(origin),
        filter,
      })) {
        const event = toRecordedEvent(resolved, this.namespace);
        if (event && event.position >= from) yield event;
      }
    } catch (error) {
      throw translate(error);
    }
  }

  /**
   * A place the server accepts to read or subscribe from, at or before `position`. The server
   * refuses a position that is no event's, and callers may pass one (`checkpoint + 1`), so the
   * position is tried, then the one before it, then the start. One event is read to try each;
   * when that fails, a read from the start tells a refused position from a server that is down.
   */
  private async locate(position: number): Promise<'start' | number> {
    for (const candidate of [position, position - 1]) {
      if (candidate > 0 && (await this.accepts(candidate))) return candidate;
    }
    return 'start';
  }

  private async accepts(position: number): Promise<boolean> {
    const readOne = async (fromPosition: ReadPosition) => {
      for await (const _ of this.client.readAll({ fromPosition, maxCount: 1 })) void _;
    };
    try {
      await readOne(toWirePosition(position));
      return true;
    } catch {
      try {
        await readOne(START);
      } catch (error) {
        throw translate(error);
      }
      return false;
    }
  }

  subscribeToAll(options: SubscribeToAllOptions = {}): Subscription {
    this.assertOpen();
    const serverFilter = toServerFilter(options.filter, this.namespace);
    const subscription: ResubscribingSubscription = new ResubscribingSubscription({
      fromPosition: options.fromPosition ?? 'start',
      ...(options.filter ? { filter: options.filter } : {}),
      open: (from) => this.openFeed(from, serverFilter),
      headPosition: () => this.headPosition(),
      locate: (checkpoint) => this.locate(checkpoint),
      isFatal,
      ...(this.options.backoff ? { backoff: this.options.backoff } : {}),
      ...(this.options.onSubscriptionDrop ? { onDrop: this.options.onSubscriptionDrop } : {}),
      onClose: () => this.subscriptions.delete(subscription),
    });
    this.subscriptions.add(subscription);
    const pinned = subscription.ready;
    this.pinning.add(pinned);
    void pinned.finally(() => this.pinning.delete(pinned));
    return subscription;
  }

  private openFeed(from: 'start' | number, filter: Filter): Feed {
    const subscription = this.client.subscribeToAll({
      fromPosition: from === 'start' ? START : toWirePosition(from),
      filter,
    });
    // Errors reach the iterator below; this keeps one emitted before iteration from being unhandled.
    subscription.on('error', () => undefined);
    const namespace = this.namespace;
    async function* events(): AsyncGenerator<RecordedEvent> {
      for await (const resolved of subscription) {
        const event = toRecordedEvent(resolved, namespace);
        if (event) yield event;
      }
    }
    return {
      events: events(),
      close: async () => {
        try {
          await subscription.unsubscribe();
        } finally {
          subscription.destroy();
        }
      },
    };
  }

  /**
   * The last of the port's events: $all backwards, system event types excluded by the
   * server, one event at a time until one belongs to the port (almost always the first).
   */
  async headPosition(): Promise<number> {
    this.assertOpen();
    const filter = toServerFilter(undefined, this.namespace);
    let from: ReadPosition = END;
    try {
      for (;;) {
        let last: AllStreamResolvedEvent | undefined;
        for await (const resolved of this.client.readAll({
          direction: BACKWARDS,
          fromPosition: from,
          maxCount: 1,
          filter,
        })) {
          last = resolved;
        }
        if (!last) return 0;
        if (toRecordedEvent(last, this.namespace)) return positionOf(last);
        from = toWirePosition(positionOf(last));
      }
    } catch (error) {
      throw translate(error);
    }
  }

  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    await Promise.all([...this.subscriptions].map((s) => s.close()));
    await this.client.dispose();
  }

  private assertOpen(): void {
    if (this.closed)
      throw new StoreUnavailable('this EventStoreDB store is closed: open a new one');
  }
}
