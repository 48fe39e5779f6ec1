import type Database from 'better-sqlite3';
import {
  type EventFilter,
  type ReadAllOptions,
  type ReadStreamOptions,
  type RecordedEvent,
} from '../port';
import { asPages, fromPages } from '../pages';
import {
  createPageQueries,
  eventsOfDocument,
  readPage,
  toRecorded,
  type PageQueries,
} from './event-pages';
import type { AheadPage, PageStream, ReadAhead } from './read-ahead';
import { EVENT_COLUMNS, type EventRow } from './schema';

/**
 * Reads of the embedded store. Every read is a page: a LIMIT query run to completion, never
 * a cursor held across an await, so a slow reader never holds a read transaction open (which
 * would stop checkpoints from recycling the WAL) and the writer never waits on one. Pages
 * of $all come as JSON documents (event-pages.ts); a long read of $all goes on on the
 * read-ahead thread (read-ahead.ts).
 */

const END = Number.MAX_SAFE_INTEGER;
/** Stream ids per query of readStreams: well inside SQLite's limit on parameters. */
const IDS_PER_QUERY = 500;

/** Runs a read of the file, answering its failures as the store's errors (store.ts). */
export type Guard = <T>(read: () => T) => T;

export interface ReadsOptions {
  pageSize: number;
  guard?: Guard;
  /** Where long reads of $all go on (read-ahead.ts); without it, they stay here. */
  readAhead?: ReadAhead;
}

/** Pages a read of $all reads itself before it goes to the read-ahead thread: a long read. */
const HAND_OVER_AFTER = 4;
/**
 * Events per page on the read-ahead thread: fewer, larger messages (at 500 a page the thread
 * spends as much time passing pages as reading them).
 */
const AHEAD_PAGE_SIZE = 2000;

export function createReads(
  db: Database.Database,
  { pageSize, guard = (read) => read(), readAhead }: ReadsOptions,
) {
  const pageQueries = createPageQueries(db);
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

  /** The pages of a read of $all: the next one (null at the end), and a stop for a reader that leaves. */
  function pagesOfAll(options: ReadAllOptions = {}) {
    const to = options.toPosition ?? END;
    let from = options.fromPosition ?? 1;
    let remaining = options.limit ?? END;
    let pagesHere = 0;
    let queries: PageQueries | undefined;
    let ahead: PageStream | undefined;

    const advance = (events: RecordedEvent[], end: boolean) => {
      remaining = end ? 0 : remaining - events.length;
      if (events.length > 0) from = events[events.length - 1]!.position + 1;
      return events;
    };
    const here = () =>
      guard(() => {
        queries ??= pageQueries(options.filter);
        const size = Math.min(pageSize, remaining);
        const events = readPage(queries, from, to, size);
        pagesHere++;
        return advance(events, events.length < size);
      });
    const fromAhead = (page: AheadPage) =>
      guard(() => {
        if (page.kind === 'takeOver') {
          ahead = undefined;
          from = page.from;
          return here();
        }
        const [text, count, last] = page.document;
        const events =
          eventsOfDocument(text, count) ??
          queries!.rows(page.from, last ?? page.from, count).map(toRecorded);
        return advance(events, page.end);
      });

    return {
      next: (): RecordedEvent[] | null | Promise<RecordedEvent[]> => {
        if (remaining <= 0) return null;
        if (!ahead && readAhead && pagesHere >= HAND_OVER_AFTER) {
          ahead = readAhead.open({
            from,
            to,
            remaining,
            filter: options.filter,
            pageSize: Math.max(pageSize, AHEAD_PAGE_SIZE),
          });
        }
        if (!ahead && readAhead?.starting) {
          // A reader of pages read here never leaves the microtask queue, so the thread's
          // "ready" would wait for the end of the read: give the event loop a turn per page.
          return new Promise<void>((resolve) => setImmediate(resolve)).then(here);
        }
        if (!ahead) return here();
        return ahead.next().then(fromAhead, (error: unknown) =>
          guard(() => {
            throw error;
          }),
        );
      },
      stop: () => ahead?.cancel(),
    };
  }

  function readAll(options?: ReadAllOptions): AsyncIterable<RecordedEvent> {
    const pages = pagesOfAll(options);
    return fromPages(pages.next, pages.stop);
  }

  function readAllPages(options?: ReadAllOptions): AsyncIterable<readonly RecordedEvent[]> {
    const pages = pagesOfAll(options);
    return asPages(pages.next, pages.stop);
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

  const afterRevision = db.prepare<[string, number], EventRow>(
    `SELECT ${EVENT_COLUMNS} FROM events WHERE stream_id = ? AND revision > ? ORDER BY revision`,
  );

  return {
    readStream,
    readAll,
    readAllPages,
    rowsOfStreams,
    /** A stream's rows after a revision, in order. */
    rowsOfStreamAfter: (streamId: string, revision: number): EventRow[] =>
      afterRevision.all(streamId, revision),
    /** Events with from <= position <= to matching the filter, in order, at most `limit`. */
    page: (filter?: EventFilter) => {
      const queries = pageQueries(filter);
      return (from: number, to: number, limit: number) => readPage(queries, from, to, limit);
    },
    headPosition: (): number => statements.head.get()?.position ?? 0,
  };
}
