import type Database from 'better-sqlite3';
import { deepFreeze } from '../freeze';
import type { RecordedEvent } from '../port';

/**
 * What a connection knows about the log without reading it again, for `readStreams` (the
 * command handler's load): the ids of every stream that exists, and the events of streams
 * read lately, both as of a known head position.
 *
 * This store's own appends (from either of its threads) are learnt as they are acknowledged:
 * one that follows on from the known head moves it, with no read. Other writers (another
 * process) are found by reading the chain head (one row), at most once every `headCheckMs`:
 * if the log has moved, the streams written in between are learnt, from this store's own
 * appends when they account for every new position, else from the rows (one range read).
 * Those streams join the set of ids, and the ones held are marked as behind. Then a stream not
 * in the set has no events (nothing to read: a command creating an entity reads nothing), a
 * held stream is answered from memory, and one behind reads only its events after the last it
 * holds (a stream only grows): a long stream (the organisation registry, a board's action log)
 * is not read and parsed again whole after each command appends to it.
 *
 * So another process's append may go unseen for up to `headCheckMs`: a command decided on
 * that older state is refused by its expected revision, and the store then checks the head
 * at once (`refused`), so the retry sees it.
 *
 * The cache keeps events parsed and deep-frozen, shared by every caller: a command on a
 * board with a long history no longer parses it again each time. It holds at most
 * `maxEvents` events, the least recently read streams going first. The ids are learnt on
 * first use, from the index of streams (about 0.2 s for a million events).
 */

export interface StreamCacheOptions {
  /** Most events held (default 50,000); a stream of more than a quarter of that is never held. */
  maxEvents?: number;
  /** How long other writers' appends may go unseen (default 2 ms; 0: check on every use). */
  headCheckMs?: number;
}

/** An append of this store: the stream, and its last position (keyed by its first). */
interface OwnWrite {
  last: number;
  streamId: string;
}

/** How the cache reads events from the file. */
export interface StreamReader {
  /** Every event of the streams, in global order. */
  streams(streamIds: readonly string[]): RecordedEvent[];
  /** A stream's events after a revision, in order. */
  after(streamId: string, revision: number): RecordedEvent[];
}

