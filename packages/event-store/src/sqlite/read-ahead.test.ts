import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { testEvent } from '../conformance';
import { StoreUnavailable, type ReadAllOptions, type RecordedEvent } from '../port';
import { createReadAhead } from './read-ahead';
import { openSqliteEventStore, type SqliteEventStore } from './store';

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'tracker-read-ahead-'));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

async function collect(events: AsyncIterable<RecordedEvent>, stopAfter = Infinity) {
  const out: RecordedEvent[] = [];
  for await (const event of events) {
    out.push(event);
    if (out.length >= stopAfter) break;
  }
  return out;
}

/** A file of `count` events over three kinds of stream, written once for the tests below. */
async function logOf(count: number): Promise<string> {
  const file = path.join(dir, `${randomUUID()}.db`);
  const store = openSqliteEventStore({ path: file, readAhead: 'off' });
  const appends: Promise<unknown>[] = [];
  for (let n = 0; n < count; n++) {
    const kind = ['board', 'priority', 'meeting'][n % 3]!;
    appends.push(store.append(`${kind}-${n % 7}`, [testEvent(`${kind}Changed`, { n })]));
  }
  await Promise.all(appends);
  await store.close();
  return file;
}

const sharedLog = logOf(3_000);
const longLog = logOf(20_000);
const summary = (events: RecordedEvent[]) => events.map((e) => [e.position, e.streamId, e.data]);

/** The same read through a store that reads ahead on its thread and one that does not. */
async function bothWays(options: ReadAllOptions, pageSize = 25) {
  const file = await sharedLog;
  const ahead = openSqliteEventStore({ path: file, pageSize });
  const here = openSqliteEventStore({ path: file, pageSize, readAhead: 'off' });
  try {
    expect(await ahead.readAheadReady()).toBe(true);
    expect(await here.readAheadReady()).toBe(false);
    return {
      ahead: await collect(ahead.readAll(options)),
      here: await collect(here.readAll(options)),
    };
  } finally {
    await Promise.all([ahead.close(), here.close()]);
  }
}

describe('sqlite store: long reads of $all go on on the read-ahead thread', () => {
  it('reads every event in order, as a read on the main thread does', async () => {
    const { ahead, here } = await bothWays({});
    expect(ahead).toHaveLength(3_000);
    expect(summary(ahead)).toEqual(summary(here));
  });

  it('a long read begun before the thread is up hands over to it once it is', async () => {
    // Read without a pause: the thread's "ready" must still get through (the read gives the
    // event loop a turn per page while the thread starts), and the pages after it come in the
    // thread's size.
    const store = openSqliteEventStore({ path: await longLog, pageSize: 1 });
    try {
      const sizes: number[] = [];
      for await (const page of store.readAllPages()) sizes.push(page.length);
      expect(sizes.reduce((a, b) => a + b, 0)).toBe(20_000);
      expect(sizes[0]).toBe(1);
      expect(Math.max(...sizes)).toBe(2_000);
    } finally {
      await store.close();
    }
  });

  it('keeps to the range, the limit and the filters', async () => {
    for (const options of [
      { fromPosition: 101, toPosition: 2_345 },
      { fromPosition: 7, limit: 1_234 },
      { filter: { streamPrefixes: ['meeting-', 'board-3'] } },
      { filter: { eventTypes: ['priorityChanged'] }, fromPosition: 500, limit: 600 },
    ] satisfies ReadAllOptions[]) {
      const { ahead, here } = await bothWays(options);
      expect(ahead.length).toBeGreaterThan(500);
      expect(summary(ahead)).toEqual(summary(here));
    }
  });

  it('a subscription far behind catches up through it, then goes live', async () => {
    // A log of its own: the test appends to it.
    const store = openSqliteEventStore({ path: await logOf(1_000), pageSize: 25 });
    try {
      await store.readAheadReady();
      const subscription = store.subscribeToAll({ fromPosition: 10 });
      const seen: number[] = [];
      const reading = (async () => {
        for await (const event of subscription) {
          seen.push(event.position);
          if (event.position === 1_000) await store.append('board-live', [testEvent('Live')]);
        }
      })();
      await expect.poll(() => seen.length, { timeout: 10_000 }).toBe(991);
      expect(seen).toEqual(Array.from({ length: 991 }, (_, i) => i + 11));
      await subscription.close();
      await reading;
    } finally {
      await store.close();
    }
  });

  it('a reader that stops early leaves the thread free for the next read', async () => {
    const store = openSqliteEventStore({ path: await sharedLog, pageSize: 10 });
    try {
      await store.readAheadReady();
      expect(await collect(store.readAll(), 1_500)).toHaveLength(1_500);
      expect(await collect(store.readAll(), 2_200)).toHaveLength(2_200);
      const all = await collect(store.readAll());
      expect(all.map((e) => e.position)).toEqual(Array.from({ length: 3_000 }, (_, i) => i + 1));
    } finally {
      await store.close();
    }
  });

  it('a read under way when the store closes fails as StoreUnavailable at its next page', async () => {
    const store: SqliteEventStore = openSqliteEventStore({ path: await sharedLog, pageSize: 10 });
    await store.readAheadReady();
    const events = store.readAll()[Symbol.asyncIterator]();
    let taken = 0;
    while (taken < 100 && !(await events.next()).done) taken++;
    await store.close();
    const failure = await (async () => {
      for (;;) {
        if ((await events.next()).done) return undefined;
        taken++;
      }
    })().catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(StoreUnavailable);
    expect((failure as Error).message).toMatch(/is closed/);
    expect(taken).toBeLessThan(3_000);
  });

  it('the thread hands out pages no faster than they are taken, and drops a cancelled read', async () => {
    const readAhead = createReadAhead(await sharedLog);
    try {
      expect(await readAhead.ready()).toBe(true);
      const request = { from: 1, to: Number.MAX_SAFE_INTEGER, remaining: 3_000, pageSize: 100 };
      const pages = readAhead.open(request)!;
      const first = await pages.next();
      expect(first).toMatchObject({ kind: 'page', from: 1, end: false });
      if (first.kind !== 'page') throw new Error('expected a page');
      expect(first.document.slice(1)).toEqual([100, 100]);
      let last = first;
      for (let n = 2; n <= 30; n++) {
        const page = await pages.next();
        if (page.kind !== 'page') throw new Error('expected a page');
        expect(page.from).toBe(last.document[2]! + 1);
        last = page;
      }
      expect(last).toMatchObject({ end: true, document: [expect.any(String), 100, 3_000] });
      const cancelled = readAhead.open(request)!;
      await cancelled.next();
      cancelled.cancel();
      const again = readAhead.open({ ...request, from: 2_901, remaining: 100 })!;
      expect(await again.next()).toMatchObject({ kind: 'page', from: 2_901, end: true });
    } finally {
      await readAhead.close();
    }
  });
});
