import { applyEvent, eventRoutes, type AnyProjection, type Projection } from '@tracker/projections';
import type { RecordedEvent } from '@tracker/event-store';
import type { EventSource } from './event-source';
import type { SnapshotStore } from './snapshot-store';

/**
 * Read models as they stood at a past point, or rebuilt from zero: start from the nearest
 * earlier snapshot (or from nothing) and replay the log up to that point.
 *
 * A point is a position, a recorded time, or both (whichever comes first). For a recorded
 * time the snapshot taken is the latest whose last event was recorded at or before it; this
 * relies on recorded times never decreasing along the log, which is also why the replay may
 * stop at the first event recorded later. The embedded SQLite store keeps that order: every
 * batch is written in one IMMEDIATE transaction, which holds the file's write lock from
 * BEGIN, and takes its time (one for the batch) inside that transaction, after the lock
 * (packages/event-store/src/sqlite/write.ts, writeBatch); the main thread's connection and the
 * commit thread's both go through it, and so do other processes on the same file, so a later
 * position never gets an earlier time. The one exception is the machine's clock stepping
 * back (an NTP correction) between two commits: events recorded in that window would count
 * as earlier than events before them, and a time limit falling inside that step is then
 * ambiguous by that much however it is answered.
 *
 * A point may instead be a business date (`onDate`): the read models "as they stood on" that
 * day, built in log order from only the events whose business date is on or before it. Those
 * cannot start from a snapshot: business dates do not follow the log (a meeting held in March
 * may be recorded in April, after events about May), so no prefix of the log is the set of
 * events up to a day, and every replay by business date reads the log from position 1.
 */

export interface ReplayLimit {
  /** Replay events up to and including this position. */
  toPosition?: number;
  /** Replay events recorded at or before this time (ISO-8601). */
  toRecordedAt?: string;
  /**
   * Replay, from zero and in log order, only the events whose business date (see
   * businessDateOf) is on or before this calendar date (YYYY-MM-DD). Snapshots are not used.
   */
  onDate?: string;
}

/**
 * An event's business date: the calendar date of its metadata's `occurredAt` as written (a
 * date, or a date-time's date in its own offset: "2021-03-19T23:30:00-05:00" happened on the
 * 19th where it happened). The command path always records an occurredAt (the command's, or
 * the time it ran); an event without a readable one (appended straight to the store by other
 * means) counts as happening on the day it was recorded, the latest it can have happened.
 */
export function businessDateOf(event: RecordedEvent): string {
  const occurredAt = (event.metadata as { occurredAt?: unknown } | undefined)?.occurredAt;
  return typeof occurredAt === 'string' && /^\d{4}-\d{2}-\d{2}/.test(occurredAt)
    ? occurredAt.slice(0, 10)
    : event.recordedAt.slice(0, 10);
}

/** Whether an event is among those a limit replays (besides stopping at its position or time). */
const keptBy =
  ({ onDate }: ReplayLimit) =>
  (event: RecordedEvent): boolean =>
    onDate === undefined || businessDateOf(event) <= onDate;

/** Snapshots hold prefixes of the log: no use for a business date (see above). */
const snapshotsFor = (options: ReplayLimit & { snapshots?: SnapshotStore }) =>
  options.onDate === undefined ? options.snapshots : undefined;

export interface ReplayOptions extends ReplayLimit {
  snapshots?: SnapshotStore;
  /** Called every so often with the position reached. */
  onProgress?: (position: number, applied: number) => void;
}

export interface ReplayResult {
  states: Map<string, unknown>;
  /** The last position applied (0 when none). */
  position: number;
  /** How many events were read from the store. */
  applied: number;
  /** When the last event applied was recorded (from the snapshot started from, if none). */
  recordedAt: string | null;
}

