import { randomUUID } from 'node:crypto';
import { afterEach, describe, expect, it } from 'vitest';
import {
  InvalidAppend,
  WrongExpectedVersion,
  type AppendOptions,
  type EventStore,
  type NewEvent,
  type RecordedEvent,
} from './port';

/**
 * The one conformance suite every adapter passes. `factory` gives a store that may be
 * shared with other tests and already hold events (EventStoreDB cannot be reset): each test
 * uses stream ids of its own (`conf<uuid>-<name>`) and reads $all through a filter on them
 * or from the head position it recorded first. `dispose` (or else `store.close()`) runs
 * after each test.
 */
export type StoreFactory = () => Promise<{ store: EventStore; dispose?: () => Promise<void> }>;

/** A new event with fresh ids, for tests. */
export const testEvent = (type = 'SomethingHappened', data: unknown = { n: 1 }): NewEvent => ({
  id: randomUUID(),
  type,
  data,
  metadata: {
    actor: 'conformance',
    role: 'office',
    commandId: randomUUID(),
    correlationId: randomUUID(),
    causationId: randomUUID(),
    occurredAt: '2021-03-19',
    schemaVersion: 1,
  },
});

const event = testEvent;

async function collect<T>(iterable: AsyncIterable<T>, max = Infinity): Promise<T[]> {
  const out: T[] = [];
  if (max <= 0) return out;
  for await (const item of iterable) {
    out.push(item);
    if (out.length >= max) break;
  }
  return out;
}

async function refusal(promise: Promise<unknown>): Promise<unknown> {
  try {
    await promise;
  } catch (error) {
    return error;
  }
  throw new Error('expected the append to be refused');
}

