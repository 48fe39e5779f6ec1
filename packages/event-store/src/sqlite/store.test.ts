import { spawn } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import Database from 'better-sqlite3';
import { afterAll, describe, expect, it } from 'vitest';
import { testEvent } from '../conformance';
import {
  InvalidAppend,
  StoreUnavailable,
  WrongExpectedVersion,
  type EventStore,
  type RecordedEvent,
} from '../port';
import { openSqliteEventStore, type CommitBatch, type SqliteEventStore } from './store';
import { verifySqliteStore } from './verify';

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'tracker-sqlite-store-'));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));
const newFile = () => path.join(dir, `${randomUUID()}.db`);

async function collect<T>(iterable: AsyncIterable<T>): Promise<T[]> {
  const out: T[] = [];
  for await (const item of iterable) out.push(item);
  return out;
}

async function refusal(promise: Promise<unknown>): Promise<Error> {
  try {
    await promise;
  } catch (error) {
    return error as Error;
  }
  throw new Error('expected a refusal');
}

function refusalOf(open: () => unknown): Error {
  try {
    open();
  } catch (error) {
    return error as Error;
  }
  throw new Error('expected a refusal');
}

async function withStore<T>(file: string, work: (store: EventStore) => Promise<T>): Promise<T> {
  const store = openSqliteEventStore({ path: file, busyTimeoutMs: 200, pollIntervalMs: 20 });
  try {
    return await work(store);
  } finally {
    await store.close();
  }
}

describe('sqlite store: a file it cannot use', () => {
  it('a data directory that cannot be created: says which and what to do', () => {
    const notADirectory = path.join(dir, `${randomUUID()}.txt`);
    fs.writeFileSync(notADirectory, 'a plain file');
    const file = path.join(notADirectory, 'data', 'tracker.db');
    const error = refusalOf(() => openSqliteEventStore({ path: file }));
    expect(error).toBeInstanceOf(StoreUnavailable);
    expect(error.message).toContain(file);
    expect(error.message).toMatch(/cannot create the data directory .*set TRACKER_DB/);
  });

  it('a file that is not a SQLite database: names it and says to restore or move it', () => {
    const file = newFile();
    fs.writeFileSync(file, Buffer.from(Array.from({ length: 8192 }, (_, i) => (i * 131) % 251)));
    const error = refusalOf(() => openSqliteEventStore({ path: file }));
    expect(error).toBeInstanceOf(StoreUnavailable);
    expect(error.message).toContain(file);
    expect(error.message).toMatch(/not a SQLite database or is corrupt.*restore it from a backup/);
  });

  it('a file another connection holds exclusively: opening fails once the wait is over', () => {
    const file = newFile();
    const holder = new Database(file);
    holder.pragma('locking_mode = EXCLUSIVE');
    holder.exec('CREATE TABLE held (x); INSERT INTO held VALUES (1);');
    try {
      const error = refusalOf(() => openSqliteEventStore({ path: file, busyTimeoutMs: 100 }));
      expect(error).toBeInstanceOf(StoreUnavailable);
      expect(error.message).toContain(file);
      expect(error.message).toMatch(/locked by another process.*stop the other tracker/);
    } finally {
      holder.close();
    }
  });

  it('a write lock held past the busy timeout: the append fails, nothing is written', async () => {
    const file = newFile();
    await withStore(file, async (store) => {
      await store.append('board-1', [testEvent()]);
      const holder = new Database(file);
      holder.exec('BEGIN IMMEDIATE');
      try {
        const error = await refusal(store.append('board-1', [testEvent()]));
        expect(error).toBeInstanceOf(StoreUnavailable);
        expect(error.message).toMatch(/is locked by another process/);
        expect(error.message).toContain(file);
      } finally {
        holder.exec('ROLLBACK');
        holder.close();
      }
      expect(await collect(store.readStream('board-1'))).toHaveLength(1);
      await store.append('board-1', [testEvent()], { expectedRevision: 0 });
    });
  });

  it('a file written by a newer version of the tracker', () => {
    const file = newFile();
    openSqliteEventStore({ path: file }).close();
    const db = new Database(file);
    db.prepare("UPDATE store_info SET value = '999' WHERE key = 'schema_version'").run();
    db.close();
    const error = refusalOf(() => openSqliteEventStore({ path: file }));
    expect(error).toBeInstanceOf(StoreUnavailable);
    expect(error.message).toMatch(/newer version of the tracker.*upgrade/);
  });

  it('a closed store refuses appends and reads', async () => {
    const store = openSqliteEventStore({ path: newFile() });
    await store.close();
    await expect(store.append('s', [testEvent()])).rejects.toBeInstanceOf(StoreUnavailable);
    await expect(collect(store.readStream('s'))).rejects.toBeInstanceOf(StoreUnavailable);
    await expect(store.headPosition()).rejects.toBeInstanceOf(StoreUnavailable);
  });
});

