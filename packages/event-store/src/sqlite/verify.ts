import fs from 'node:fs';
import Database from 'better-sqlite3';
import { StoreUnavailable } from '../port';
import { dataDigest, eventHash, GENESIS, globalHash, sha256 } from './hash-chain';
import { describeSqliteError } from './open';
import {
  problemAtPublishedPosition,
  problemWithPublishedEnd,
  type ChainHead,
} from './published-head';
import { schemaVersion, type EventRow } from './schema';

/**
 * Verification of an embedded store's tamper evidence (the design is in hash-chain.ts):
 * every row, in position order, against its digests, the previous event of its stream and
 * the previous row of the log, then the chain head against the last row. It reads one
 * snapshot of the file (a read transaction), in pages, and reports the first place where
 * the chain breaks and what is wrong there.
 *
 * Events listed in `erasures` are not checked against their data digest (their personal
 * data were erased) when, and only when, the erasure event the row cites is in the log and
 * names them; everything else about them is checked. With a published head (published-head.ts)
 * the walk also checks the log still holds it, which the chain alone cannot show.
 */

export interface VerifyOptions {
  /** Called after each page: rows checked so far, rows in the store. */
  onProgress?(checked: number, total: number): void;
  /** Rows read per query (default 2000). */
  pageSize?: number;
  /** A head published earlier: the event at its position must carry its global hash. */
  expectHead?: ChainHead;
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
  /** The newest event, when ok and the log is not empty: the head to publish. */
  head?: ChainHead;
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

/**
 * The type of the event an erasure appends (hash-chain.ts, "Erasure"), in a stream of its
 * own, `erasure-<uuid>`; its data name the erased event's position, id and data digest.
 * Nothing appends it yet, so today every `erasures` row is reported: a row there is how
 * anyone with the file would hide an edit of an event's data from its digest.
 */
export const ERASURE_EVENT_TYPE = 'PersonalDataErased';

/** An `erasures` row and the event it cites as its erasure, as the log holds it (if it does). */
interface ErasureClaim {
  erasureEventId: string | null;
  cited?: { position: number; type: string; data: string; alsoErased: boolean };
}

function namesEvent(data: string, row: Row): boolean {
  try {
    const named = JSON.parse(data) as Record<string, unknown> | null;
    return (
      named?.position === row.position &&
      named.eventId === row.id &&
      named.dataDigest === row.data_digest
    );
  } catch {
    return false;
  }
}

/**
 * Why an `erasures` row does not excuse its event's data, if it does not. The erasure event
 * comes after the event (it is appended when the data are erased) and its own data must be
 * checkable: data exempt from their digest prove nothing.
 */
function erasureNotProven(row: Row, claim: ErasureClaim): string | undefined {
  const { cited } = claim;
  if (!cited) {
    return claim.erasureEventId === null
      ? 'the row names no erasure event'
      : `the log holds no event ${claim.erasureEventId}, the erasure event the row names`;
  }
  const which = `the event it names (position ${cited.position})`;
  if (cited.type !== ERASURE_EVENT_TYPE) {
    return `${which} is a ${cited.type}, not a ${ERASURE_EVENT_TYPE}`;
  }
  if (cited.position <= row.position) return `${which} is not later than this one`;
  if (cited.alsoErased) return `${which} is listed as erased itself`;
  if (!namesEvent(cited.data, row)) {
    return `${which} does not name this event's position, id and data digest`;
  }
  return undefined;
}

function dataProblem(row: Row, erasure: ErasureClaim | undefined): string | undefined {
  if (erasure) {
    const why = erasureNotProven(row, erasure);
    return why
      ? `it is listed in erasures, so its data are not checked against their digest, but ${why}: the data may have been changed and the erasure forged`
      : undefined;
  }
  return dataDigest(row.data_salt, row.data) !== row.data_digest
    ? 'its data do not match their digest: the data were changed'
    : undefined;
}

/** The first problem with one row, given the chain up to the row before it. */
function problemWith(
  row: Row,
  previous: { position: number; globalHash: string },
  inStream: { revision: number; hash: string } | undefined,
  erasure: ErasureClaim | undefined,
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
  const data = dataProblem(row, erasure);
  if (data) return data;
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

/** Every `erasures` row by position, with the event it cites looked up in the same snapshot. */
function readErasures(db: Database.Database): Map<number, ErasureClaim> {
  const rows = db
    .prepare(
      `SELECT x.position, x.erasure_event_id, e.position AS cited_position, e.type, e.data
       FROM erasures x LEFT JOIN events e ON e.id = x.erasure_event_id`,
    )
    .all() as {
    position: number;
    erasure_event_id: string | null;
    cited_position: number | null;
    type: string | null;
    data: string | null;
  }[];
  const listed = new Set(rows.map((r) => r.position));
  return new Map(
    rows.map((r) => [
      r.position,
      {
        erasureEventId: r.erasure_event_id,
        ...(r.cited_position !== null && {
          cited: {
            position: r.cited_position,
            type: r.type!,
            data: r.data!,
            alsoErased: listed.has(r.cited_position),
          },
        }),
      },
    ]),
  );
}

/** The log no longer reaches the head published earlier (deleted, chain_head rolled back). */
function problemWithLogEnd(
  published: ChainHead | undefined,
  lastPosition: number,
): BrokenLink | undefined {
  const problem = published && problemWithPublishedEnd(published, lastPosition);
  return problem
    ? { position: published.position, streamId: '', revision: -1, problem }
    : undefined;
}

/** An `erasures` row for a position the walk never reached: no event of the log can match it. */
function strayErasure(
  erasures: Map<number, ErasureClaim>,
  lastPosition: number,
): BrokenLink | undefined {
  const stray = [...erasures.keys()].find((p) => p < 1 || p > lastPosition);
  if (stray === undefined) return undefined;
  return {
    position: stray,
    streamId: '',
    revision: -1,
    problem: `it is listed in erasures but the log holds no event at position ${stray}: the erasures table was altered`,
  };
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
    const erasures = salted ? readErasures(db) : new Map<number, ErasureClaim>();
    const streams = new Map<string, { revision: number; hash: string }>();
    const last = { position: 0, globalHash: GENESIS };
    const published = options.expectHead;
    let checked = 0;
    for (;;) {
      const rows = page.all(last.position, pageSize);
      for (const row of rows) {
        const problem =
          problemWith(row, last, streams.get(row.stream_id), erasures.get(row.position)) ??
          (row.position === published?.position
            ? problemAtPublishedPosition(published, row.global_hash)
            : undefined);
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
    const broken =
      problemWithHead(head, last) ??
      problemWithLogEnd(published, last.position) ??
      strayErasure(erasures, last.position);
    if (broken) return { ok: false, checked, firstBroken: broken };
    return {
      ok: true,
      checked,
      ...(last.position > 0 && { head: { position: last.position, globalHash: last.globalHash } }),
    };
  } catch (error) {
    throw describeSqliteError(file, error);
  } finally {
    if (db.inTransaction) db.exec('COMMIT');
    db.close();
  }
}
