/**
 * The adapter through the real client (gRPC for appends and subscriptions, the native bridge
 * for reads) against a protocol-level stand-in for the server (./fake-kurrentdb): first the
 * whole conformance suite, then what is particular to this adapter. What this proves is the
 * wiring: requests as the client builds them, answers as it hands them back. Server semantics
 * are proved only by the conformance suite against a real server (../eventstoredb.test.ts).
 */
import { randomUUID } from 'node:crypto';
import { afterAll, afterEach, beforeEach, describe, expect, it } from 'vitest';
import { describeEventStoreConformance } from '../conformance';
import {
  InvalidAppend,
  WrongExpectedVersion,
  type EventStore,
  type RecordedEvent,
  type Subscription,
} from '../port';
import { startFakeKurrentDb, type FakeKurrentDb } from './fake-kurrentdb';
import { openEventStoreDbStore } from './store';
import { metadata, newEvent } from '../../testing/eventstoredb';

const UUID = '6f1c2d3e-4b5a-4c6d-8e7f-9a0b1c2d3e4f';

const collect = async (iterable: AsyncIterable<RecordedEvent>) => {
  const events: RecordedEvent[] = [];
  for await (const event of iterable) events.push(event);
  return events;
};

/** The next `count` events of a subscription, or what arrived within the time allowed. */
async function next(subscription: Subscription, count: number, ms = 3_000) {
  const events: RecordedEvent[] = [];
  const iterator = subscription[Symbol.asyncIterator]();
  const deadline = Date.now() + ms;
  while (events.length < count && Date.now() < deadline) {
    let timer: ReturnType<typeof setTimeout> | undefined;
    const timeout = new Promise<'timeout'>((resolve) => {
      timer = setTimeout(() => resolve('timeout'), deadline - Date.now());
    });
    const result = await Promise.race([iterator.next(), timeout]);
    clearTimeout(timer);
    if (result === 'timeout' || result.done) break;
    events.push(result.value);
  }
  return events;
}

let shared: Promise<FakeKurrentDb> | undefined;
afterAll(async () => {
  await (await shared)?.stop();
});

describeEventStoreConformance('eventstoredb over the protocol stand-in', async () => {
  shared ??= startFakeKurrentDb();
  const store = openEventStoreDbStore((await shared).connectionString, {
    namespace: `conformance-${randomUUID()}:`,
  });
  return { store, dispose: () => store.close() };
});