export async function replay(
  source: EventSource,
  projections: readonly AnyProjection[],
  options: ReplayOptions = {},
): Promise<ReplayResult> {
  const { toRecordedAt } = options;
  const toPosition = options.toPosition ?? Number.MAX_SAFE_INTEGER;
  const snapshots = snapshotsFor(options);
  const kept = keptBy(options);
  const slots = projections.map((projection) => {
    const snapshot = snapshots?.atOrBefore(
      projection.name,
      projection.version,
      toPosition,
      toRecordedAt,
    );
    return {
      projection,
      state: snapshot ? snapshot.state : projection.initialState(),
      position: snapshot?.position ?? 0,
      recordedAt: snapshot?.recordedAt ?? null,
    };
  });
  const earliest = slots.reduce<(typeof slots)[number] | undefined>(
    (min, s) => (min === undefined || s.position < min.position ? s : min),
    undefined,
  );
  const from = earliest?.position ?? 0;
  const routes = eventRoutes(projections);
  let position = from;
  let recordedAt = earliest?.recordedAt ?? null;
  let applied = 0;
  pages: for await (const page of source.readAllPages({ fromPosition: from + 1, toPosition })) {
    for (const event of page) {
      // Recorded times do not decrease along the log (see above): nothing after this is earlier.
      if (toRecordedAt !== undefined && event.recordedAt > toRecordedAt) break pages;
      if (!kept(event)) continue;
      for (const { index, handle } of routes(event.type)) {
        const slot = slots[index]!;
        if (event.position > slot.position) slot.state = handle(slot.state, event);
      }
      position = event.position;
      recordedAt = event.recordedAt;
      if (++applied % 10_000 === 0) options.onProgress?.(position, applied);
    }
  }
  options.onProgress?.(position, applied);
  return {
    states: new Map(slots.map((s) => [s.projection.name, s.state])),
    position,
    applied,
    recordedAt,
  };
}

/** One read model as it stood at a past position (or recorded time). */
export async function projectAsOf<S>(
  source: EventSource,
  projection: Projection<S>,
  limit: number | ReplayLimit,
  snapshots?: SnapshotStore,
): Promise<S> {
  const options = typeof limit === 'number' ? { toPosition: limit } : limit;
  const { states } = await replay(source, [projection], { ...options, snapshots });
  return states.get(projection.name) as S;
}

/** A read model rebuilt from zero over everything in the store. */
export async function rebuild<S>(source: EventSource, projection: Projection<S>): Promise<S> {
  return projectAsOf(source, projection, {});
}

/** Read models as they stood at a past point, each built only when first asked for. */
export interface ReadModelsAt {
  state<S>(projection: Projection<S>): S;
}

export interface ReadModelsAtOptions extends ReplayLimit {
  snapshots?: SnapshotStore;
  /**
   * How many events after the earliest snapshot may be held in memory (default 100,000: the
   * runner snapshots every read model every 50,000 events, so a point past the first snapshot
   * needs at most that many); beyond it every read model is replayed at once, streaming.
   */
  maxBufferedEvents?: number;
}

/**
 * The read models at a past point for one query, built lazily: the events between the
 * earliest snapshot and the point are read once; a read model is then built, from its own
 * snapshot plus those events, only when the query first touches it. A query about the
 * portfolio does not pay for parsing and replaying every other read model.
 */
export async function readModelsAt(
  source: EventSource,
  projections: readonly AnyProjection[],
  options: ReadModelsAtOptions = {},
): Promise<ReadModelsAt> {
  const { toRecordedAt } = options;
  const toPosition = options.toPosition ?? Number.MAX_SAFE_INTEGER;
  const snapshots = snapshotsFor(options);
  const kept = keptBy(options);
  const max = options.maxBufferedEvents ?? 100_000;
  const from = Math.min(
    ...projections.map(
      (p) => snapshots?.positionAtOrBefore(p.name, p.version, toPosition, toRecordedAt) ?? 0,
    ),
  );
  const events: RecordedEvent[] = [];
  pages: for await (const page of source.readAllPages({ fromPosition: from + 1, toPosition })) {
    for (const event of page) {
      if (toRecordedAt !== undefined && event.recordedAt > toRecordedAt) break pages;
      if (!kept(event)) continue;
      if (events.length >= max) {
        const { states } = await replay(source, projections, options);
        return { state: <S>(p: Projection<S>) => states.get(p.name) as S };
      }
      events.push(event);
    }
  }
  const built = new Map<string, unknown>();
  return {
    state<S>(projection: Projection<S>): S {
      if (built.has(projection.name)) return built.get(projection.name) as S;
      const snapshot = snapshots?.atOrBefore(
        projection.name,
        projection.version,
        toPosition,
        toRecordedAt,
      );
      let state = snapshot ? (snapshot.state as S) : projection.initialState();
      const after = snapshot?.position ?? 0;
      for (const event of events)
        if (event.position > after) state = applyEvent(projection, state, event);
      built.set(projection.name, state);
      return state;
    },
  };
}
