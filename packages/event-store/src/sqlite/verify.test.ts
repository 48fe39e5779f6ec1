import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, describe, expect, it } from 'vitest';
import { testEvent } from '../conformance';
import { StoreUnavailable } from '../port';
import { eventHash, GENESIS, globalHash, sha256 } from './hash-chain';
import { openSqliteEventStore } from './store';
import { verifySqliteStore } from './verify';

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'tracker-sqlite-verify-'));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

/**
 * A store of 8 events: board-1 at positions 1, 3, 4, 7 (revisions 0 to 3), priority-1 at 2
 * and 6, priority-2 at 5 and 8.
 */
async function storeWithHistory(): Promise<string> {
  const file = path.join(dir, `${randomUUID()}.db`);
  const store = openSqliteEventStore({ path: file });
  const board = (n: number) =>
    testEvent('BoardChanged', { n, name: 'Women’s Aid — Leicester £2,276,643' });
  await store.append('board-1', [board(0)]);
  await store.append('priority-1', [testEvent('PriorityAgreed', { title: 'Modern slavery' })]);
  await store.append('board-1', [board(1), board(2)], { expectedRevision: 0 });
  await store.append('priority-2', [testEvent('PriorityAgreed', { title: 'Childhood trauma' })]);
  await store.append('priority-1', [testEvent('PriorityRevised', { title: 'Exploitation' })]);
  await store.append('board-1', [board(3)]);
  await store.append('priority-2', [testEvent('PriorityRetired')]);
  await store.close();
  return file;
}

/** Runs SQL on the file directly, as someone with the file but not the store would. */
function tamper(file: string, sql: string, ...params: unknown[]): void {
  const db = new Database(file);
  db.prepare(sql).run(...params);
  db.close();
}

async function broken(file: string) {
  const result = await verifySqliteStore(file);
  expect(result.ok).toBe(false);
  return result.firstBroken!;
}