describe('EventStoreDB adapter over the wire (protocol stand-in)', () => {
  let fake: FakeKurrentDb;
  let store: EventStore;
  const drops: string[] = [];

  beforeEach(async () => {
    fake = await startFakeKurrentDb();
    store = openEventStoreDbStore(fake.connectionString, {
      backoff: { initialMs: 10, maxMs: 50 },
      onSubscriptionDrop: (error) => drops.push((error as Error).message),
    });
  });

  afterEach(async () => {
    await store.close();
    await fake.stop();
    drops.length = 0;
  });

  it('appends and reads back the envelope: ids, data, metadata, revisions, positions, times', async () => {
    const before = Math.floor(Date.now() / 1000) * 1000;
    const result = await store.append('board-1', [newEvent(UUID), newEvent('e-2', ['x', 1])], {
      expectedRevision: 'no_stream',
    });
    const events = await collect(store.readStream('board-1'));
    expect(events.map((e) => [e.id, e.streamId, e.revision, e.type, e.data])).toEqual([
      [UUID, 'board-1', 0, 'BoardConstituted', { title: 'Board' }],
      ['e-2', 'board-1', 1, 'BoardConstituted', ['x', 1]],
    ]);
    expect(events.map((e) => e.metadata)).toEqual([metadata, metadata]);
    expect(result).toEqual({ nextExpectedRevision: 1, position: events[1]?.position });
    expect(events[0]!.position).toBeLessThan(events[1]!.position);
    const recordedAt = Date.parse(events[0]!.recordedAt);
    expect(recordedAt % 1000).toBe(0);
    expect(recordedAt).toBeGreaterThanOrEqual(before);
    expect(recordedAt).toBeLessThanOrEqual(Date.now());
  });

  it('reads a stream backwards, from a revision, with a limit; a missing stream yields nothing', async () => {
    await store.append(
      'board-1',
      ['a', 'b', 'c'].map((id) => newEvent(id)),
    );
    const ids = async (options: Parameters<EventStore['readStream']>[1]) =>
      (await collect(store.readStream('board-1', options))).map((e) => e.id);
    expect(await ids({ direction: 'backwards', limit: 2 })).toEqual(['c', 'b']);
    expect(await ids({ from: 1 })).toEqual(['b', 'c']);
    expect(await ids({ from: 1, direction: 'backwards' })).toEqual(['b', 'a']);
    expect(await ids({ limit: 0 })).toEqual([]);
    expect(await collect(store.readStream('board-404'))).toEqual([]);
  });

  it('refuses wrong expectations with the typed WrongExpectedVersion and both revisions', async () => {
    await store.append('board-1', [newEvent('a'), newEvent('b')]);
    const refusal = (
      expectedRevision: 'no_stream' | 'stream_exists' | number,
      stream = 'board-1',
    ) =>
      store.append(stream, [newEvent('z')], { expectedRevision }).catch((error: unknown) => error);
    const cases = [
      [await refusal('no_stream'), 'no_stream', 1],
      [await refusal(0), 0, 1],
      [await refusal('stream_exists', 'board-2'), 'stream_exists', 'no_stream'],
      [await refusal(3, 'board-2'), 3, 'no_stream'],
    ] as const;
    for (const [error, expected, actual] of cases) {
      expect(error).toBeInstanceOf(WrongExpectedVersion);
      expect(error).toMatchObject({ expected, actual });
    }
    await expect(
      store.append('board-1', [newEvent('c')], { expectedRevision: 1 }),
    ).resolves.toMatchObject({
      nextExpectedRevision: 2,
    });
    await expect(
      store.append('board-1', [newEvent('d')], { expectedRevision: 'stream_exists' }),
    ).resolves.toMatchObject({ nextExpectedRevision: 3 });
  });

  it('answers an idempotent retry with the original revision and position', async () => {
    const events = [newEvent('a'), newEvent('b')];
    const first = await store.append('board-1', events, { expectedRevision: 'no_stream' });
    await store.append('board-2', [newEvent('c')]);
    const retry = await store.append('board-1', events, { expectedRevision: 'no_stream' });
    expect(retry).toEqual(first);
    expect(await collect(store.readStream('board-1'))).toHaveLength(2);
    await expect(store.append('board-1', [])).rejects.toBeInstanceOf(InvalidAppend);
  });

  it('reads $all with filters, an inclusive start, an end and a limit', async () => {
    await store.append('board-1', [newEvent('a')]);
    await store.append('priority-1', [{ ...newEvent('b'), type: 'PrioritySet' }]);
    await store.append('board-2', [newEvent('c'), newEvent('d')]);
    const all = await collect(store.readAll());
    const positions = all.map((e) => e.position);
    const ids = async (options: Parameters<EventStore['readAll']>[0]) =>
      (await collect(store.readAll(options))).map((e) => e.id);
    expect(all.map((e) => e.id)).toEqual(['a', 'b', 'c', 'd']);
    expect(await ids({ filter: { eventTypes: ['PrioritySet'] } })).toEqual(['b']);
    expect(await ids({ filter: { streamPrefixes: ['board-'] } })).toEqual(['a', 'c', 'd']);
    expect(
      await ids({ filter: { streamPrefixes: ['board-'], eventTypes: ['BoardConstituted'] } }),
    ).toEqual(['a', 'c', 'd']);
    expect(await ids({ fromPosition: positions[1] })).toEqual(['b', 'c', 'd']);
    expect(await ids({ toPosition: positions[2] })).toEqual(['a', 'b', 'c']);
    expect(await ids({ limit: 2, filter: { streamPrefixes: ['board-'] } })).toEqual(['a', 'c']);
    expect(await store.headPosition()).toBe(positions[3]);
  });

  it('reads $all from a position that is no event’s (checkpoint + 1), which the server refuses', async () => {
    await store.append('board-1', [newEvent('a'), newEvent('b'), newEvent('c')]);
    const [a, b] = await collect(store.readAll());
    const ids = async (fromPosition: number) =>
      (await collect(store.readAll({ fromPosition }))).map((e) => e.id);
    expect(await ids(a!.position + 1)).toEqual(['b', 'c']);
    expect(await ids(a!.position + 2)).toEqual(['b', 'c']);
    expect(await ids(b!.position)).toEqual(['b', 'c']);
    expect(await ids(Number.MAX_SAFE_INTEGER)).toEqual([]);
  });

  it('headPosition is 0 for an empty store', async () => {
    expect(await store.headPosition()).toBe(0);
  });

  it("delivers to a subscription from 'end' an append made right after subscribing", async () => {
    await store.append('board-1', [newEvent('old')]);
    const subscription = store.subscribeToAll({ fromPosition: 'end' });
    await store.append('board-1', [newEvent('new')]);
    expect((await next(subscription, 1)).map((e) => e.id)).toEqual(['new']);
    await subscription.close();
  });

  it('catches up from a checkpoint (exclusive), goes live, and gives the envelopes reads give', async () => {
    await store.append('board-1', [newEvent('a'), newEvent('b')]);
    const [a] = await collect(store.readAll());
    const subscription = store.subscribeToAll({ fromPosition: a!.position });
    const caughtUp = await next(subscription, 1);
    await store.append('board-2', [newEvent('c')]);
    const live = await next(subscription, 1);
    expect([...caughtUp, ...live]).toEqual((await collect(store.readAll())).slice(1));
    await subscription.close();
  });

  it('subscribes from a checkpoint the server refuses (checkpoint + 1)', async () => {
    await store.append('board-1', [newEvent('a'), newEvent('b')]);
    const [a] = await collect(store.readAll());
    const subscription = store.subscribeToAll({ fromPosition: a!.position + 1 });
    expect((await next(subscription, 1)).map((e) => e.id)).toEqual(['b']);
    expect(fake.subscriptionsOpened).toEqual([a!.position]);
    await subscription.close();
  });

  it('resubscribes after the server drops the subscription, with no duplicates or gaps', async () => {
    const subscription = store.subscribeToAll({ filter: { streamPrefixes: ['board-'] } });
    await store.append('board-1', [newEvent('a'), newEvent('b')]);
    const before = await next(subscription, 2);
    fake.dropSubscriptions();
    await store.append('board-1', [newEvent('c')]);
    await store.append('priority-1', [newEvent('p')]);
    await store.append('board-2', [newEvent('d')]);
    const after = await next(subscription, 2);
    expect([...before, ...after].map((e) => e.id)).toEqual(['a', 'b', 'c', 'd']);
    expect(drops).toHaveLength(1);
    expect(fake.subscriptionsOpened).toEqual(['start', before[1]!.position]);
    await subscription.close();
    expect(await next(subscription, 1, 100)).toEqual([]);
  });

  it('keeps namespaced stores apart on one server', async () => {
    const tenant = openEventStoreDbStore(fake.connectionString, { namespace: 'tenant-a:' });
    try {
      await store.append('board-1', [newEvent('outside')]);
      expect(await tenant.headPosition()).toBe(0);
      const subscription = tenant.subscribeToAll();
      await tenant.append('board-1', [newEvent('inside')], { expectedRevision: 'no_stream' });
      const delivered = await next(subscription, 1);
      expect(delivered.map((e) => [e.id, e.streamId])).toEqual([['inside', 'board-1']]);
      expect((await collect(tenant.readAll())).map((e) => e.id)).toEqual(['inside']);
      expect((await collect(tenant.readStream('board-1'))).map((e) => e.id)).toEqual(['inside']);
      expect(await tenant.headPosition()).toBe(delivered[0]!.position);
      expect((await collect(store.readStream('board-1'))).map((e) => e.id)).toEqual(['outside']);
      await subscription.close();
    } finally {
      await tenant.close();
    }
  });
});