describe('sqlite store: appends', () => {
  it('a refused append in a group commit writes none of its events; the others commit', async () => {
    await withStore(newFile(), async (store) => {
      await store.append('priority-b', [testEvent()]);
      const outcomes = await Promise.allSettled([
        store.append('priority-a', [testEvent(), testEvent()], { expectedRevision: 'no_stream' }),
        store.append('priority-b', [testEvent(), testEvent(), testEvent()], {
          expectedRevision: 'no_stream',
        }),
        store.append('priority-c', [testEvent()], { expectedRevision: 'no_stream' }),
      ]);
      expect(outcomes.map((o) => o.status)).toEqual(['fulfilled', 'rejected', 'fulfilled']);
      expect((outcomes[1] as PromiseRejectedResult).reason).toBeInstanceOf(WrongExpectedVersion);
      expect(await collect(store.readStream('priority-b'))).toHaveLength(1);
      const all = await collect(store.readAll());
      expect(all.map((e) => e.position)).toEqual([1, 2, 3, 4]);
      expect(all.map((e) => e.streamId)).toEqual([
        'priority-b',
        'priority-a',
        'priority-a',
        'priority-c',
      ]);
    });
  });

  it('a long append that fails part way (an id reused in its 40th event) leaves no row', async () => {
    await withStore(newFile(), async (store) => {
      const taken = testEvent();
      await store.append('other', [taken]);
      const events = Array.from({ length: 50 }, () => testEvent());
      events[39] = { ...testEvent(), id: taken.id };
      const error = await refusal(store.append('long', events));
      expect(error).toBeInstanceOf(InvalidAppend);
      expect(await collect(store.readStream('long'))).toEqual([]);
      const ok = await store.append('long', events.slice(0, 39).concat(events.slice(40)));
      expect(ok.nextExpectedRevision).toBe(48);
    });
  });

  it('64 concurrent appends share one transaction', async () => {
    await withStore(newFile(), async (store) => {
      const results = await Promise.all(
        Array.from({ length: 64 }, (_, i) => store.append(`priority-${i}`, [testEvent()])),
      );
      expect(results.map((r) => r.position).sort((a, b) => a - b)).toEqual(
        Array.from({ length: 64 }, (_, i) => i + 1),
      );
      const all = await collect(store.readAll());
      // One transaction records one time for all of its events.
      expect(new Set(all.map((e) => e.recordedAt)).size).toBe(1);
    });
  });

  it('tells onCommit of each commit: appends and events written, refusals left out', async () => {
    const batches: CommitBatch[] = [];
    const store = openSqliteEventStore({
      path: newFile(),
      commitThread: 'off',
      onCommit: (batch) => batches.push(batch),
    });
    try {
      await store.append('priority-b', [testEvent()]);
      await Promise.allSettled([
        store.append('priority-a', [testEvent(), testEvent()]),
        store.append('priority-b', [testEvent()], { expectedRevision: 'no_stream' }),
        store.append('priority-c', [testEvent(), testEvent(), testEvent()]),
      ]);
      await store
        .append('priority-b', [testEvent()], { expectedRevision: 'no_stream' })
        .catch(() => undefined);
      expect(batches.map(({ appends, events }) => ({ appends, events }))).toEqual([
        { appends: 1, events: 1 },
        { appends: 2, events: 5 },
      ]);
      for (const batch of batches) expect(batch.ms).toBeGreaterThanOrEqual(0);
    } finally {
      await store.close();
    }
  });

  it('an idempotent retry answers the original result, whatever it expects now', async () => {
    await withStore(newFile(), async (store) => {
      const events = [testEvent(), testEvent()];
      const first = await store.append('s', events, { expectedRevision: 'no_stream' });
      await store.append('s', [testEvent()]);
      for (const expectedRevision of ['no_stream', 'any', 'stream_exists', 0, 2] as const) {
        expect(await store.append('s', events, { expectedRevision })).toEqual(first);
      }
      expect(await store.append('s', [events[1]!])).toEqual(first);
      expect(await collect(store.readStream('s'))).toHaveLength(3);
    });
  });

  it('event ids already used elsewhere are an InvalidAppend naming where', async () => {
    await withStore(newFile(), async (store) => {
      const used = testEvent();
      await store.append('board-1', [used]);
      const elsewhere = await refusal(store.append('board-2', [used]));
      expect(elsewhere).toBeInstanceOf(InvalidAppend);
      expect(elsewhere.message).toMatch(/already appended to stream board-1 at revision 0/);
      const mixed = await refusal(store.append('board-1', [testEvent(), used]));
      expect(mixed).toBeInstanceOf(InvalidAppend);
      const twice = await refusal(store.append('board-3', [used, used]));
      expect(twice.message).toMatch(/twice/);
      await expect(store.append('board-3', [])).rejects.toBeInstanceOf(InvalidAppend);
      await expect(
        store.append('board-3', [testEvent()], { expectedRevision: -1 }),
      ).rejects.toBeInstanceOf(InvalidAppend);
      expect(await collect(store.readAll())).toHaveLength(1);
    });
  });

  it('an acknowledged append survives closing and reopening the file', async () => {
    const file = newFile();
    const written = testEvent('Kept', { text: 'Women’s Aid — Leicester £2,276,643 ✓ 日本' });
    const ack = await withStore(file, (store) => store.append('kept', [written]));
    const [read] = await withStore(file, (store) => collect(store.readStream('kept')));
    expect(read).toMatchObject({
      id: written.id,
      data: written.data,
      metadata: written.metadata,
      position: ack.position,
    });
  });

  it('an acknowledged append survives the writing process being killed', async () => {
    const file = newFile();
    // The writer runs in this very process (tsx as a loader, not the tsx CLI, which would run
    // it in a child that SIGKILL would not reach).
    const tsx = pathToFileURL(createRequire(import.meta.url).resolve('tsx/esm')).href;
    const script = path.join(dir, 'append-then-wait.mts');
    fs.writeFileSync(
      script,
      `import { openSqliteEventStore } from ${JSON.stringify(new URL('./store.ts', import.meta.url).pathname)};
       const store = openSqliteEventStore({ path: ${JSON.stringify(file)} });
       const events = [{ id: '${randomUUID()}', type: 'Acknowledged', data: { n: 1 }, metadata: { actor: 'a', role: 'office', commandId: 'c', correlationId: 'c', causationId: 'c', occurredAt: '2021-01-01', schemaVersion: 1 } }];
       const ack = await store.append('acknowledged', events);
       console.log(JSON.stringify(ack));
       setInterval(() => undefined, 1000);`,
    );
    const child = spawn(process.execPath, ['--import', tsx, script], {
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    const ack = await new Promise<string>((resolve, reject) => {
      child.stdout.once('data', (chunk: Buffer) => resolve(chunk.toString()));
      child.once('exit', (code) => reject(new Error(`the writer exited (${code}) before acking`)));
    });
    child.kill('SIGKILL');
    await new Promise((resolve) => child.once('exit', resolve));
    const events = await withStore(file, (store) => collect(store.readStream('acknowledged')));
    expect(events).toHaveLength(1);
    expect(events[0]!.position).toBe(JSON.parse(ack).position);
  }, 30_000);
});

describe('sqlite store: reading $all', () => {
  it('gives back stream ids and types holding quotes, backslashes, control characters and non-ASCII as stored', async () => {
    const streamId = 'board-"quoted"\\back\u0001\tslash-é-😀';
    const type = 'Odd"Type\\\n';
    await withStore(newFile(), async (store) => {
      await store.append(streamId, [testEvent(type, { text: '"], [1' })]);
      await store.append('board-plain', [testEvent()]);
      const all = await collect(store.readAll());
      expect(all.map((e) => [e.streamId, e.type, e.data])).toEqual([
        [streamId, type, { text: '"], [1' }],
        ['board-plain', 'SomethingHappened', { n: 1 }],
      ]);
    });
  });

  it('names the event whose stored JSON an edit of the file broke, and what to do', async () => {
    const file = newFile();
    await withStore(file, async (store) => {
      for (let n = 0; n < 3; n++) await store.append(`board-${n}`, [testEvent()]);
    });
    const db = new Database(file);
    db.prepare('UPDATE events SET data = \'{"n": 1\' WHERE position = 2').run();
    db.close();
    await withStore(file, async (store) => {
      const error = await refusal(collect(store.readAll()));
      expect(error).toBeInstanceOf(StoreUnavailable);
      expect(error.message).toMatch(
        /event at position 2 \(stream board-1, revision 0\) is not valid JSON.*tracker -- verify/,
      );
    });
  });
});

describe('sqlite store: several connections to one file', () => {
  it("a subscription sees another connection's appends by polling", async () => {
    const file = newFile();
    await withStore(file, async (reader) => {
      await withStore(file, async (writer) => {
        const subscription = reader.subscribeToAll({ fromPosition: 'end' });
        const seen: RecordedEvent[] = [];
        const reading = (async () => {
          for await (const event of subscription) seen.push(event);
        })();
        await new Promise((resolve) => setTimeout(resolve, 30));
        await writer.append('elsewhere', [testEvent('FromAnotherProcess')]);
        await expect
          .poll(() => seen.map((e) => e.type), { timeout: 5000 })
          .toEqual(['FromAnotherProcess']);
        await subscription.close();
        await reading;
      });
    });
  });

  it('appends taking turns between two connections keep one dense, verified chain', async () => {
    const file = newFile();
    await withStore(file, async (left) => {
      await withStore(file, async (right) => {
        for (let i = 0; i < 6; i++) {
          const [writer, stream] = i % 2 === 0 ? [left, 'left'] : [right, 'right'];
          const { position } = await writer.append(stream, [testEvent(), testEvent()]);
          expect(position).toBe(2 * i + 2);
        }
      });
    });
    expect(await verifySqliteStore(file)).toMatchObject({
      ok: true,
      checked: 12,
      head: { position: 12 },
    });
  });

  it('two connections racing on one stream: one wins, the other gets WrongExpectedVersion', async () => {
    const file = newFile();
    await withStore(file, async (left) => {
      await withStore(file, async (right) => {
        await left.append('race', [testEvent()]);
        const outcomes = await Promise.allSettled([
          left.append('race', [testEvent('Left')], { expectedRevision: 0 }),
          right.append('race', [testEvent('Right')], { expectedRevision: 0 }),
        ]);
        expect(outcomes.filter((o) => o.status === 'fulfilled')).toHaveLength(1);
        const lost = outcomes.find((o) => o.status === 'rejected') as PromiseRejectedResult;
        expect(lost.reason).toMatchObject({ streamId: 'race', expected: 0, actual: 1 });
        const all = await collect(right.readAll());
        expect(all.map((e) => [e.position, e.revision])).toEqual([
          [1, 0],
          [2, 1],
        ]);
      });
    });
  });
});

describe('sqlite store: readStreams answered from memory', () => {
  it("sees another connection's appends to a stream it has read within headCheckMs", async () => {
    const file = newFile();
    await withStore(file, async (reader) => {
      await withStore(file, async (writer) => {
        await writer.append('board-1', [testEvent('One')]);
        expect((await reader.readStreams!(['board-1'])).map((e) => e.type)).toEqual(['One']);
        await writer.append('board-1', [testEvent('Two')]);
        await new Promise((resolve) => setTimeout(resolve, 5)); // the default is 2 ms
        expect((await reader.readStreams!(['board-1'])).map((e) => e.type)).toEqual(['One', 'Two']);
      });
    });
  });

  it('after an append refused on a revision another connection took, reads the head at once', async () => {
    const file = newFile();
    const reader = openSqliteEventStore({ path: file, headCheckMs: 60_000 });
    try {
      await withStore(file, async (writer) => {
        await writer.append('board-1', [testEvent('One')]);
        expect((await reader.readStreams!(['board-1'])).map((e) => e.type)).toEqual(['One']);
        await writer.append('board-1', [testEvent('Two')]);
        // Within the minute the reader has not looked: it decides on revision 0 and is refused.
        expect((await reader.readStreams!(['board-1'])).map((e) => e.type)).toEqual(['One']);
        const refused = await refusal(
          reader.append('board-1', [testEvent('Three')], { expectedRevision: 0 }),
        );
        expect(refused).toBeInstanceOf(WrongExpectedVersion);
        expect((await reader.readStreams!(['board-1'])).map((e) => e.type)).toEqual(['One', 'Two']);
      });
    } finally {
      await reader.close();
    }
  });

  it('sees a stream another connection created after it had looked for it', async () => {
    const file = newFile();
    await withStore(file, async (reader) => {
      await withStore(file, async (writer) => {
        expect(await reader.readStreams!(['priority-1', 'board-1'])).toEqual([]);
        await writer.append('priority-1', [testEvent('Agreed')]);
        await reader.append('board-1', [testEvent('Established')]);
        const read = await reader.readStreams!(['priority-1', 'board-1']);
        expect(read.map((e) => [e.streamId, e.position])).toEqual([
          ['priority-1', 1],
          ['board-1', 2],
        ]);
      });
    });
  });

  it('hands out events frozen, so no caller can change what the next one reads', async () => {
    await withStore(newFile(), async (store) => {
      await store.append('board-1', [testEvent('One', { members: ['a'] })]);
      const [first] = await store.readStreams!(['board-1']);
      expect(() => (first!.data as { members: string[] }).members.push('changed')).toThrow(
        TypeError,
      );
      expect(() => Object.assign(first!.metadata, { actor: 'someone else' })).toThrow(TypeError);
      const [again] = await store.readStreams!(['board-1']);
      expect(again!.data).toEqual({ members: ['a'] });
      expect(again!.metadata.actor).toBe('conformance');
    });
  });
});

describe('sqlite store: the commit thread', () => {
  async function withThread<T>(file: string, work: (store: SqliteEventStore) => Promise<T>) {
    const store = openSqliteEventStore({ path: file, busyTimeoutMs: 200, commitThread: 'eager' });
    try {
      expect(await store.commitThreadReady()).toBe(true);
      return await work(store);
    } finally {
      await store.close();
    }
  }

  it('commits concurrent appends with the same answers as the main thread would', async () => {
    const file = newFile();
    await withThread(file, async (store) => {
      const retried = [testEvent(), testEvent()];
      const first = await store.append('retried', retried);
      const taken = testEvent();
      await store.append('taken', [taken]);
      const fresh = Array.from({ length: 60 }, (_, i) =>
        store.append(`priority-${i}`, [testEvent(), testEvent()], {
          expectedRevision: 'no_stream',
        }),
      );
      const outcomes = await Promise.allSettled([
        ...fresh,
        store.append('taken', [testEvent()], { expectedRevision: 'no_stream' }),
        store.append('elsewhere', [taken]),
        store.append('retried', retried, { expectedRevision: 'no_stream' }),
      ]);
      const rejected = outcomes.flatMap((o) => (o.status === 'rejected' ? [o.reason] : []));
      expect(rejected).toHaveLength(2);
      expect(rejected[0]).toBeInstanceOf(WrongExpectedVersion);
      expect(rejected[0]).toMatchObject({ streamId: 'taken', expected: 'no_stream', actual: 0 });
      expect(rejected[1]).toBeInstanceOf(InvalidAppend);
      expect((outcomes[62] as PromiseFulfilledResult<unknown>).value).toEqual(first);
      const all = await collect(store.readAll());
      expect(all.map((e) => e.position)).toEqual(all.map((_, i) => i + 1));
      expect(all).toHaveLength(3 + 120);
    });
    expect(await verifySqliteStore(file)).toMatchObject({
      ok: true,
      checked: 123,
      head: { position: 123 },
    });
  });

  it('a batch it cannot commit (the file is locked) fails as StoreUnavailable; the next one commits', async () => {
    const file = newFile();
    await withThread(file, async (store) => {
      const holder = new Database(file);
      holder.exec('BEGIN IMMEDIATE');
      const appends = Array.from({ length: 8 }, (_, i) => store.append(`s-${i}`, [testEvent()]));
      const outcomes = await Promise.allSettled(appends);
      holder.exec('ROLLBACK');
      holder.close();
      for (const outcome of outcomes) {
        expect(outcome.status).toBe('rejected');
        expect((outcome as PromiseRejectedResult).reason).toBeInstanceOf(StoreUnavailable);
        expect((outcome as PromiseRejectedResult).reason.message).toMatch(/locked/);
      }
      await Promise.all(Array.from({ length: 8 }, (_, i) => store.append(`s-${i}`, [testEvent()])));
      expect(await collect(store.readAll())).toHaveLength(8);
    });
  });

  it('tells onCommit of the batches it commits', async () => {
    const batches: CommitBatch[] = [];
    const store = openSqliteEventStore({
      path: newFile(),
      commitThread: 'eager',
      onCommit: (batch) => batches.push(batch),
    });
    try {
      expect(await store.commitThreadReady()).toBe(true);
      await Promise.all(
        Array.from({ length: 40 }, (_, i) => store.append(`s-${i}`, [testEvent(), testEvent()])),
      );
      expect(batches.reduce((sum, b) => sum + b.appends, 0)).toBe(40);
      expect(batches.reduce((sum, b) => sum + b.events, 0)).toBe(80);
      // A crowd goes over in handoffs of 24 at most.
      expect(Math.max(...batches.map((b) => b.appends))).toBeLessThanOrEqual(24);
      expect(batches.length).toBeGreaterThan(1);
    } finally {
      await store.close();
    }
  });

  it('closing waits for the batches it holds', async () => {
    const file = newFile();
    const store = openSqliteEventStore({ path: file, commitThread: 'eager' });
    expect(await store.commitThreadReady()).toBe(true);
    const appends = Array.from({ length: 40 }, (_, i) => store.append(`s-${i}`, [testEvent()]));
    await store.close();
    expect((await Promise.allSettled(appends)).every((o) => o.status === 'fulfilled')).toBe(true);
    expect(await withStore(file, (reopened) => collect(reopened.readAll()))).toHaveLength(40);
  });

  it('is not started when turned off, and appends carry on without it', async () => {
    const store = openSqliteEventStore({ path: newFile(), commitThread: 'off' });
    expect(await store.commitThreadReady()).toBe(false);
    await Promise.all(Array.from({ length: 16 }, (_, i) => store.append(`s-${i}`, [testEvent()])));
    expect(await store.headPosition()).toBe(16);
    await store.close();
  });
});
