import { asProjected, type EventSource } from './event-source';
import { applyEvent, type AnyProjection, type Projection } from './projection';
import type { SnapshotStore } from './snapshot-store';

/**
 * Read models as they stood at a past point, or rebuilt from zero: start from the nearest
 * earlier snapshot (or from nothing) and replay the log up to that point.
 */

export interface ReplayLimit {
  /** Replay events up to and including this position. */
  toPosition?: number;
  /** Replay events recorded at or before this time (ISO-8601). */
  toRecordedAt?: string;
}

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
}

export async function replay(
  source: EventSource,
  projections: readonly AnyProjection[],
  options: ReplayOptions = {},
): Promise<ReplayResult> {
  const toPosition = options.toPosition ?? Number.MAX_SAFE_INTEGER;
  // Snapshots know positions, not times, so a time limit replays from zero.
  const useSnapshots = options.toRecordedAt === undefined ? options.snapshots : undefined;
  const slots = projections.map((projection) => {
    const snapshot = useSnapshots?.atOrBefore(projection.name, projection.version, toPosition);
    return {
      projection,
      state: snapshot ? snapshot.state : projection.initialState(),
      position: snapshot?.position ?? 0,
    };
  });
  const from = Math.min(...slots.map((s) => s.position));
  let position = from;
  let applied = 0;
  for await (const raw of source.readAll({ fromPosition: from + 1, toPosition })) {
    const event = asProjected(raw);
    if (options.toRecordedAt !== undefined && event.recordedAt > options.toRecordedAt) break;
    for (const slot of slots) {
      if (event.position > slot.position)
        slot.state = applyEvent(slot.projection, slot.state, event);
    }
    position = event.position;
    if (++applied % 10_000 === 0) options.onProgress?.(position, applied);
  }
  options.onProgress?.(position, applied);
  return { states: new Map(slots.map((s) => [s.projection.name, s.state])), position, applied };
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
