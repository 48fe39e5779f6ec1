import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, describe, expect, it } from 'vitest';
import { testEvent } from '../conformance';
import { StoreUnavailable } from '../port';
import { dataDigest, eventHash, GENESIS, globalHash, sha256 } from './hash-chain';
import { formatHead, HEAD_FORMAT, parseHead, type ChainHead } from './published-head';
import { openSqliteEventStore } from './store';
import { ERASURE_EVENT_TYPE, verifySqliteStore } from './verify';

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

async function broken(file: string, expectHead?: ChainHead) {
  const result = await verifySqliteStore(file, expectHead && { expectHead });
  expect(result.ok).toBe(false);
  return result.firstBroken!;
}

/** The head a clean store's verification gives: what an auditor would publish. */
async function publishedHead(file: string): Promise<ChainHead> {
  const result = await verifySqliteStore(file);
  expect(result.ok).toBe(true);
  return result.head!;
}

/**
 * What someone who can write the file and has read hash-chain.ts can do after an edit:
 * recompute every data digest, hash and global hash in position order, and the head, so the
 * chain holds again.
 */
function rechain(file: string): void {
  const db = new Database(file);
  const rows = db.prepare('SELECT * FROM events ORDER BY position').all() as {
    position: number;
    id: string;
    stream_id: string;
    revision: number;
    type: string;
    data: string;
    data_salt: string | null;
    recorded_at: string;
    metadata_digest: string;
    hash_format: number;
  }[];
  const update = db.prepare(
    'UPDATE events SET data_digest = ?, hash = ?, global_hash = ? WHERE position = ?',
  );
  const inStream = new Map<string, string>();
  let previous = GENESIS;
  db.transaction(() => {
    for (const row of rows) {
      const digest = dataDigest(row.data_salt, row.data);
      const fields = {
        id: row.id,
        streamId: row.stream_id,
        revision: row.revision,
        type: row.type,
        recordedAt: row.recorded_at,
        dataDigest: digest,
        metadataDigest: row.metadata_digest,
      };
      const hash = eventHash(inStream.get(row.stream_id) ?? GENESIS, fields, row.hash_format);
      previous = globalHash(previous, row.position, hash, row.hash_format);
      inStream.set(row.stream_id, hash);
      update.run(digest, hash, previous, row.position);
    }
    db.prepare('UPDATE chain_head SET global_hash = ? WHERE singleton = 1').run(previous);
  })();
  db.close();
}

/** The newest events deleted down to `keep`, and the chain head rolled back with them. */
function truncateWithHead(file: string, keep: number): void {
  tamper(file, 'DELETE FROM events WHERE position > ?', keep);
  tamper(
    file,
    `UPDATE chain_head SET (position, global_hash, stream_id, revision) =
       (SELECT position, global_hash, stream_id, revision FROM events WHERE position = ?)`,
    keep,
  );
}

