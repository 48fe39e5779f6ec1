import { describe, expect, it } from 'vitest';
import type { RecordedEvent } from '../port';
import {
  ResubscribingSubscription,
  backoffDelay,
  type Feed,
  type ResubscribingOptions,
} from './resubscribing';
import { metadata } from '../../testing/eventstoredb';

const event = (position: number, streamId = 'board-1', type = 'BoardRenamed'): RecordedEvent => ({
  id: `e${position}`,
  streamId,
  revision: position,
  position,
  type,
  data: {},
  metadata,
  recordedAt: '2021-03-19T00:00:00.000Z',
});

class Refused extends Error {}
class Unreachable extends Error {}

/**
 * A stand-in for the server's $all: feeds replay the log after their origin, then follow it
 * live. Each opening can be told to fail after some events; positions not in the log are
 * refused, as EventStoreDB refuses to subscribe from a position that is no event's.
 */
class FakeAll {
  readonly log: RecordedEvent[] = [];
  readonly opened: Array<'start' | number> = [];
  /** Per opening, in order: fail with `error` after delivering `after` events. */
  readonly plan: Array<{ after: number; error: Error }> = [];
  /** When set, every feed replays the whole log whatever its origin (a sloppy server). */
  replayEverything = false;
  private wake: () => void = () => undefined;

  append(...positions: number[]): void {
    for (const p of positions) this.log.push(event(p));
    this.wake();
  }

  head = async (): Promise<number> => this.log.at(-1)?.position ?? 0;

  open = (from: 'start' | number): Feed => {
    this.opened.push(from);
    const step = this.plan.shift();
    let closed = false;
    // eslint-disable-next-line @typescript-eslint/no-this-alias
    const all = this;
    async function* events(): AsyncGenerator<RecordedEvent> {
      if (from !== 'start' && !all.log.some((e) => e.position === from)) {
        throw new Refused(`invalid position ${from}`);
      }
      let delivered = 0;
      let index =
        from === 'start' || all.replayEverything
          ? 0
          : all.log.findIndex((e) => e.position === from) + 1;
      while (!closed) {
        if (step && delivered === step.after) throw step.error;
        const next = all.log[index];
        if (next) {
          index += 1;
          delivered += 1;
          yield next;
        } else {
          await new Promise<void>((resolve) => (all.wake = resolve));
        }
      }
    }
    return {
      events: events(),
      close: async () => {
        closed = true;
        this.wake();
      },
    };
  };
}

function subscribe(all: FakeAll, options: Partial<ResubscribingOptions> = {}) {
  const drops: Array<{ error: unknown; failures: number; retryInMs: number }> = [];
  const subscription = new ResubscribingSubscription({
    fromPosition: 'start',
    open: all.open,
    headPosition: all.head,
    isFatal: (e) => e instanceof TypeError,
    backoff: { initialMs: 1, maxMs: 4 },
    onDrop: (error, failures, retryInMs) => drops.push({ error, failures, retryInMs }),
    ...options,
  });
  return { subscription, drops };
}

async function take(iterable: AsyncIterable<RecordedEvent>, count: number): Promise<number[]> {
  const positions: number[] = [];
  if (count === 0) return positions;
  for await (const e of iterable) {
    positions.push(e.position);
    if (positions.length === count) break;
  }
  return positions;
}

describe('backoffDelay', () => {
  it('doubles from the initial delay up to the cap', () => {
    const policy = { initialMs: 100, maxMs: 1_000 };
    expect([1, 2, 3, 4, 5, 50].map((n) => backoffDelay(n, policy))).toEqual([
      100, 200, 400, 800, 1_000, 1_000,
    ]);
    expect(backoffDelay(1)).toBe(100);
    expect(backoffDelay(100)).toBe(5_000);
  });
});

