import {
  expectationHolds,
  InvalidAppend,
  StoreUnavailable,
  matchesFilter,
  WrongExpectedVersion,
  type AppendOptions,
  type AppendResult,
  type EventStore,
  type NewEvent,
  type ReadAllOptions,
  type ReadStreamOptions,
  type RecordedEvent,
  type SubscribeToAllOptions,
  type Subscription,
} from './port';
import { checkAppend } from './append-preconditions';
import { inPages } from './pages';
import { liveSubscription } from './subscription';

/**
 * The event store in memory, for unit tests: the same semantics as the durable adapters
 * (the conformance suite checks), nothing kept after the process ends.
 */
export function createMemoryEventStore(): EventStore {
  const all: RecordedEvent[] = [];
  const streams = new Map<string, RecordedEvent[]>();
  const byId = new Map<string, RecordedEvent>();
  const listeners = new Set<() => void>();
  let closed = false;

  const copy = (e: RecordedEvent): RecordedEvent => structuredClone(e);

  async function append(
    streamId: string,
    events: readonly NewEvent[],
    options: AppendOptions = {},
  ): Promise<AppendResult> {
    if (closed) throw new StoreUnavailable('the memory event store is closed');
    const { expected } = checkAppend(streamId, events, options);
    const stream = streams.get(streamId) ?? [];
    const current = stream.length - 1;

    const existing = events.map((e) => byId.get(e.id));
    if (existing.some(Boolean)) {
      const first = existing[0];
      const same =
        first !== undefined &&
        existing.every(
          (e, i) => e !== undefined && e.streamId === streamId && e.revision === first.revision + i,
        );
      if (!same) {
        throw new InvalidAppend(
          'some of these event ids were already appended elsewhere; give new events new ids',
        );
      }
      const last = existing[existing.length - 1]!;
      return { nextExpectedRevision: last.revision, position: last.position };
    }

    if (!expectationHolds(expected, current)) {
      throw new WrongExpectedVersion(streamId, expected, current === -1 ? 'no_stream' : current);
    }
    const recordedAt = new Date().toISOString();
    for (const [i, event] of events.entries()) {
      const recorded: RecordedEvent = structuredClone({
        id: event.id,
        streamId,
        revision: current + 1 + i,
        position: all.length + 1,
        type: event.type,
        data: event.data,
        metadata: event.metadata,
        recordedAt,
      });
      all.push(recorded);
      stream.push(recorded);
      byId.set(recorded.id, recorded);
    }
    streams.set(streamId, stream);
    for (const listener of listeners) listener();
    const last = all[all.length - 1]!;
    return { nextExpectedRevision: last.revision, position: last.position };
  }

  async function* readStream(
    streamId: string,
    options: ReadStreamOptions = {},
  ): AsyncGenerator<RecordedEvent> {
    const stream = streams.get(streamId) ?? [];
    const limit = options.limit ?? Infinity;
    let yielded = 0;
    if (options.direction === 'backwards') {
      for (
        let r = Math.min(options.from ?? stream.length - 1, stream.length - 1);
        r >= 0 && yielded < limit;
        r--, yielded++
      ) {
        yield copy(stream[r]!);
      }
    } else {
      for (let r = options.from ?? 0; r < stream.length && yielded < limit; r++, yielded++)
        yield copy(stream[r]!);
    }
  }

  function range(
    fromPosition: number,
    toPosition: number,
    filter: ReadAllOptions['filter'],
    limit: number,
  ) {
    const out: RecordedEvent[] = [];
    for (let i = Math.max(fromPosition, 1) - 1; i < all.length && out.length < limit; i++) {
      const event = all[i]!;
      if (event.position > toPosition) break;
      if (matchesFilter(event, filter)) out.push(copy(event));
    }
    return out;
  }

  async function* readAll(options: ReadAllOptions = {}): AsyncGenerator<RecordedEvent> {
    yield* range(
      options.fromPosition ?? 1,
      options.toPosition ?? Infinity,
      options.filter,
      options.limit ?? Infinity,
    );
  }

  function subscribeToAll(options: SubscribeToAllOptions = {}): Subscription {
    return liveSubscription({
      from:
        options.fromPosition === 'end'
          ? all.length
          : options.fromPosition === 'start' || options.fromPosition === undefined
            ? 0
            : options.fromPosition,
      readPage: async (after) => range(after + 1, Infinity, options.filter, 500),
      headPosition: async () => all.length,
      onAppend: (listener) => {
        listeners.add(listener);
        return () => listeners.delete(listener);
      },
    });
  }

  return {
    append,
    readStream,
    readAll,
    readAllPages: (options) => inPages(readAll(options)),
    readStreams: async (streamIds) =>
      streamIds
        .flatMap((id) => (streams.get(id) ?? []).map(copy))
        .sort((a, b) => a.position - b.position),
    subscribeToAll,
    headPosition: async () => all.length,
    close: async () => {
      closed = true;
    },
  };
}
