import fs from 'node:fs';
import Database from 'better-sqlite3';
import { StoreUnavailable } from '../port';
import { dataDigest, eventHash, GENESIS, globalHash, sha256 } from './hash-chain';
import { describeSqliteError } from './open';
import { schemaVersion, type EventRow } from './schema';

/**
 * Verification of an embedded store's tamper evidence (the design is in hash-chain.ts):
 * every row, in position order, against its digests, the previous event of its stream and
 * the previous row of the log, then the chain head against the last row. It reads one
 * snapshot of the file (a read transaction), in pages, and reports the first place where
 * the chain breaks and what is wrong there.
 *
 * Events listed in `erasures` are not checked against their data digest (their personal
 * data were erased); everything else about them is.
 */

export interface VerifyOptions {
  /** Called after each page: rows checked so far, rows in the store. */
  onProgress?(checked: number, total: number): void;
  /** Rows read per query (default 2000). */
  pageSize?: number;
}

export interface BrokenLink {
  position: number;
  streamId: string;
  revision: number;
  /** What is wrong there, and what it means. */
  problem: string;
}

export interface VerifyResult {
  ok: boolean;
  /** Rows checked before the first break (all of them when ok). */
  checked: number;
  firstBroken?: BrokenLink;
}

interface Row extends EventRow {
  data_salt: string | null;
  data_digest: string;
  metadata_digest: string;
  hash: string;
  global_hash: string;
  hash_format: number;
}

interface Head {
  position: number;
  global_hash: string;
  stream_id: string | null;
  revision: number | null;
}

function openReadOnly(file: string): Database.Database {
  if (!fs.existsSync(file)) {
    throw new StoreUnavailable(`there is no event store at ${file}; check the path (TRACKER_DB)`);
  }
  try {
    const db = new Database(file, { readonly: true, fileMustExist: true });
    if (schemaVersion(db) < 1) {
      db.close();
      throw new StoreUnavailable(`${file} is a SQLite database but not an event store`);
    }
    return db;
  } catch (error) {
    throw describeSqliteError(file, error);
  }
}

/** The first problem with one row, given the chain up to the row before it. */
function problemWith(
  row: Row,
  previous: { position: number; globalHash: string },
  inStream: { revision: number; hash: string } | undefined,
  erased: boolean,
): string | undefined {
  if (row.position !== previous.position + 1) {
    const missing =
      row.position === previous.position + 2
        ? `position ${previous.position + 1} is`
        : `positions ${previous.position + 1} to ${row.position - 1} are`;
    return `${missing} missing before it: events were deleted`;
  }
  const expectedRevision = (inStream?.revision ?? -1) + 1;
  if (row.revision !== expectedRevision) {
    return `its stream's revision ${expectedRevision} was expected here, not ${row.revision}: events of the stream were deleted, reordered or renumbered`;
  }
  if (!erased && dataDigest(row.data_salt, row.data) !== row.data_digest) {
    return 'its data do not match their digest: the data were changed';
  }
  if (sha256(row.metadata) !== row.metadata_digest) {
    return 'its metadata do not match their digest: the metadata were changed';
  }
  const fields = {
    id: row.id,
    streamId: row.stream_id,
    revision: row.revision,
    type: row.type,
    recordedAt: row.recorded_at,
    dataDigest: row.data_digest,
    metadataDigest: row.metadata_digest,
  };
  if (eventHash(inStream?.hash ?? GENESIS, fields, row.hash_format) !== row.hash) {
    return "its hash does not match its fields and the previous event of its stream: the event's id, type, time or digests were changed, or the event before it in the stream";
  }
  if (
    globalHash(previous.globalHash, row.position, row.hash, row.hash_format) !== row.global_hash
  ) {
    return 'its global hash does not chain from the row before it: rows were changed, inserted or reordered';
  }
  return undefined;
}

function problemWithHead(
  head: Head | undefined,
  last: { position: number; globalHash: string },
): BrokenLink | undefined {
  if (!head) {
    if (last.position === 0) return undefined;
    return {
      position: last.position,
      streamId: '',
      revision: -1,
      problem: 'the chain head is missing: it was deleted',
    };
  }
  const place = { streamId: head.stream_id ?? '', revision: head.revision ?? -1 };
  if (head.position > last.position) {
    return {
      position: head.position,
      ...place,
      problem: `the chain head records an event at position ${head.position} but the log ends at ${last.position}: the newest events were deleted`,
    };
  }
  if (head.position < last.position || head.global_hash !== last.globalHash) {
    return {
      position: head.position,
      ...place,
      problem: `the chain head (position ${head.position}) does not match the last event (position ${last.position}): rows were added or the head was changed`,
    };
  }
  return undefined;
}

export async function verifySqliteStore(
  file: string,
  options: VerifyOptions = {},
): Promise<VerifyResult> {
  const db = openReadOnly(file);
  try {
    const columns = new Set(
      (db.pragma('table_info(events)') as { name: string }[]).map((c) => c.name),
    );
    const salted = columns.has('data_salt');
    const page = db.prepare<[number, number], Row>(
      `SELECT position, id, stream_id, revision, type, data, metadata, recorded_at,
         ${salted ? 'data_salt, hash_format' : 'NULL AS data_salt, 1 AS hash_format'},
         data_digest, metadata_digest, hash, global_hash
       FROM events WHERE position > ? ORDER BY position LIMIT ?`,
    );
    const pageSize = options.pageSize ?? 2000;
    // One snapshot for the whole walk: appends made meanwhile are not half seen.
    db.exec('BEGIN');
    const total = (db.prepare('SELECT COUNT(*) AS n FROM events').get() as { n: number }).n;
    const erased = new Set(
      salted
        ? db
            .prepare('SELECT position FROM erasures')
            .pluck()
            .all()
            .map((p) => p as number)
        : [],
    );
    const streams = new Map<string, { revision: number; hash: string }>();
    const last = { position: 0, globalHash: GENESIS };
    let checked = 0;
    for (;;) {
      const rows = page.all(last.position, pageSize);
      for (const row of rows) {
        const problem = problemWith(
          row,
          last,
          streams.get(row.stream_id),
          erased.has(row.position),
        );
        if (problem) {
          const { position, stream_id: streamId, revision } = row;
          return { ok: false, checked, firstBroken: { position, streamId, revision, problem } };
        }
        streams.set(row.stream_id, { revision: row.revision, hash: row.hash });
        last.position = row.position;
        last.globalHash = row.global_hash;
        checked++;
      }
      options.onProgress?.(checked, total);
      if (rows.length < pageSize) break;
      // Let the process breathe between pages (a server verifying itself keeps serving).
      await new Promise((resolve) => setImmediate(resolve));
    }
    const head = db
      .prepare(
        `SELECT position, global_hash, ${salted ? 'stream_id, revision' : 'NULL AS stream_id, NULL AS revision'} FROM chain_head WHERE singleton = 1`,
      )
      .get() as Head | undefined;
    const broken = problemWithHead(head, last);
    return broken ? { ok: false, checked, firstBroken: broken } : { ok: true, checked };
  } catch (error) {
    throw describeSqliteError(file, error);
  } finally {
    if (db.inTransaction) db.exec('COMMIT');
    db.close();
  }
}
