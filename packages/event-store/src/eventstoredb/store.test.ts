/**
 * The adapter's behaviour that needs no server: what it refuses before any I/O, and how it
 * behaves when the server cannot be reached (a port on which nothing listens). Everything
 * else is the conformance suite's, in ../eventstoredb.test.ts, against a real server.
 */
import { createServer } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { InvalidAppend, StoreUnavailable, type EventStore } from '../port';
import { openEventStoreDbStore } from './store';
import { newEvent } from '../../testing/eventstoredb';

/** A local port that refuses connections: bound once, then released. */
async function closedPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  await new Promise<void>((resolve) => server.close(() => resolve()));
  if (address === null || typeof address === 'string') throw new Error('no port');
  return address.port;
}

const event = (id: string) => newEvent(id);

const drain = async (iterable: AsyncIterable<unknown>) => {
  for await (const _ of iterable) void _;
};

describe('EventStoreDB adapter without a server', () => {
  let store: EventStore | undefined;
  const drops: number[] = [];

  async function open(): Promise<EventStore> {
    store = openEventStoreDbStore(`kurrentdb://127.0.0.1:${await closedPort()}?tls=false`, {
      backoff: { initialMs: 5, maxMs: 20 },
      onSubscriptionDrop: (_error, failures) => drops.push(failures),
    });
    return store;
  }

  afterEach(async () => {
    await store?.close();
    store = undefined;
    drops.length = 0;
  });

  it('refuses malformed appends before going to the server', async () => {
    const s = await open();
    await expect(s.append('board-1', [])).rejects.toBeInstanceOf(InvalidAppend);
    await expect(s.append('board-1', [event('a'), event('a')])).rejects.toThrow(
      /appears twice in one append/,
    );
    await expect(
      s.append('board-1', [event('a')], { expectedRevision: -2 }),
    ).rejects.toBeInstanceOf(InvalidAppend);
    await expect(s.append('$board-1', [event('a')])).rejects.toBeInstanceOf(InvalidAppend);
  });

  it('reports an unreachable server as StoreUnavailable, on every operation', async () => {
    const s = await open();
    await expect(s.append('board-1', [event('a')])).rejects.toBeInstanceOf(StoreUnavailable);
    await expect(drain(s.readStream('board-1'))).rejects.toBeInstanceOf(StoreUnavailable);
    await expect(drain(s.readAll())).rejects.toBeInstanceOf(StoreUnavailable);
    await expect(drain(s.readAll({ fromPosition: 4096 }))).rejects.toThrow(
      /EventStoreDB is unreachable or failed the request .* check EVENTSTORE_CONNECTION_STRING/,
    );
    await expect(s.headPosition()).rejects.toBeInstanceOf(StoreUnavailable);
  });

  it('keeps a subscription retrying while the server is down, until it is closed', async () => {
    const s = await open();
    const subscription = s.subscribeToAll({ fromPosition: 4096 });
    const seen: unknown[] = [];
    const iteration = (async () => {
      for await (const e of subscription) seen.push(e);
    })();
    const deadline = Date.now() + 20_000;
    while (drops.length < 3 && Date.now() < deadline) {
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
    expect(drops.slice(0, 3)).toEqual([1, 2, 3]);
    await subscription.close();
    await iteration;
    expect(seen).toEqual([]);
  });

  it('closing the store ends its subscriptions and refuses further use', async () => {
    const s = await open();
    const subscription = s.subscribeToAll({ fromPosition: 'end' });
    const iteration = drain(subscription);
    await s.close();
    await iteration;
    await expect(s.headPosition()).rejects.toThrow(/store is closed/);
    expect(() => s.subscribeToAll()).toThrow(StoreUnavailable);
  });
});