describe('verifySqliteStore', () => {
  it('a clean store verifies, with progress up to every row', async () => {
    const file = await storeWithHistory();
    const progress: [number, number][] = [];
    const result = await verifySqliteStore(file, {
      pageSize: 3,
      onProgress: (checked, total) => progress.push([checked, total]),
    });
    expect(result).toEqual({ ok: true, checked: 8 });
    expect(progress).toEqual([
      [3, 8],
      [6, 8],
      [8, 8],
    ]);
  });

  it('an empty store verifies', async () => {
    const file = path.join(dir, `${randomUUID()}.db`);
    await openSqliteEventStore({ path: file }).close();
    expect(await verifySqliteStore(file)).toEqual({ ok: true, checked: 0 });
  });

  it("(a) an event's data edited: names the event", async () => {
    const file = await storeWithHistory();
    tamper(file, `UPDATE events SET data = json_set(data, '$.n', 99) WHERE position = 4`);
    expect(await broken(file)).toEqual({
      position: 4,
      streamId: 'board-1',
      revision: 2,
      problem: expect.stringMatching(/data do not match their digest/),
    });
  });

  it('(a) data edited together with its digest: the hash gives it away', async () => {
    const file = await storeWithHistory();
    const data = JSON.stringify({ title: 'Something else' });
    tamper(
      file,
      'UPDATE events SET data = ?, data_digest = ? WHERE position = 2',
      data,
      sha256(`${'0'.repeat(32)}${data}`),
    );
    tamper(file, `UPDATE events SET data_salt = ? WHERE position = 2`, '0'.repeat(32));
    const link = await broken(file);
    expect(link).toMatchObject({ position: 2, streamId: 'priority-1', revision: 0 });
    expect(link.problem).toMatch(/hash does not match/);
  });

  it('(b) a row deleted in the middle: names the place it was', async () => {
    const file = await storeWithHistory();
    tamper(file, 'DELETE FROM events WHERE position = 5');
    const link = await broken(file);
    expect(link).toMatchObject({ position: 6, streamId: 'priority-1', revision: 1 });
    expect(link.problem).toMatch(/position 5 is missing before it: events were deleted/);
  });

  it('(b) a row deleted and the positions closed up: the stream or the global chain breaks', async () => {
    const file = await storeWithHistory();
    tamper(file, 'DELETE FROM events WHERE position = 3');
    tamper(file, 'UPDATE events SET position = position - 1 WHERE position > 3');
    const link = await broken(file);
    expect(link).toMatchObject({ position: 3, streamId: 'board-1', revision: 2 });
    expect(link.problem).toMatch(/revision 1 was expected here, not 2/);
  });

  it('(c) the last row deleted: the head names the event that is gone', async () => {
    const file = await storeWithHistory();
    tamper(file, 'DELETE FROM events WHERE position = 8');
    const link = await broken(file);
    expect(link).toEqual({
      position: 8,
      streamId: 'priority-2',
      revision: 1,
      problem: expect.stringMatching(/log ends at 7: the newest events were deleted/),
    });
  });

  it('(c) the last row deleted, then an append: the gap is found', async () => {
    const file = await storeWithHistory();
    tamper(file, 'DELETE FROM events WHERE position = 8');
    const store = openSqliteEventStore({ path: file });
    await store.append('priority-3', [testEvent()]);
    await store.close();
    const link = await broken(file);
    expect(link).toMatchObject({ position: 9, streamId: 'priority-3', revision: 0 });
    expect(link.problem).toMatch(/position 8 is missing/);
  });

  it('(d) two events of a stream swapped (their revisions exchanged): names the first', async () => {
    const file = await storeWithHistory();
    tamper(file, 'UPDATE events SET revision = -1 WHERE position = 3');
    tamper(file, 'UPDATE events SET revision = 1 WHERE position = 4');
    tamper(file, 'UPDATE events SET revision = 2 WHERE position = 3');
    const link = await broken(file);
    expect(link).toMatchObject({ position: 3, streamId: 'board-1', revision: 2 });
    expect(link.problem).toMatch(/revision 1 was expected here, not 2/);
  });

  it('(d) two rows of different streams swapped in the log: the global chain breaks', async () => {
    const file = await storeWithHistory();
    tamper(file, 'UPDATE events SET position = -2 WHERE position = 2');
    tamper(file, 'UPDATE events SET position = 2 WHERE position = 5');
    tamper(file, 'UPDATE events SET position = 5 WHERE position = -2');
    const link = await broken(file);
    expect(link).toMatchObject({ position: 2, streamId: 'priority-2', revision: 0 });
    expect(link.problem).toMatch(/global hash does not chain from the row before/);
  });

  it('(e) metadata edited: names the event', async () => {
    const file = await storeWithHistory();
    tamper(
      file,
      `UPDATE events SET metadata = json_set(metadata, '$.actor', 'someone') WHERE position = 7`,
    );
    expect(await broken(file)).toEqual({
      position: 7,
      streamId: 'board-1',
      revision: 3,
      problem: expect.stringMatching(/metadata do not match their digest/),
    });
  });

  it('an event listed as erased may have its data rewritten: the chain still holds', async () => {
    const file = await storeWithHistory();
    const erase = `UPDATE events SET data = '{"erased":true}', data_salt = NULL WHERE position = 2`;
    tamper(file, erase);
    expect((await broken(file)).position).toBe(2);
    tamper(
      file,
      "INSERT INTO erasures (position, erased_at, erasure_event_id) VALUES (2, '2026-11-23T00:00:00Z', ?)",
      randomUUID(),
    );
    expect(await verifySqliteStore(file)).toEqual({ ok: true, checked: 8 });
    // Erasure covers the data only: the rest of the event still verifies.
    tamper(file, `UPDATE events SET type = 'Renamed' WHERE position = 2`);
    expect((await broken(file)).problem).toMatch(/hash does not match/);
  });

  it('a store written before salted digests (schema 1) migrates and verifies, old rows and new', async () => {
    const file = path.join(dir, `${randomUUID()}.db`);
    const db = new Database(file);
    db.exec(`
      CREATE TABLE events (position INTEGER PRIMARY KEY, id TEXT NOT NULL UNIQUE, stream_id TEXT NOT NULL,
        revision INTEGER NOT NULL, type TEXT NOT NULL, data TEXT NOT NULL, metadata TEXT NOT NULL,
        recorded_at TEXT NOT NULL, data_digest TEXT NOT NULL, metadata_digest TEXT NOT NULL,
        hash TEXT NOT NULL, global_hash TEXT NOT NULL, UNIQUE (stream_id, revision));
      CREATE INDEX events_recorded_at ON events (recorded_at);
      CREATE TABLE chain_head (singleton INTEGER PRIMARY KEY CHECK (singleton = 1),
        position INTEGER NOT NULL, global_hash TEXT NOT NULL);
      CREATE TABLE store_info (key TEXT PRIMARY KEY, value TEXT NOT NULL);
      INSERT INTO store_info VALUES ('schema_version', '1');`);
    let previousGlobal = GENESIS;
    let previousHash = GENESIS;
    for (const revision of [0, 1]) {
      const e = testEvent('Old', { revision });
      const row = {
        id: e.id,
        streamId: 'old-stream',
        revision,
        type: e.type,
        recordedAt: '2025-01-01T00:00:00.000Z',
        dataDigest: sha256(JSON.stringify(e.data)),
        metadataDigest: sha256(JSON.stringify(e.metadata)),
      };
      previousHash = eventHash(previousHash, row, 1);
      previousGlobal = globalHash(previousGlobal, revision + 1, previousHash, 1);
      db.prepare('INSERT INTO events VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)').run(
        revision + 1,
        e.id,
        row.streamId,
        revision,
        e.type,
        JSON.stringify(e.data),
        JSON.stringify(e.metadata),
        row.recordedAt,
        row.dataDigest,
        row.metadataDigest,
        previousHash,
        previousGlobal,
      );
    }
    db.prepare('INSERT INTO chain_head VALUES (1, 2, ?)').run(previousGlobal);
    db.close();
    expect(await verifySqliteStore(file)).toEqual({ ok: true, checked: 2 });

    const store = openSqliteEventStore({ path: file });
    await store.append('old-stream', [testEvent('New')], { expectedRevision: 1 });
    await store.close();
    expect(await verifySqliteStore(file)).toEqual({ ok: true, checked: 3 });
  });

  it('a missing file or one that is not an event store is StoreUnavailable', async () => {
    await expect(verifySqliteStore(path.join(dir, 'absent.db'))).rejects.toBeInstanceOf(
      StoreUnavailable,
    );
    const garbage = path.join(dir, `${randomUUID()}.db`);
    fs.writeFileSync(
      garbage,
      'not a database at all, just some text that is long enough'.repeat(100),
    );
    await expect(verifySqliteStore(garbage)).rejects.toThrow(/not a SQLite database/);
  });
});