export function describeEventStoreConformance(adapterName: string, factory: StoreFactory): void {
  describe(`EventStore conformance: ${adapterName}`, () => {
    const disposers: (() => Promise<void>)[] = [];
    afterEach(async () => {
      for (const dispose of disposers.splice(0)) await dispose();
    });
    async function open(): Promise<{
      store: EventStore;
      prefix: string;
      stream: (name: string) => string;
    }> {
      const { store, dispose } = await factory();
      disposers.push(dispose ?? (() => store.close()));
      const prefix = `conf${randomUUID().replace(/-/g, '')}`;
      return { store, prefix, stream: (name) => `${prefix}-${name}` };
    }

    it('appends in order with revisions from 0 and reads the stream back', async () => {
      const { store, stream } = await open();
      const events = [event('A'), event('B'), event('C')];
      const result = await store.append(stream('s'), events, { expectedRevision: 'no_stream' });
      expect(result.nextExpectedRevision).toBe(2);
      const read = await collect(store.readStream(stream('s')));
      expect(read.map((e) => [e.id, e.type, e.revision])).toEqual(
        events.map((e, i) => [e.id, e.type, i]),
      );
      expect(read[2]!.position).toBe(result.position);
      expect(read.every((e) => e.streamId === stream('s'))).toBe(true);
      expect(Number.isNaN(Date.parse(read[0]!.recordedAt))).toBe(false);
    });

    it('round-trips metadata exactly', async () => {
      const { store, stream } = await open();
      const e = event();
      e.metadata.reason = 'Annual review';
      e.metadata.decisionId = randomUUID();
      await store.append(stream('m'), [e]);
      const [read] = await collect(store.readStream(stream('m')));
      expect(read!.metadata).toEqual(e.metadata);
    });

    describe('expected revision', () => {
      it('no_stream: succeeds on a new stream, refuses an existing one', async () => {
        const { store, stream } = await open();
        await store.append(stream('a'), [event()], { expectedRevision: 'no_stream' });
        const error = await refusal(
          store.append(stream('a'), [event()], { expectedRevision: 'no_stream' }),
        );
        expect(error).toBeInstanceOf(WrongExpectedVersion);
        expect(error).toMatchObject({ streamId: stream('a'), expected: 'no_stream', actual: 0 });
      });

      it('stream_exists: refuses a new stream, succeeds on an existing one', async () => {
        const { store, stream } = await open();
        const error = await refusal(
          store.append(stream('b'), [event()], { expectedRevision: 'stream_exists' }),
        );
        expect(error).toBeInstanceOf(WrongExpectedVersion);
        expect(error).toMatchObject({
          streamId: stream('b'),
          expected: 'stream_exists',
          actual: 'no_stream',
        });
        await store.append(stream('b'), [event()]);
        const ok = await store.append(stream('b'), [event()], {
          expectedRevision: 'stream_exists',
        });
        expect(ok.nextExpectedRevision).toBe(1);
      });

      it('any: succeeds whatever the stream holds', async () => {
        const { store, stream } = await open();
        await store.append(stream('c'), [event()], { expectedRevision: 'any' });
        const ok = await store.append(stream('c'), [event()], { expectedRevision: 'any' });
        expect(ok.nextExpectedRevision).toBe(1);
      });

      it('exact: succeeds at that revision, refuses another with both revisions', async () => {
        const { store, stream } = await open();
        await store.append(stream('d'), [event(), event()]);
        const ok = await store.append(stream('d'), [event()], { expectedRevision: 1 });
        expect(ok.nextExpectedRevision).toBe(2);
        const error = await refusal(store.append(stream('d'), [event()], { expectedRevision: 1 }));
        expect(error).toBeInstanceOf(WrongExpectedVersion);
        expect(error).toMatchObject({ streamId: stream('d'), expected: 1, actual: 2 });
        const missing = await refusal(
          store.append(stream('none'), [event()], { expectedRevision: 0 }),
        );
        expect(missing).toBeInstanceOf(WrongExpectedVersion);
        expect(missing).toMatchObject({
          streamId: stream('none'),
          expected: 0,
          actual: 'no_stream',
        });
      });

      it('a refused append writes none of its events', async () => {
        const { store, stream } = await open();
        await store.append(stream('e'), [event()]);
        await refusal(store.append(stream('e'), [event(), event()], { expectedRevision: 5 }));
        expect(await collect(store.readStream(stream('e')))).toHaveLength(1);
      });
    });

    describe('append preconditions', () => {
      const circular: Record<string, unknown> = {};
      circular.self = circular;
      const malformed: [
        string,
        (stream: (name: string) => string) => [string, NewEvent[], AppendOptions?],
        RegExp,
      ][] = [
        ['an empty stream id', () => ['', [event()]], /stream id "" is not allowed/],
        [
          "a stream id starting with '$'",
          (stream) => [`$${stream('s')}`, [event()]],
          /stream id "\$conf.*" is not allowed: use a non-empty string that does not start with '\$'/,
        ],
        ['no events', (stream) => [stream('s'), []], /has no events: pass at least one/],
        [
          'a negative expected revision',
          (stream) => [stream('s'), [event()], { expectedRevision: -1 }],
          /expectedRevision -1 is not a revision/,
        ],
        [
          'a fractional expected revision',
          (stream) => [stream('s'), [event()], { expectedRevision: 1.5 }],
          /expectedRevision 1.5 is not a revision/,
        ],
        [
          'an expected revision that is no state',
          (stream) => [stream('s'), [event()], { expectedRevision: 'latest' as never }],
          /expectedRevision latest is not a revision/,
        ],
        [
          'an event without an id',
          (stream) => [stream('s'), [event(), { ...event(), id: '' }]],
          /event 1 of the append to .* has no id/,
        ],
        [
          'the same event id twice',
          (stream) => {
            const twice = event();
            return [stream('s'), [twice, event(), twice]];
          },
          /appears twice in one append/,
        ],
        [
          'an event without a type',
          (stream) => [stream('s'), [event(), event('')]],
          /has type "": give it a non-empty type name/,
        ],
        [
          "an event type starting with '$'",
          (stream) => [stream('s'), [event(), event('$Happened')]],
          /has type "\$Happened": .* does not start with '\$'/,
        ],
        [
          'an event without data',
          (stream) => [stream('s'), [event(), { ...event(), data: undefined }]],
          /has no data: give it a JSON value/,
        ],
        [
          'data JSON cannot hold',
          (stream) => [stream('s'), [event(), event('N', { amount: 1n })]],
          /the data of event .* cannot be stored as JSON/,
        ],
        [
          'circular data',
          (stream) => [stream('s'), [event(), event('N', circular)]],
          /the data of event .* cannot be stored as JSON/,
        ],
        [
          'metadata that is not an object',
          (stream) => [stream('s'), [event(), { ...event(), metadata: null as never }]],
          /the metadata of event .* is not a JSON object/,
        ],
      ];

      it.each(malformed)(
        'refuses %s, saying what to fix, and writes nothing',
        async (_, append, message) => {
          const { store, stream } = await open();
          const head = await store.headPosition();
          const [streamId, events, options] = append(stream);
          const error = await refusal(store.append(streamId, events, options));
          expect(error).toBeInstanceOf(InvalidAppend);
          expect((error as Error).message).toMatch(message);
          expect(await collect(store.readStream(streamId))).toEqual([]);
          const ids = new Set(events.map((e) => e.id));
          const written = await collect(store.readAll({ fromPosition: head + 1 }));
          expect(written.filter((e) => ids.has(e.id))).toEqual([]);
        },
      );

      it('checks the append before the stream: before its expectation and before a retry', async () => {
        const { store, stream } = await open();
        const stored = [event(), event()];
        await store.append(stream('s'), stored, { expectedRevision: 'no_stream' });
        const untyped = await refusal(
          store.append(stream('s'), [event('')], { expectedRevision: 'no_stream' }),
        );
        expect(untyped).toBeInstanceOf(InvalidAppend);
        const retried = await refusal(store.append(stream('s'), stored, { expectedRevision: -1 }));
        expect(retried).toBeInstanceOf(InvalidAppend);
        expect(await collect(store.readStream(stream('s')))).toHaveLength(2);
      });

      it('takes null data and ids that are not UUIDs', async () => {
        const { store, stream, prefix } = await open();
        const id = `${prefix}-event-1`;
        await store.append(stream('null'), [{ ...event('Empty', null), id }]);
        const [read] = await collect(store.readStream(stream('null')));
        expect(read).toMatchObject({ id, type: 'Empty', data: null });
      });
    });

    it('re-appending the same event ids at the same place writes nothing and answers as before', async () => {
      const { store, stream, prefix } = await open();
      const events = [event(), event()];
      const first = await store.append(stream('i'), events, { expectedRevision: 'no_stream' });
      const again = await store.append(stream('i'), events, { expectedRevision: 'no_stream' });
      expect(again).toEqual(first);
      expect(await collect(store.readStream(stream('i')))).toHaveLength(2);
      expect(await collect(store.readAll({ filter: { streamPrefixes: [prefix] } }))).toHaveLength(
        2,
      );
    });

    it('reads $all from the head it recorded first, with no filter, in order', async () => {
      const { store, stream } = await open();
      const head = await store.headPosition();
      const written = [event(), event(), event()];
      await store.append(stream('h1'), [written[0]!]);
      await store.append(stream('h2'), [written[1]!, written[2]!]);
      // Other writers may share the store: our events come in order among theirs.
      const ids = new Set(written.map((e) => e.id));
      const ours = (await collect(store.readAll({ fromPosition: head + 1 }))).filter((e) =>
        ids.has(e.id),
      );
      expect(ours.map((e) => e.id)).toEqual(written.map((e) => e.id));
      expect(ours.every((e) => e.position > head)).toBe(true);
    });

    it('headPosition is the position of the last event appended, or later', async () => {
      const { store, stream } = await open();
      const before = await store.headPosition();
      expect(Number.isSafeInteger(before) && before >= 0).toBe(true);
      const { position } = await store.append(stream('head'), [event()]);
      expect(position).toBeGreaterThan(before);
      expect(await store.headPosition()).toBeGreaterThanOrEqual(position);
    });

    it('orders $all globally across streams with strictly increasing positions', async () => {
      const { store, stream, prefix } = await open();
      const written: string[] = [];
      for (const name of ['x', 'y', 'x', 'z', 'y']) {
        const e = event();
        written.push(e.id);
        await store.append(stream(name), [e]);
      }
      const all = await collect(store.readAll({ filter: { streamPrefixes: [prefix] } }));
      expect(all.map((e) => e.id)).toEqual(written);
      for (let i = 1; i < all.length; i++)
        expect(all[i]!.position).toBeGreaterThan(all[i - 1]!.position);
      expect(all[0]!.position).toBeGreaterThanOrEqual(1);
      expect(await store.headPosition()).toBeGreaterThanOrEqual(all[all.length - 1]!.position);
    });

    it('filters $all by stream prefix and by event type', async () => {
      const { store, stream, prefix } = await open();
      await store.append(stream('board-1'), [event('BoardEstablished')]);
      await store.append(stream('priority-1'), [event('PriorityAgreed')]);
      await store.append(stream('board-2'), [event('BoardEstablished'), event('BoardRenamed')]);
      const boards = await collect(
        store.readAll({ filter: { streamPrefixes: [`${prefix}-board-`] } }),
      );
      expect(boards.map((e) => e.streamId)).toEqual([
        stream('board-1'),
        stream('board-2'),
        stream('board-2'),
      ]);
      const established = await collect(
        store.readAll({
          filter: { streamPrefixes: [prefix], eventTypes: ['BoardEstablished', 'PriorityAgreed'] },
        }),
      );
      expect(established.map((e) => e.type)).toEqual([
        'BoardEstablished',
        'PriorityAgreed',
        'BoardEstablished',
      ]);
    });

    it('reads $all from a position (inclusive), to a position (inclusive), with a limit', async () => {
      const { store, stream, prefix } = await open();
      for (let i = 0; i < 5; i++) await store.append(stream('r'), [event('N', { i })]);
      const all = await collect(store.readAll({ filter: { streamPrefixes: [prefix] } }));
      const middle = await collect(
        store.readAll({
          fromPosition: all[1]!.position,
          toPosition: all[3]!.position,
          filter: { streamPrefixes: [prefix] },
        }),
      );
      expect(middle.map((e) => (e.data as { i: number }).i)).toEqual([1, 2, 3]);
      const limited = await collect(
        store.readAll({
          fromPosition: all[1]!.position,
          limit: 2,
          filter: { streamPrefixes: [prefix] },
        }),
      );
      expect(limited.map((e) => (e.data as { i: number }).i)).toEqual([1, 2]);
    });

    it('readAllPages gives the events readAll gives, in pages', async () => {
      const { store, stream, prefix } = await open();
      for (let i = 0; i < 7; i++) await store.append(stream(`p-${i % 3}`), [event('N', { i })]);
      for (const options of [
        { filter: { streamPrefixes: [prefix] } },
        { filter: { streamPrefixes: [`${prefix}-p-1`] } },
        { filter: { streamPrefixes: [prefix] }, limit: 4 },
      ]) {
        const pages: (readonly RecordedEvent[])[] = [];
        for await (const page of store.readAllPages(options)) pages.push(page);
        expect(pages.every((page) => page.length > 0)).toBe(true);
        expect(pages.flat()).toEqual(await collect(store.readAll(options)));
      }
    });

    it('reads a stream from a revision, backwards, and with a limit', async () => {
      const { store, stream } = await open();
      await store.append(
        stream('b'),
        [0, 1, 2, 3, 4].map((i) => event('N', { i })),
      );
      const revisions = async (options: Parameters<EventStore['readStream']>[1]) =>
        (await collect(store.readStream(stream('b'), options))).map((e) => e.revision);
      expect(await revisions({ from: 2 })).toEqual([2, 3, 4]);
      expect(await revisions({ direction: 'backwards' })).toEqual([4, 3, 2, 1, 0]);
      expect(await revisions({ direction: 'backwards', from: 3, limit: 2 })).toEqual([3, 2]);
      expect(await revisions({ limit: 2 })).toEqual([0, 1]);
      expect(await revisions({ from: 5 })).toEqual([]);
      expect(await revisions({ direction: 'backwards', from: 99, limit: 2 })).toEqual([4, 3]);
    });

    it('reading a stream that does not exist yields nothing', async () => {
      const { store, stream } = await open();
      expect(await collect(store.readStream(stream('nothing-here')))).toEqual([]);
      expect(
        await collect(store.readStream(stream('nothing-here'), { direction: 'backwards' })),
      ).toEqual([]);
    });

    it('subscribes to $all: catches up, goes live, and ends on close', async () => {
      const { store, stream, prefix } = await open();
      await store.append(stream('s'), [event('Before', { n: 1 }), event('Before', { n: 2 })]);
      const subscription = store.subscribeToAll({
        fromPosition: 'start',
        filter: { streamPrefixes: [prefix] },
      });
      const seen: RecordedEvent[] = [];
      const reading = (async () => {
        for await (const e of subscription) {
          seen.push(e);
          if (seen.length === 2) await store.append(stream('s'), [event('After', { n: 3 })]);
        }
      })();
      await expect.poll(() => seen.length, { timeout: 10_000 }).toBe(3);
      expect(seen.map((e) => e.type)).toEqual(['Before', 'Before', 'After']);
      await subscription.close();
      await reading;
      await store.append(stream('s'), [event('AfterClose')]);
      await new Promise((r) => setTimeout(r, 50));
      expect(seen).toHaveLength(3);
    });

    it('subscribes from a checkpoint (exclusive) and from the end', async () => {
      const { store, stream, prefix } = await open();
      const first = await store.append(stream('c'), [event('One')]);
      await store.append(stream('c'), [event('Two')]);
      const fromCheckpoint = store.subscribeToAll({
        fromPosition: first.position,
        filter: { streamPrefixes: [prefix] },
      });
      const [afterCheckpoint] = await collect(fromCheckpoint, 1);
      await fromCheckpoint.close();
      expect(afterCheckpoint!.type).toBe('Two');

      const fromEnd = store.subscribeToAll({
        fromPosition: 'end',
        filter: { streamPrefixes: [prefix] },
      });
      const next = collect(fromEnd, 1);
      await new Promise((r) => setTimeout(r, 50));
      await store.append(stream('c'), [event('Three')]);
      expect((await next).map((e) => e.type)).toEqual(['Three']);
      await fromEnd.close();
    });

    it('two writers racing on one stream at the same revision: exactly one wins', async () => {
      const { store, stream } = await open();
      await store.append(stream('race'), [event()]);
      const outcomes = await Promise.allSettled([
        store.append(stream('race'), [event('Left')], { expectedRevision: 0 }),
        store.append(stream('race'), [event('Right')], { expectedRevision: 0 }),
      ]);
      expect(outcomes.filter((o) => o.status === 'fulfilled')).toHaveLength(1);
      const lost = outcomes.find((o) => o.status === 'rejected') as PromiseRejectedResult;
      expect(lost.reason).toBeInstanceOf(WrongExpectedVersion);
      expect(await collect(store.readStream(stream('race')))).toHaveLength(2);
    });

    it('round-trips a 1 MiB event and non-ASCII text exactly', async () => {
      const { store, stream } = await open();
      const text = "Women's Aid — Leicester £2,276,643 ✓ 日本 Ünïcödé 🚓";
      const big = 'x'.repeat(1024 * 1024);
      await store.append(stream('big'), [event('Big', { big, text }), event('Text', { text })]);
      const [readBig, readText] = await collect(store.readStream(stream('big')));
      expect((readBig!.data as { big: string }).big).toBe(big);
      expect((readBig!.data as { text: string }).text).toBe(text);
      expect(readText!.data).toEqual({ text });
    });

    it('reads several streams in one call, in global order', async () => {
      const { store, stream } = await open();
      await store.append(stream('p'), [event('P1')]);
      await store.append(stream('q'), [event('Q1')]);
      await store.append(stream('p'), [event('P2')]);
      const { readStreams } = await import('./port');
      const events = await readStreams(store, [stream('p'), stream('q'), stream('absent')]);
      expect(events.map((e) => e.type)).toEqual(['P1', 'Q1', 'P2']);
    });
  });
}
