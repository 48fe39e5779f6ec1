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
  /** The reads the cache made: the streams it read whole, or `stream>revision` for the rest. */
  const asked: string[][] = [];
  const cache = createStreamCache(
    db,
    {
      streams: (ids) => {
        asked.push([...ids]);
        return reads.rowsOfStreams(ids).map(toRecorded);
      },
      after: (id, revision) => {
        asked.push([`${id}>${revision}`]);
        return reads.rowsOfStreamAfter(id, revision).map(toRecorded);
      },
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

  it('reads only the new events of a stream someone appended to, and learns new streams', async () => {
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
    expect(asked).toEqual([['board-1'], ['board-1>0'], ['priority-1']]);
    await close();
  });

  it("learns this store's own appends without reading the log", async () => {
    const { store, cache, asked, streamsOf, close } = await setUp();
    await store.append('board-1', [testEvent()]);
    expect(streamsOf(['board-1'])).toEqual(['board-1@0']);
    const { position } = await store.append('board-1', [testEvent(), testEvent()]);
    cache.appended('board-1', position - 1, position);
    expect(streamsOf(['board-1'])).toEqual(['board-1@0', 'board-1@1', 'board-1@2']);
    expect(asked).toEqual([['board-1'], ['board-1>0']]);
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

  it('reads a stream whole again when what follows its last held revision does not follow on', async () => {
    const { store, asked, streamsOf, close } = await setUp();
    const file = (store as { path: string }).path;
    await store.append('board-1', [testEvent()]);
    expect(streamsOf(['board-1'])).toEqual(['board-1@0']);
    await store.append('board-1', [testEvent(), testEvent()]);
    // An edit of the file behind the store's back: revision 1 is gone, 2 remains.
    const editor = new Database(file);
    editor.prepare("DELETE FROM events WHERE stream_id = 'board-1' AND revision = 1").run();
    editor.close();
    expect(streamsOf(['board-1'])).toEqual(['board-1@0', 'board-1@2']);
    expect(asked).toEqual([['board-1'], ['board-1>0'], ['board-1']]);
    await close();
  });

  it('brings a held stream up to date in place, its growth counted against maxEvents', async () => {
    // 16 events at most, no stream of more than 4.
    const { store, asked, streamsOf, close } = await setUp(16);
    await store.append('a', [testEvent()]);
    await store.append('b', [testEvent()]);
    expect(streamsOf(['a', 'b'])).toEqual(['a@0', 'b@0']);
    await store.append('a', [testEvent(), testEvent()]);
    expect(streamsOf(['a'])).toEqual(['a@0', 'a@1', 'a@2']);
    for (const id of ['c', 'd', 'e']) {
      await store.append(id, [testEvent(), testEvent(), testEvent(), testEvent()]);
      streamsOf([id]);
    }
    // Held: b 1, a 3, c, d and e 4 each: 16, the budget. One more pushes out b, the least
    // recently read (had a's growth not been counted, nothing would go).
    await store.append('f', [testEvent()]);
    streamsOf(['f']);
    streamsOf(['a']);
    streamsOf(['b']);
    expect(asked).toEqual([['a', 'b'], ['a>0'], ['c'], ['d'], ['e'], ['f'], ['b']]);
    await close();
  });
});