export function createStreamCache(
  db: Database.Database,
  read: StreamReader,
  options: StreamCacheOptions = {},
) {
  const maxEvents = options.maxEvents ?? 50_000;
  const headCheckMs = options.headCheckMs ?? 2;
  const statements = {
    head: db.prepare<[], { position: number }>(
      'SELECT position FROM chain_head WHERE singleton = 1',
    ),
    lastRow: db.prepare<[], { position: number }>(
      'SELECT position FROM events ORDER BY position DESC LIMIT 1',
    ),
    written: db
      .prepare<[number, number], string>(
        'SELECT DISTINCT stream_id FROM events WHERE position > ? AND position <= ?',
      )
      .pluck(),
    allIds: db.prepare<[], string>('SELECT DISTINCT stream_id FROM events').pluck(),
  };

  /** Every stream that exists as of `knownHead` (perhaps a few more); undefined until first use. */
  let streamIds: Set<string> | undefined;
  let knownHead = 0;
  /** Appends of this store not yet learnt, by first position. */
  const own = new Map<number, OwnWrite>();
  /** Events of streams read lately, least recently read first. */
  const contents = new Map<string, RecordedEvent[]>();
  /** Held streams that have had events appended since they were read. */
  const behind = new Set<string>();
  let held = 0;
  /** When the head was last read; a refused append asks for it to be read at once. */
  let checkedAt = -Infinity;

  function forget(streamId: string) {
    const rows = contents.get(streamId);
    if (!rows) return;
    contents.delete(streamId);
    behind.delete(streamId);
    held -= rows.length;
  }

  /** A stream was appended to: a held one reads what it lacks at its next use. */
  function written(streamId: string) {
    streamIds!.add(streamId);
    if (contents.has(streamId)) behind.add(streamId);
  }

  const longest = Math.max(1, maxEvents / 4);

  function hold(streamId: string, rows: RecordedEvent[]) {
    if (rows.length > longest) return;
    forget(streamId);
    contents.set(streamId, rows);
    held += rows.length;
    evict();
  }

  function evict() {
    for (const [oldest] of contents) {
      if (held <= maxEvents) break;
      forget(oldest);
    }
  }

  /** The streams written at every position in (from, to], when this store wrote them all. */
  function ownWrites(from: number, to: number): string[] | undefined {
    const streams: string[] = [];
    for (let position = from + 1; position <= to;) {
      const write = own.get(position);
      if (!write) return undefined;
      streams.push(write.streamId);
      position = write.last + 1;
    }
    return streams;
  }

  /** Brings the set of ids and the held events up to the log's head. */
  function catchUp() {
    const now = performance.now();
    if (streamIds && now - checkedAt < headCheckMs) return;
    checkedAt = now;
    const head = (statements.head.get() ?? statements.lastRow.get())?.position ?? 0;
    if (!streamIds || head < knownHead) {
      // First use, or a log that shrank (only a tampered file does): learn it all again.
      streamIds = new Set(statements.allIds.all());
      contents.clear();
      behind.clear();
      held = 0;
    } else if (head > knownHead) {
      for (const streamId of ownWrites(knownHead, head) ?? statements.written.all(knownHead, head))
        written(streamId);
    }
    knownHead = head;
    for (const first of own.keys()) if (first <= head) own.delete(first);
  }

  /**
   * A held stream with the events appended since it was read (held again, as the most
   * recently read); undefined when it must be read whole.
   */
  function broughtUpToDate(streamId: string, rows: RecordedEvent[]): RecordedEvent[] | undefined {
    behind.delete(streamId);
    const last = rows[rows.length - 1]!.revision;
    const newer = read.after(streamId, last).map(deepFreeze);
    // Revisions follow on from the last held, or the file is not what was read: read it whole.
    if (newer.some((event, i) => event.revision !== last + 1 + i)) {
      forget(streamId);
      return undefined;
    }
    if (rows.length + newer.length > longest) {
      forget(streamId);
      return rows.concat(newer);
    }
    // Held arrays never leave the cache (callers get copies), so they grow in place.
    rows.push(...newer);
    held += newer.length;
    contents.delete(streamId);
    contents.set(streamId, rows);
    evict();
    return rows;
  }

  return {
    /** Every event of the streams, in global order (frozen: they are shared). */
    eventsOf(requested: readonly string[]): RecordedEvent[] {
      catchUp();
      const rows: RecordedEvent[] = [];
      const unknown: string[] = [];
      let streams = 0;
      for (const streamId of new Set(requested)) {
        if (!streamIds!.has(streamId)) continue;
        let held = contents.get(streamId);
        if (held && behind.has(streamId)) held = broughtUpToDate(streamId, held);
        else if (held) {
          // Most recently read last.
          contents.delete(streamId);
          contents.set(streamId, held);
        }
        if (!held) {
          unknown.push(streamId);
          continue;
        }
        rows.push(...held);
        streams++;
      }
      if (unknown.length > 0) {
        const whole = read.streams(unknown).map(deepFreeze);
        const byStream = new Map<string, RecordedEvent[]>(unknown.map((id) => [id, []]));
        for (const event of whole) byStream.get(event.streamId)!.push(event);
        for (const [streamId, streamRows] of byStream) {
          if (streamRows.length > 0) hold(streamId, streamRows);
        }
        rows.push(...whole);
        streams += unknown.length;
      }
      if (streams > 1) rows.sort((a, b) => a.position - b.position);
      return rows;
    },
    /** This store appended to `streamId` at positions first..last (committed). */
    appended(streamId: string, first: number, last: number) {
      if (!streamIds || last <= knownHead) return;
      if (first !== knownHead + 1) {
        // Someone else wrote in between (or an earlier own append is yet to be told): the
        // positions between are learnt from the file at the next use.
        own.set(first, { last, streamId });
        checkedAt = -Infinity;
        return;
      }
      // This one, then any told out of order that now follow on.
      for (
        let next: OwnWrite | undefined = { last, streamId };
        next;
        next = own.get(knownHead + 1)
      ) {
        own.delete(knownHead + 1);
        written(next.streamId);
        knownHead = next.last;
      }
    },
    /** An append was refused on its expected revision: the next use reads the head. */
    refused() {
      checkedAt = -Infinity;
    },
  };
}