describe('ResubscribingSubscription', () => {
  it('catches up from the start, goes live, and ends when closed', async () => {
    const all = new FakeAll();
    all.append(10, 20);
    const { subscription } = subscribe(all);
    const seen: number[] = [];
    const done = (async () => {
      for await (const e of subscription) {
        seen.push(e.position);
        if (e.position === 20) all.append(30, 40);
        if (e.position === 40) void subscription.close();
      }
    })();
    await done;
    expect(seen).toEqual([10, 20, 30, 40]);
    expect(all.opened).toEqual(['start']);
  });

  it('starts after a checkpoint, exclusive', async () => {
    const all = new FakeAll();
    all.append(10, 20, 30);
    const { subscription } = subscribe(all, { fromPosition: 20 });
    expect(await take(subscription, 1)).toEqual([30]);
    expect(all.opened).toEqual([20]);
  });

  it('resubscribes from the last position seen after a drop, without duplicates or gaps', async () => {
    const all = new FakeAll();
    all.append(10, 20, 30, 40, 50);
    all.plan.push(
      { after: 2, error: new Error('dropped') },
      { after: 1, error: new Error('again') },
    );
    const { subscription, drops } = subscribe(all);
    expect(await take(subscription, 5)).toEqual([10, 20, 30, 40, 50]);
    expect(all.opened).toEqual(['start', 20, 30]);
    expect(drops.map((d) => (d.error as Error).message)).toEqual(['dropped', 'again']);
    // the failure count starts again once events flow: both retries waited the initial delay
    expect(drops.map((d) => d.retryInMs)).toEqual([1, 1]);
    await subscription.close();
  });

  it('backs off further while the server stays unreachable', async () => {
    const all = new FakeAll();
    all.append(10, 20);
    for (let i = 0; i < 4; i++) all.plan.push({ after: 0, error: new Unreachable('down') });
    const { subscription, drops } = subscribe(all, { fromPosition: 10 });
    expect(await take(subscription, 1)).toEqual([20]);
    expect(drops.map((d) => d.retryInMs)).toEqual([1, 2, 4, 4]);
    expect(all.opened).toEqual([10, 10, 10, 10, 10]);
  });

  it('never delivers an event twice even when the server replays from further back', async () => {
    const all = new FakeAll();
    all.replayEverything = true;
    all.append(10, 20, 30);
    all.plan.push({ after: 2, error: new Error('dropped') });
    const { subscription } = subscribe(all);
    expect(await take(subscription, 3)).toEqual([10, 20, 30]);
    expect(all.opened).toEqual(['start', 20]);
  });

  it('subscribes from where locate puts a checkpoint, still skipping up to the checkpoint', async () => {
    const all = new FakeAll();
    all.append(10, 20, 30);
    const located: number[] = [];
    const { subscription } = subscribe(all, {
      fromPosition: 21,
      locate: async (checkpoint) => {
        located.push(checkpoint);
        return 20;
      },
    });
    expect(await take(subscription, 1)).toEqual([30]);
    expect(located).toEqual([21]);
    expect(all.opened).toEqual([20]);
  });

  it('falls back to the start when locate finds nothing, skipping up to the checkpoint', async () => {
    const all = new FakeAll();
    all.append(10, 20, 30);
    const { subscription } = subscribe(all, { fromPosition: 25, locate: async () => 'start' });
    expect(await take(subscription, 1)).toEqual([30]);
    expect(all.opened).toEqual(['start']);
  });

  it('retries locating the checkpoint while that fails', async () => {
    const all = new FakeAll();
    all.append(10, 20, 30);
    let calls = 0;
    const { subscription, drops } = subscribe(all, {
      fromPosition: 20,
      locate: async (checkpoint) => {
        calls += 1;
        if (calls < 3) throw new Unreachable('down');
        return checkpoint;
      },
    });
    expect(await take(subscription, 1)).toEqual([30]);
    expect(calls).toBe(3);
    expect(drops.map((d) => (d.error as Error).message)).toEqual(['down']);
  });

  it('refuses a fromPosition that is no position', () => {
    const all = new FakeAll();
    expect(() => subscribe(all, { fromPosition: -1 })).toThrow(RangeError);
    expect(() => subscribe(all, { fromPosition: 1.5 })).toThrow(/is not a position/);
  });

  it("from 'end' delivers only events appended after subscribing, even before iterating", async () => {
    const all = new FakeAll();
    all.append(10, 20);
    const { subscription } = subscribe(all, { fromPosition: 'end' });
    await subscription.ready;
    all.append(30);
    expect(await take(subscription, 1)).toEqual([30]);
    expect(all.opened).toEqual([20]);
  });

  it("from 'end' of an empty store starts at the start", async () => {
    const all = new FakeAll();
    const { subscription } = subscribe(all, { fromPosition: 'end' });
    await subscription.ready;
    all.append(10);
    expect(await take(subscription, 1)).toEqual([10]);
    expect(all.opened).toEqual(['start']);
  });

  it("retries pinning 'end' when the head cannot be read at first", async () => {
    const all = new FakeAll();
    all.append(10, 20);
    let calls = 0;
    const { subscription } = subscribe(all, {
      fromPosition: 'end',
      headPosition: async () => {
        calls += 1;
        if (calls === 1) throw new Unreachable('down');
        return all.head();
      },
    });
    await subscription.ready;
    const iteration = take(subscription, 1);
    while (all.opened.length === 0) await new Promise((resolve) => setTimeout(resolve, 1));
    all.append(30);
    expect(await iteration).toEqual([30]);
    expect(calls).toBe(2);
    expect(all.opened).toEqual([20]);
  });

  it('applies the filter to what the server sends', async () => {
    const all = new FakeAll();
    all.log.push(
      event(10, 'board-1'),
      event(20, 'priority-1'),
      event(30, 'board-2', 'BoardDissolved'),
    );
    const { subscription } = subscribe(all, {
      filter: { streamPrefixes: ['board-'], eventTypes: ['BoardDissolved'] },
    });
    expect(await take(subscription, 1)).toEqual([30]);
  });

  it('ends the iteration with the error when no retry can help', async () => {
    const all = new FakeAll();
    all.append(10, 20);
    all.plan.push({ after: 1, error: new TypeError('malformed') });
    const { subscription } = subscribe(all);
    const seen: number[] = [];
    await expect(
      (async () => {
        for await (const e of subscription) seen.push(e.position);
      })(),
    ).rejects.toThrow('malformed');
    expect(seen).toEqual([10]);
  });

  it('close() ends an iteration that is waiting for events, and closes the feed', async () => {
    const all = new FakeAll();
    let feedsClosed = 0;
    const { subscription } = subscribe(all, {
      open: (from) => {
        const feed = all.open(from);
        return { events: feed.events, close: () => ((feedsClosed += 1), feed.close()) };
      },
    });
    const iteration = take(subscription, 1);
    await new Promise((resolve) => setTimeout(resolve, 10));
    await subscription.close();
    expect(await iteration).toEqual([]);
    expect(feedsClosed).toBeGreaterThan(0);
  });

  it('close() during a backoff ends the iteration, and nothing is delivered after it', async () => {
    const all = new FakeAll();
    all.plan.push({ after: 0, error: new Unreachable('down') });
    const { subscription, drops } = subscribe(all, {
      backoff: { initialMs: 60_000, maxMs: 60_000 },
    });
    const iteration = take(subscription, 1);
    await new Promise((resolve) => setTimeout(resolve, 10));
    expect(drops).toHaveLength(1);
    all.append(10);
    await subscription.close();
    expect(await iteration).toEqual([]);
    expect(all.opened).toEqual(['start']);
  });

  it('yields nothing when closed before iterating, and calls onClose once', async () => {
    const all = new FakeAll();
    all.append(10);
    let closes = 0;
    const { subscription } = subscribe(all, { onClose: () => (closes += 1) });
    await subscription.close();
    await subscription.close();
    expect(await take(subscription, 1)).toEqual([]);
    expect(closes).toBe(1);
    expect(all.opened).toEqual([]);
  });
});
