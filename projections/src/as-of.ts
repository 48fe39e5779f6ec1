import { asProjected, type EventSource } from './event-source';
import { applyEvent, type Projection } from './projection';
import type { SnapshotStore } from './snapshot-store';

/**
 * A read model as it stood at a past position: start from the nearest earlier snapshot (or
 * from zero) and replay the events up to and including that position.
 */
export async function projectAsOf<S>(
  source: EventSource,
  projection: Projection<S>,
  position: number,
  snapshots?: SnapshotStore,
): Promise<S> {
  const snapshot = snapshots?.atOrBefore(projection.name, projection.version, position);
  let state = snapshot ? (snapshot.state as S) : projection.initialState();
  const from = snapshot ? snapshot.position + 1 : 0;
  if (from > position) return state;
  for await (const raw of source.readAll({ fromPosition: from, toPosition: position })) {
    state = applyEvent(projection, state, asProjected(raw));
  }
  return state;
}

/** A read model rebuilt from zero over everything in the store. */
export function rebuild<S>(source: EventSource, projection: Projection<S>): Promise<S> {
  return projectAsOf(source, projection, Number.MAX_SAFE_INTEGER);
}
