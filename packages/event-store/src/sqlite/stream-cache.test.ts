import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, describe, expect, it } from 'vitest';
import { testEvent } from '../conformance';
import { toRecorded } from './event-pages';
import { createReads } from './reads';
import { openSqliteEventStore } from './store';
import { createStreamCache } from './stream-cache';

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'tracker-stream-cache-'));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

/** A store to write with, and a cache on a connection of its own that counts its reads. */
async function setUp(maxEvents = 100) {
  const file = path.join(dir, `${randomUUID()}.db`);
  const store = openSqliteEventStore({ path: file, commitThread: 'off' });
  const db = new Database(file);
  const reads = createReads(db, { pageSize: 100 });
  const asked: string[][] = [];
  const cache = createStreamCache(
    db,
    (ids) => {
      asked.push([...ids]);
      return reads.rowsOfStreams(ids).map(toRecorded);
    },
    // The writer is another connection: every use looks at the head.
    { maxEvents, headCheckMs: 0 },
  );
  const streamsOf = (ids: string[]) =>
    cache.eventsOf(ids).map((e) => `${e.streamId}@${e.revision}`);
  return {
    store,
    cache,
    asked,
    streamsOf,
    close: async () => {
      db.close();
      await store.close();
    },
  };
}

describe('stream cache', () => {
  it('reads a stream once, and a stream that does not exist never', async () => {
    const { store, asked, streamsOf, close } = await setUp();
    await store.append('board-1', [testEvent(), testEvent()]);
    expect(streamsOf(['board-1', 'priority-new'])).toEqual(['board-1@0', 'board-1@1']);
    expect(streamsOf(['board-1', 'priority-new'])).toEqual(['board-1@0', 'board-1@1']);
    expect(asked).toEqual([['board-1']]);
    await close();
  });

  it('reads a stream again once someone appended to it, and learns new streams', async () => {
    const { store, asked, streamsOf, close } = await setUp();
    await store.append('board-1', [testEvent()]);
    expect(streamsOf(['board-1'])).toEqual(['board-1@0']);
    await store.append('board-1', [testEvent()]);
    await store.append('priority-1', [testEvent()]);
    expect(streamsOf(['board-1', 'priority-1', 'priority-2'])).toEqual([
      'board-1@0',
      'board-1@1',
      'priority-1@0',
    ]);
    expect(asked).toEqual([['board-1'], ['board-1', 'priority-1']]);
    await close();
  });

  it("learns this store's own appends without reading the log", async () => {
    const { store, cache, asked, streamsOf, close } = await setUp();
    await store.append('board-1', [testEvent()]);
    expect(streamsOf(['board-1'])).toEqual(['board-1@0']);
    const { position } = await store.append('board-1', [testEvent(), testEvent()]);
    cache.appended('board-1', position - 1, position);
    expect(streamsOf(['board-1'])).toEqual(['board-1@0', 'board-1@1', 'board-1@2']);
    expect(asked).toEqual([['board-1'], ['board-1']]);
    await close();
  });

  it('holds at most maxEvents, forgetting the least recently read, and no long stream', async () => {
    const { store, asked, streamsOf, close } = await setUp(4);
    await store.append(
      'long',
      Array.from({ length: 2 }, () => testEvent()),
    );
    for (const id of ['a', 'b', 'c', 'd', 'e', 'f']) await store.append(id, [testEvent()]);
    streamsOf(['long']);
    streamsOf(['long']);
    expect(asked).toEqual([['long'], ['long']]);
    streamsOf(['a', 'b', 'c', 'd', 'e']);
    streamsOf(['a']);
    streamsOf(['f']);
    streamsOf(['a', 'c']);
    expect(asked.slice(2)).toEqual([['a', 'b', 'c', 'd', 'e'], ['a'], ['f'], ['c']]);
    await close();
  });
});
