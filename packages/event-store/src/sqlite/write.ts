import { randomBytes } from 'node:crypto';
import type Database from 'better-sqlite3';
import {
  expectationHolds,
  InvalidAppend,
  WrongExpectedVersion,
  type AppendResult,
  type ExpectedRevision,
} from '../port';
import type { SerialisedEvent } from '../append-preconditions';
import { dataDigest, eventHash, GENESIS, globalHash, HASH_FORMAT, sha256 } from './hash-chain';

/**
 * Writing a batch of appends in one transaction (the group commit queue hands the batches).
 *
 * The fast path reads as little as it can: the log's head (last position and global hash)
 * is kept in memory, and a stale one (another connection appended) shows itself as a
 * position already taken, after which it is read again; an append to a new stream reads
 * nothing, one at an exact revision reads that revision's hash; and all of an append's
 * events go in ONE multi-row INSERT. A failing statement undoes itself, so a refused append
 * leaves no row and the others of the batch still commit, without a savepoint each. Only a
 * refusal (a unique constraint hit, a missing revision) takes the slow path, which tells an
 * idempotent retry (answered with the original result) from ids reused elsewhere
 * (InvalidAppend) and from a stream that moved (WrongExpectedVersion).
 */

export interface AppendRequest {
  streamId: string;
  events: readonly SerialisedEvent[];
  expected: ExpectedRevision;
}

export type Outcome = { ok: true; result: AppendResult } | { ok: false; error: unknown };

/** Rows per INSERT statement; longer appends are written in chunks inside a savepoint. */
const ROWS_PER_INSERT = 32;
const COLUMNS = [
  'position',
  'id',
  'stream_id',
  'revision',
  'type',
  'data',
  'metadata',
  'recorded_at',
  'data_salt',
  'data_digest',
  'metadata_digest',
  'hash',
  'global_hash',
  'hash_format',
];

interface Log {
  position: number;
  globalHash: string;
  streamId: string | null;
  revision: number | null;
}

/** Thrown inside a write when the fast path cannot tell why the append does not fit. */
class Refused extends Error {}
/** Thrown when the position after the remembered head is taken: another connection wrote. */
class HeadMoved extends Error {}

/** Random salts, 16 bytes each, cut from a pool: one randomBytes call per 256 events. */
function saltSource() {
  let pool = '';
  let offset = 0;
  return (): string => {
    if (offset >= pool.length) {
      pool = randomBytes(16 * 256).toString('hex');
      offset = 0;
    }
    offset += 32;
    return pool.slice(offset - 32, offset);
  };
}

