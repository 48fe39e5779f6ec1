import type Database from 'better-sqlite3';
import {
  StoreUnavailable,
  type EventFilter,
  type ReadAllOptions,
  type ReadStreamOptions,
  type RecordedEvent,
} from '../port';
import { fromPages } from '../pages';
import { EVENT_COLUMNS, type EventRow } from './schema';

/**
 * Reads of the embedded store. Every read is a page: a LIMIT query run to completion, never
 * a cursor held across an await, so a slow reader never holds a read transaction open (which
 * would stop checkpoints from recycling the WAL) and the writer never waits on one.
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
 * promise that order, so it is checked, as are the count and shape of the rows (a page that
 * fails a check is read as rows).
 * Any failure of the document (a page longer than the driver's longest string, a row whose
 * JSON an edit broke) reads the page again as rows, which name the event at fault.
 */
const PAGE_AS_JSON = `'[' || group_concat('[' || position || ',' || json_quote(id) || ',' || json_quote(stream_id) || ',' || revision || ',' || json_quote(type) || ',' || data || ',' || metadata || ',' || json_quote(recorded_at) || ']', ',') || ']'`;

type PageRow = [number, string, string, number, string, unknown, RecordedEvent['metadata'], string];

/** The page's events, or undefined when the document cannot be used (see PAGE_AS_JSON). */
function fromPage(text: string | null, count: number): RecordedEvent[] | undefined {
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

const END = Number.MAX_SAFE_INTEGER;
/** Stream ids per query of readStreams: well inside SQLite's limit on parameters. */
const IDS_PER_QUERY = 500;

/** Runs a read of the file, answering its failures as the store's errors (store.ts). */
export type Guard = <T>(read: () => T) => T;

export function createReads(
  db: Database.Database,
  pageSize: number,
  guard: Guard = (read) => read(),
) {
  const statements = {
    forwards: db.prepare<[string, number, number], EventRow>(
      `SELECT ${EVENT_COLUMNS} FROM events WHERE stream_id = ? AND revision >= ? ORDER BY revision LIMIT ?`,
    ),
    backwards: db.prepare<[string, number, number], EventRow>(
      `SELECT ${EVENT_COLUMNS} FROM events WHERE stream_id = ? AND revision <= ? ORDER BY revision DESC LIMIT ?`,
    ),
    head: db.prepare<[], { position: number | null }>(
      'SELECT MAX(position) AS position FROM events',
    ),
  };

  // Statements per shape of filter (how many prefixes, how many types): the page as one
  // JSON document, and as rows.
  const filtered = new Map<
    string,
    {
      json: Database.Statement<unknown[], [string | null, number]>;
      rows: Database.Statement<unknown[], EventRow>;
    }
  >();
  /** Events with from <= position <= to matching the filter, in order, at most `limit`. */
  function page(filter: EventFilter | undefined) {
    const prefixes = filter?.streamPrefixes ?? [];
    const types = filter?.eventTypes ?? [];
    const key = `${prefixes.length}/${types.length}`;
    let statements = filtered.get(key);
    if (!statements) {
      const conditions = ['position >= ?', 'position <= ?'];
      // substr(...) = prefix matches exactly, whatever characters a prefix holds (LIKE would not).
      if (prefixes.length > 0)
        conditions.push(`(${prefixes.map(() => 'substr(stream_id, 1, ?) = ?').join(' OR ')})`);
      if (types.length > 0) conditions.push(`type IN (${types.map(() => '?').join(', ')})`);
      const rows = `SELECT ${EVENT_COLUMNS} FROM events WHERE ${conditions.join(' AND ')} ORDER BY position LIMIT ?`;
      statements = {
        json: db
          .prepare<unknown[], [string | null, number]>(
            `SELECT ${PAGE_AS_JSON}, count(*) FROM (${rows})`,
          )
          .raw(),
        rows: db.prepare<unknown[], EventRow>(rows),
      };
      filtered.set(key, statements);
    }
    const { json, rows } = statements;
    const params = [...prefixes.flatMap((p) => [p.length, p]), ...types];
    return (from: number, to: number, limit: number): RecordedEvent[] => {
      let events: RecordedEvent[] | undefined;
      try {
        events = fromPage(...json.get(from, to, ...params, limit)!);
      } catch (error) {
        if ((error as { code?: string }).code !== 'SQLITE_TOOBIG') throw error;
      }
      return events ?? rows.all(from, to, ...params, limit).map(toRecorded);
    };
  }

  function readStream(
    streamId: string,
    options: ReadStreamOptions = {},
  ): AsyncIterable<RecordedEvent> {
    const backwards = options.direction === 'backwards';
    const statement = backwards ? statements.backwards : statements.forwards;
    let next = options.from ?? (backwards ? END : 0);
    let remaining = options.limit ?? END;
    return fromPages(() =>
      guard(() => {
        if (remaining <= 0) return null;
        const size = Math.min(pageSize, remaining);
        const rows = statement.all(streamId, next, size);
        remaining = rows.length < size ? 0 : remaining - rows.length;
        if (rows.length > 0) next = rows[rows.length - 1]!.revision + (backwards ? -1 : 1);
        return rows.map(toRecorded);
      }),
    );
  }

  function readAll(options: ReadAllOptions = {}): AsyncIterable<RecordedEvent> {
    const to = options.toPosition ?? END;
    let from = options.fromPosition ?? 1;
    let remaining = options.limit ?? END;
    let read: ReturnType<typeof page> | undefined;
    return fromPages(() =>
      guard(() => {
        if (remaining <= 0) return null;
        const size = Math.min(pageSize, remaining);
        read ??= page(options.filter);
        const events = read(from, to, size);
        remaining = events.length < size ? 0 : remaining - events.length;
        if (events.length > 0) from = events[events.length - 1]!.position + 1;
        return events;
      }),
    );
  }

  const byStreams = new Map<number, Database.Statement<string[], EventRow>>();
  /** The rows of several streams (each id once), in global order. */
  function rowsOfStreams(streamIds: readonly string[]): EventRow[] {
    const rows: EventRow[] = [];
    for (let i = 0; i < streamIds.length; i += IDS_PER_QUERY) {
      const chunk = streamIds.slice(i, i + IDS_PER_QUERY);
      let statement = byStreams.get(chunk.length);
      if (!statement) {
        statement = db.prepare<string[], EventRow>(
          `SELECT ${EVENT_COLUMNS} FROM events WHERE stream_id IN (${chunk.map(() => '?').join(', ')}) ORDER BY position`,
        );
        byStreams.set(chunk.length, statement);
      }
      rows.push(...statement.all(...chunk));
    }
    if (streamIds.length > IDS_PER_QUERY) rows.sort((a, b) => a.position - b.position);
    return rows;
  }

  return {
    readStream,
    readAll,
    rowsOfStreams,
    page,
    headPosition: (): number => statements.head.get()?.position ?? 0,
  };
}