describe('verifySqliteStore', () => {
  it('a clean store verifies, with progress up to every row', async () => {
    const file = await storeWithHistory();
    const progress: [number, number][] = [];
    const result = await verifySqliteStore(file, {
      pageSize: 3,
      onProgress: (checked, total) => progress.push([checked, total]),
    });
    // The head is the newest event's, exactly as the chain head records it.
    const db = new Database(file, { readonly: true });
    const recorded = db.prepare('SELECT position, global_hash FROM chain_head').get() as {
      position: number;
      global_hash: string;
    };
    db.close();
    expect(result).toEqual({
      ok: true,
      checked: 8,
      head: { position: 8, globalHash: recorded.global_hash },
    });
    expect(recorded.position).toBe(8);
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

  it('data rewritten with a row in erasures but no erasure event: the forgery is named', async () => {
    const file = await storeWithHistory();
    tamper(
      file,
      `UPDATE events SET data = '{"title":"Nothing"}', data_salt = NULL WHERE position = 2`,
    );
    const erasureEvent = randomUUID();
    tamper(
      file,
      "INSERT INTO erasures (position, erased_at, erasure_event_id) VALUES (2, '2026-11-23T00:00:00Z', ?)",
      erasureEvent,
    );
    expect(await broken(file)).toEqual({
      position: 2,
      streamId: 'priority-1',
      revision: 0,
      problem: `it is listed in erasures, so its data are not checked against their digest, but the log holds no event ${erasureEvent}, the erasure event the row names: the data may have been changed and the erasure forged`,
    });
    tamper(file, 'UPDATE erasures SET erasure_event_id = NULL');
    expect((await broken(file)).problem).toMatch(/the row names no erasure event/);
  });

  it('an erasures row for a position the log does not hold is named', async () => {
    const file = await storeWithHistory();
    tamper(file, "INSERT INTO erasures (position, erased_at) VALUES (99, '2026-11-23T00:00:00Z')");
    expect(await broken(file)).toMatchObject({
      position: 99,
      problem: expect.stringMatching(/no event at position 99: the erasures table was altered/),
    });
  });

  describe('an erasure as hash-chain.ts designs it', () => {
    /** Position 2 erased: its erasure event appended (position 9), its data redacted, listed. */
    async function erased(named: (target: { id: string; digest: string }) => object) {
      const file = await storeWithHistory();
      const db = new Database(file);
      const target = db
        .prepare('SELECT id, data_digest AS digest FROM events WHERE position = 2')
        .get() as { id: string; digest: string };
      db.close();
      const store = openSqliteEventStore({ path: file });
      const erasure = testEvent(ERASURE_EVENT_TYPE, {
        ...named(target),
        reason: 'subject access request',
        requestedBy: 'dpo',
      });
      await store.append(`erasure-${randomUUID()}`, [erasure]);
      await store.close();
      tamper(
        file,
        `UPDATE events SET data = '{"erased":true}', data_salt = NULL WHERE position = 2`,
      );
      tamper(
        file,
        "INSERT INTO erasures (position, erased_at, erasure_event_id) VALUES (2, '2026-11-23T00:00:00Z', ?)",
        erasure.id,
      );
      return file;
    }
    const naming = ({ id, digest }: { id: string; digest: string }) => ({
      position: 2,
      eventId: id,
      dataDigest: digest,
    });

    it('its erasure event naming the event, its position and digest: the chain still holds', async () => {
      const file = await erased(naming);
      expect(await verifySqliteStore(file)).toMatchObject({ ok: true, checked: 9 });
      // Erasure covers the data only: the rest of the event still verifies.
      tamper(file, `UPDATE events SET type = 'Renamed' WHERE position = 2`);
      expect((await broken(file)).problem).toMatch(/hash does not match/);
    });

    it.each([
      ['another position', (t: { id: string; digest: string }) => ({ ...naming(t), position: 3 })],
      ['another event', (t: { id: string; digest: string }) => ({ ...naming(t), eventId: 'x' })],
      [
        'another digest',
        (t: { id: string; digest: string }) => ({ ...naming(t), dataDigest: GENESIS }),
      ],
      ['nothing', () => ({})],
    ])('its erasure event naming %s: the forgery is named', async (_, named) => {
      const link = await broken(await erased(named));
      expect(link).toMatchObject({ position: 2, streamId: 'priority-1', revision: 0 });
      expect(link.problem).toMatch(
        /listed in erasures.*the event it names \(position 9\) does not name this event's position, id and data digest: the data may have been changed and the erasure forged/,
      );
    });

    it('an event of another type cited as the erasure event: the forgery is named', async () => {
      const file = await erased(naming);
      tamper(
        file,
        'UPDATE erasures SET erasure_event_id = (SELECT id FROM events WHERE position = 5)',
      );
      expect((await broken(file)).problem).toMatch(
        /the event it names \(position 5\) is a PriorityAgreed, not a PersonalDataErased/,
      );
    });
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
    expect(await verifySqliteStore(file)).toMatchObject({ ok: true, checked: 2 });

    const store = openSqliteEventStore({ path: file });
    await store.append('old-stream', [testEvent('New')], { expectedRevision: 1 });
    await store.close();
    expect(await verifySqliteStore(file)).toMatchObject({ ok: true, checked: 3 });
  });

  describe('against a head published earlier', () => {
    it('the newest events deleted and the head rolled back: only the published head shows it', async () => {
      const file = await storeWithHistory();
      const published = await publishedHead(file);
      truncateWithHead(file, 6);
      expect(await verifySqliteStore(file)).toMatchObject({ ok: true, checked: 6 });
      expect(await broken(file, published)).toEqual({
        position: 8,
        streamId: '',
        revision: -1,
        problem:
          'a head was published at position 8 but the log ends at 6: events recorded before it was published were deleted (and the chain head rolled back with them)',
      });
    });

    it('data edited and every hash recomputed: the published position has another hash', async () => {
      const file = await storeWithHistory();
      const published = await publishedHead(file);
      const older = await verifySqliteStore(file, { expectHead: published });
      expect(older.ok).toBe(true);
      tamper(file, `UPDATE events SET data = json_set(data, '$.n', 99) WHERE position = 4`);
      rechain(file);
      const rewritten = await publishedHead(file);
      expect(rewritten.position).toBe(8);
      expect(rewritten.globalHash).not.toBe(published.globalHash);
      expect(await broken(file, published)).toEqual({
        position: 8,
        streamId: 'priority-2',
        revision: 1,
        problem: `its global hash is ${rewritten.globalHash}, not ${published.globalHash} as published for this position: the log was rewritten (its hashes recomputed) after that head was published`,
      });
    });

    it('a log that only grew since still holds a head published at an older position', async () => {
      const file = await storeWithHistory();
      const published = await publishedHead(file);
      const store = openSqliteEventStore({ path: file });
      await store.append('priority-3', [testEvent(), testEvent()]);
      await store.close();
      const result = await verifySqliteStore(file, { expectHead: published, pageSize: 3 });
      expect(result).toMatchObject({ ok: true, checked: 10, head: { position: 10 } });
      // An edit before the published position and a recomputed chain: caught there, not at 10.
      tamper(file, `UPDATE events SET data = json_set(data, '$.n', 99) WHERE position = 1`);
      rechain(file);
      expect((await broken(file, published)).position).toBe(8);
    });

    it('a head is written and read as POSITION:HASH; anything else is refused with the format', () => {
      const head = { position: 407, globalHash: 'ab'.repeat(32) };
      expect(formatHead(head)).toBe(`407:${'ab'.repeat(32)}`);
      expect(parseHead(` 407:${'AB'.repeat(32)}\n`)).toEqual(head);
      for (const bad of [
        '407',
        `407:${'ab'.repeat(31)}`,
        `0:${'ab'.repeat(32)}`,
        `x:${'ab'.repeat(32)}`,
      ]) {
        expect(() => parseHead(bad)).toThrow(`"${bad}" is not a chain head; write ${HEAD_FORMAT}`);
      }
      expect(HEAD_FORMAT).toMatch(/^POSITION:HASH/);
    });
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