export function createBatchWriter(db: Database.Database) {
  const statements = {
    head: db.prepare<[], { position: number; global_hash: string }>(
      'SELECT position, global_hash FROM chain_head WHERE singleton = 1',
    ),
    // Only when the head row is missing (it should never be): carry on from the last row.
    lastRow: db.prepare<[], { position: number; global_hash: string }>(
      'SELECT position, global_hash FROM events ORDER BY position DESC LIMIT 1',
    ),
    moveHead: db.prepare<[number, string, string | null, number | null]>(
      'UPDATE chain_head SET position = ?, global_hash = ?, stream_id = ?, revision = ? WHERE singleton = 1',
    ),
    firstHead: db.prepare<[number, string, string | null, number | null]>(
      'INSERT INTO chain_head (singleton, position, global_hash, stream_id, revision) VALUES (1, ?, ?, ?, ?)',
    ),
    streamHead: db.prepare<[string], { revision: number; hash: string }>(
      'SELECT revision, hash FROM events WHERE stream_id = ? ORDER BY revision DESC LIMIT 1',
    ),
    hashAt: db.prepare<[string, number], { hash: string }>(
      'SELECT hash FROM events WHERE stream_id = ? AND revision = ?',
    ),
    byId: db.prepare<[string], { stream_id: string; revision: number; position: number }>(
      'SELECT stream_id, revision, position FROM events WHERE id = ?',
    ),
  };
  const nextSalt = saltSource();
  const inserts: Database.Statement<unknown[]>[] = [];
  const row = `(${COLUMNS.map(() => '?').join(', ')})`;
  const insertOf = (rows: number) =>
    (inserts[rows] ??= db.prepare(
      `INSERT INTO events (${COLUMNS.join(', ')}) VALUES ${Array(rows).fill(row).join(', ')}`,
    ));

  /** The stream's last revision and hash, as far as the expectation requires them. */
  function streamTip({ streamId, expected }: AppendRequest): { revision: number; hash: string } {
    if (expected === 'no_stream') return { revision: -1, hash: GENESIS };
    if (typeof expected === 'number') {
      const at = statements.hashAt.get(streamId, expected);
      if (!at) throw new Refused();
      return { revision: expected, hash: at.hash };
    }
    const head = statements.streamHead.get(streamId);
    if (!head && expected === 'stream_exists') throw new Refused();
    return head ?? { revision: -1, hash: GENESIS };
  }

  function insertRows(values: unknown[], count: number) {
    const perRow = COLUMNS.length;
    for (let start = 0; start < count; start += ROWS_PER_INSERT) {
      const rows = Math.min(ROWS_PER_INSERT, count - start);
      insertOf(rows).run(values.slice(start * perRow, (start + rows) * perRow));
    }
  }
  // A savepoint, so a long append that fails in a later chunk leaves nothing either.
  const insertChunked = db.transaction(insertRows);

  function writeAppend(request: AppendRequest, log: Log, recordedAt: string): AppendResult {
    const { streamId, events } = request;
    const tip = streamTip(request);
    const values: unknown[] = [];
    let { position, globalHash: global } = log;
    let previous = tip.hash;
    let revision = tip.revision;
    for (const { id, type, data, metadata } of events) {
      revision += 1;
      position += 1;
      const salt = nextSalt();
      const fields = {
        id,
        streamId,
        revision,
        type,
        recordedAt,
        dataDigest: dataDigest(salt, data),
        metadataDigest: sha256(metadata),
      };
      const hash = eventHash(previous, fields);
      global = globalHash(global, position, hash);
      values.push(
        position,
        id,
        streamId,
        revision,
        type,
        data,
        metadata,
        recordedAt,
        salt,
        fields.dataDigest,
        fields.metadataDigest,
        hash,
        global,
        HASH_FORMAT,
      );
      previous = hash;
    }
    try {
      if (events.length <= ROWS_PER_INSERT) insertRows(values, events.length);
      else insertChunked(values, events.length);
    } catch (error) {
      const code = (error as { code?: string }).code ?? '';
      if (code === 'SQLITE_CONSTRAINT_PRIMARYKEY') throw new HeadMoved();
      if (code.startsWith('SQLITE_CONSTRAINT')) throw new Refused();
      throw error;
    }
    Object.assign(log, { position, globalHash: global, streamId, revision });
    return { nextExpectedRevision: revision, position };
  }

  /** Why an append was refused: the original result of a retry, or the error to report. */
  function explainRefusal({ streamId, events, expected }: AppendRequest): AppendResult {
    const found = events.map((e) => statements.byId.get(e.id));
    const first = found[0];
    if (found.some(Boolean)) {
      const retried =
        first !== undefined &&
        found.every(
          (e, i) =>
            e !== undefined && e.stream_id === streamId && e.revision === first.revision + i,
        );
      if (retried) {
        const last = found[found.length - 1]!;
        return { nextExpectedRevision: last.revision, position: last.position };
      }
      const where = found.find(Boolean)!;
      throw new InvalidAppend(
        `event id ${events[found.indexOf(where)]!.id} was already appended to stream ${where.stream_id} at revision ${where.revision}; ` +
          'an append may repeat earlier ids only as a retry of the same events to the same stream: give new events new ids',
      );
    }
    const actual = statements.streamHead.get(streamId)?.revision ?? -1;
    if (!expectationHolds(expected, actual)) {
      throw new WrongExpectedVersion(streamId, expected, actual === -1 ? 'no_stream' : actual);
    }
    throw new InvalidAppend(`the append to ${streamId} conflicts with stored events`);
  }

  function attempt(request: AppendRequest, log: Log, recordedAt: string): Outcome {
    try {
      try {
        return { ok: true, result: writeAppend(request, log, recordedAt) };
      } catch (error) {
        if (!(error instanceof HeadMoved)) throw error;
        Object.assign(log, readHead());
        return { ok: true, result: writeAppend(request, log, recordedAt) };
      }
    } catch (error) {
      if (!(error instanceof Refused || error instanceof HeadMoved)) throw error;
      try {
        return { ok: true, result: explainRefusal(request) };
      } catch (refusal) {
        return { ok: false, error: refusal };
      }
    }
  }

  function readHead(): Pick<Log, 'position' | 'globalHash'> {
    const head = statements.head.get() ?? statements.lastRow.get();
    return { position: head?.position ?? 0, globalHash: head?.global_hash ?? GENESIS };
  }

  /** The head as this connection last wrote or read it; unknown after a failed commit. */
  let remembered: Pick<Log, 'position' | 'globalHash'> | undefined;

  function writeBatch(batch: readonly AppendRequest[]): Outcome[] {
    const log: Log = { ...(remembered ?? readHead()), streamId: null, revision: null };
    const recordedAt = new Date().toISOString();
    const outcomes = batch.map((request) => attempt(request, log, recordedAt));
    if (log.streamId !== null) {
      const head = [log.position, log.globalHash, log.streamId, log.revision] as const;
      if (statements.moveHead.run(...head).changes === 0) statements.firstHead.run(...head);
    }
    remembered = { position: log.position, globalHash: log.globalHash };
    return outcomes;
  }
  const transaction = db.transaction(writeBatch);

  return {
    /**
     * Writes the batch in one IMMEDIATE transaction (the write lock taken at BEGIN, so a busy
     * file fails before anything is read) and answers each append's outcome, in order.
     */
    commit(batch: readonly AppendRequest[]): Outcome[] {
      try {
        return transaction.immediate(batch);
      } catch (error) {
        remembered = undefined;
        throw error;
      }
    },
  };
}
