import type Database from 'better-sqlite3';
import type { EventFilter, ReadAllOptions, ReadStreamOptions, RecordedEvent } from '../port';
import { EVENT_COLUMNS, type EventRow } from './schema';

/**
 * Reads of the embedded store. Every read is a page: a LIMIT query run to completion, never
 * a cursor held across an await, so a slow reader never holds a read transaction open (which
 * would stop checkpoints from recycling the WAL) and the writer never waits on one.
 */

export const toRecorded = (row: EventRow): RecordedEvent => ({
  id: row.id,
  streamId: row.stream_id,
  revision: row.revision,
  position: row.position,
  type: row.type,
  data: JSON.parse(row.data) as unknown,
  metadata: JSON.parse(row.metadata) as RecordedEvent['metadata'],
  recordedAt: row.recorded_at,
});

const END = Number.MAX_SAFE_INTEGER;
/** Stream ids per query of readStreams: well inside SQLite's limit on parameters. */
const IDS_PER_QUERY = 500;

export function createReads(db: Database.Database, pageSize: number) {
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

  // One statement per shape of filter (how many prefixes, how many types).
  const filtered = new Map<string, Database.Statement<unknown[], EventRow>>();
  /** Events with from <= position <= to matching the filter, in order, at most `limit`. */
  function page(filter: EventFilter | undefined) {
    const prefixes = filter?.streamPrefixes ?? [];
    const types = filter?.eventTypes ?? [];
    const key = `${prefixes.length}/${types.length}`;
    let statement = filtered.get(key);
    if (!statement) {
      const conditions = ['position >= ?', 'position <= ?'];
      // substr(...) = prefix matches exactly, whatever characters a prefix holds (LIKE would not).
      if (prefixes.length > 0)
        conditions.push(`(${prefixes.map(() => 'substr(stream_id, 1, ?) = ?').join(' OR ')})`);
      if (types.length > 0) conditions.push(`type IN (${types.map(() => '?').join(', ')})`);
      statement = db.prepare<unknown[], EventRow>(
        `SELECT ${EVENT_COLUMNS} FROM events WHERE ${conditions.join(' AND ')} ORDER BY position LIMIT ?`,
      );
      filtered.set(key, statement);
    }
    const bound = statement;
    const params = [...prefixes.flatMap((p) => [p.length, p]), ...types];
    return (from: number, to: number, limit: number): RecordedEvent[] =>
      bound.all(from, to, ...params, limit).map(toRecorded);
  }

  async function* readStream(
    streamId: string,
    options: ReadStreamOptions = {},
  ): AsyncGenerator<RecordedEvent> {
    const backwards = options.direction === 'backwards';
    const statement = backwards ? statements.backwards : statements.forwards;
    let next = options.from ?? (backwards ? END : 0);
    let remaining = options.limit ?? END;
    while (remaining > 0) {
      const size = Math.min(pageSize, remaining);
      const rows = statement.all(streamId, next, size);
      for (const row of rows) yield toRecorded(row);
      if (rows.length < size) return;
      remaining -= rows.length;
      next = rows[rows.length - 1]!.revision + (backwards ? -1 : 1);
    }
  }

  async function* readAll(options: ReadAllOptions = {}): AsyncGenerator<RecordedEvent> {
    const read = page(options.filter);
    const to = options.toPosition ?? END;
    let from = options.fromPosition ?? 1;
    let remaining = options.limit ?? END;
    while (remaining > 0) {
      const size = Math.min(pageSize, remaining);
      const events = read(from, to, size);
      for (const event of events) yield event;
      if (events.length < size) return;
      remaining -= events.length;
      from = events[events.length - 1]!.position + 1;
    }
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
