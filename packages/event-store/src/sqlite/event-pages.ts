import type Database from 'better-sqlite3';
import { StoreUnavailable, type EventFilter, type RecordedEvent } from '../port';
import { EVENT_COLUMNS, type EventRow } from './schema';

/**
 * How events come out of the file: a row as an event, and a page of $all (the reads of a
 * rebuild, an as-of question, a subscription catching up) as one JSON document.
 */

/** A stored row as an event; a row whose JSON does not parse is named, for `tracker verify`. */
export function toRecorded(row: EventRow): RecordedEvent {
  let data: unknown;
  let metadata: RecordedEvent['metadata'];
  try {
    data = JSON.parse(row.data);
    metadata = JSON.parse(row.metadata) as RecordedEvent['metadata'];
  } catch (error) {
    throw new StoreUnavailable(
      `the event at position ${row.position} (stream ${row.stream_id}, revision ${row.revision}) is not valid JSON (${(error as Error).message}): the file was altered or damaged; run \`npm run tracker -- verify\` to see what changed and restore it from a backup`,
      { cause: error },
    );
  }
  return {
    id: row.id,
    streamId: row.stream_id,
    revision: row.revision,
    position: row.position,
    type: row.type,
    data,
    metadata,
    recordedAt: row.recorded_at,
  };
}

/**
 * A page of $all as ONE JSON document built by SQLite: an array of
 * [position, id, stream_id, revision, type, data, metadata, recorded_at] rows, the data and
 * metadata spliced in as the JSON text they are stored as (the store wrote them with
 * JSON.stringify) and the text columns quoted by json_quote. One string and one JSON.parse
 * per page, instead of a row object and eight strings made through the driver per event,
 * which cost more than parsing the events: reading a million events takes about a fifth
 * less time than a loop over row objects (bench/audit.ts).
 *
 * group_concat takes the rows in the order the inner query gives them; SQLite does not
 * promise that order, so it is checked, as are the count and shape of the rows. A page that
 * fails a check, or whose document cannot be made or parsed (longer than the driver's
 * longest string, a row whose JSON an edit broke), is read again as rows, which name the
 * event at fault.
 */
const PAGE_AS_JSON = `'[' || group_concat('[' || position || ',' || json_quote(id) || ',' || json_quote(stream_id) || ',' || revision || ',' || json_quote(type) || ',' || data || ',' || metadata || ',' || json_quote(recorded_at) || ']', ',') || ']'`;

type PageRow = [number, string, string, number, string, unknown, RecordedEvent['metadata'], string];

/** The page's events, or undefined when the document cannot be used (see PAGE_AS_JSON). */
export function eventsOfDocument(text: string | null, count: number): RecordedEvent[] | undefined {
  if (text === null) return [];
  let rows: PageRow[];
  try {
    rows = JSON.parse(text) as PageRow[];
  } catch {
    return undefined;
  }
  if (rows.length !== count) return undefined;
  const events: RecordedEvent[] = new Array(rows.length);
  let previous = 0;
  for (let i = 0; i < rows.length; i++) {
    const row = rows[i]!;
    const [position, id, streamId, revision, type, data, metadata, recordedAt] = row;
    if (row.length !== 8 || !(position > previous)) return undefined;
    previous = position;
    events[i] = { id, streamId, revision, position, type, data, metadata, recordedAt };
  }
  return events;
}

/** A page of $all as a document: its text (null when empty), how many rows, the last position. */
export type PageDocument = [text: string | null, count: number, last: number | null];

export interface PageQueries {
  /** The page as one document; throws SQLITE_TOOBIG when longer than the driver's strings. */
  document(from: number, to: number, limit: number): PageDocument;
  rows(from: number, to: number, limit: number): EventRow[];
}

/**
 * The queries of a page of $all (from <= position <= to, matching the filter, in order, at
 * most `limit`), prepared once per shape of filter (how many prefixes, how many types).
 */
export function createPageQueries(db: Database.Database): (filter?: EventFilter) => PageQueries {
  const prepared = new Map<
    string,
    {
      document: Database.Statement<unknown[], PageDocument>;
      rows: Database.Statement<unknown[], EventRow>;
    }
  >();
  return (filter) => {
    const prefixes = filter?.streamPrefixes ?? [];
    const types = filter?.eventTypes ?? [];
    const key = `${prefixes.length}/${types.length}`;
    let statements = prepared.get(key);
    if (!statements) {
      const conditions = ['position >= ?', 'position <= ?'];
      // substr(...) = prefix matches exactly, whatever characters a prefix holds (LIKE would not).
      if (prefixes.length > 0)
        conditions.push(`(${prefixes.map(() => 'substr(stream_id, 1, ?) = ?').join(' OR ')})`);
      if (types.length > 0) conditions.push(`type IN (${types.map(() => '?').join(', ')})`);
      const rows = `SELECT ${EVENT_COLUMNS} FROM events WHERE ${conditions.join(' AND ')} ORDER BY position LIMIT ?`;
      statements = {
        document: db
          .prepare<unknown[], PageDocument>(
            `SELECT ${PAGE_AS_JSON}, count(*), max(position) FROM (${rows})`,
          )
          .raw(),
        rows: db.prepare<unknown[], EventRow>(rows),
      };
      prepared.set(key, statements);
    }
    const { document, rows } = statements;
    const params = [...prefixes.flatMap((p) => [p.length, p]), ...types];
    return {
      document: (from, to, limit) => document.get(from, to, ...params, limit)!,
      rows: (from, to, limit) => rows.all(from, to, ...params, limit),
    };
  };
}

export const isTooBig = (error: unknown) =>
  (error as { code?: string } | null)?.code === 'SQLITE_TOOBIG';

/** A page read here: as a document, or as rows when the document cannot be used. */
export function readPage(queries: PageQueries, from: number, to: number, limit: number) {
  let events: RecordedEvent[] | undefined;
  try {
    const [text, count] = queries.document(from, to, limit);
    events = eventsOfDocument(text, count);
  } catch (error) {
    if (!isTooBig(error)) throw error;
  }
  return events ?? queries.rows(from, to, limit).map(toRecorded);
}
