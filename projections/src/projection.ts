import { isTrackerEventType, type TrackerEvent, type TrackerEventType } from '@tracker/domain';
import type { RecordedEvent } from '@tracker/event-store';

/**
 * A read model as a pure reducer over the event log. Deterministic: no I/O, no clock,
 * no randomness, so a rebuild from zero always gives the same state.
 *
 * The state is plain JSON (objects, arrays, strings, numbers, booleans, null) so it can be
 * snapshotted and cloned. For speed over a million events, a handler may update the state
 * it is given in place and return it: the runner owns that state and never shares it
 * while a handler runs.
 */

/**
 * What a projection sees of an event: its domain type and data, in the store's envelope (one
 * metadata type, the store's EventMetadata, for writers and readers).
 */
export type ProjectedEvent<E extends TrackerEvent = TrackerEvent> = E &
  Omit<RecordedEvent, 'type' | 'data'>;

export type Handlers<S> = {
  [T in TrackerEventType]?: (
    state: S,
    event: ProjectedEvent<Extract<TrackerEvent, { type: T }>>,
  ) => S;
};

export interface Projection<S = unknown> {
  /** Stable name: snapshots and checkpoints are kept under it. */
  name: string;
  /** Bump when the handlers change meaning: the runner then rebuilds from zero. */
  version: number;
  initialState(): S;
  on: Handlers<S>;
  /**
   * For read models about events of every type (what a decision changed, whatever the
   * command): called for each event that has no handler in `on`, including events of types
   * the tracker does not know, so it sees the stored event's envelope, not a domain type.
   */
  onAny?: (state: S, event: RecordedEvent) => S;
}

/** Helps TypeScript infer a projection's state type. */
export const defineProjection = <S>(projection: Projection<S>): Projection<S> => projection;

/**
 * A handler as routed: it takes the event as stored. The typed handler in `on` is only ever
 * chosen for an event whose type the tracker knows (handlerFor checks it), and an event of a
 * known type is the projections' event: ProjectedEvent.
 */
export type Handler<S> = (state: S, event: RecordedEvent) => S;

/** The handler a projection applies to events of a type, if any. */
export const handlerFor = <S>(projection: Projection<S>, type: string): Handler<S> | undefined =>
  (isTrackerEventType(type) ? (projection.on[type] as Handler<S> | undefined) : undefined) ??
  projection.onAny;

/** Applies one event to a projection's state; events it does not handle leave it as it is. */
export function applyEvent<S>(projection: Projection<S>, state: S, event: RecordedEvent): S {
  const handler = handlerFor(projection, event.type);
  return handler ? handler(state, event) : state;
}

export interface Route {
  /** The projection's place in the list routed over. */
  index: number;
  handle: Handler<unknown>;
}

/**
 * For a list of projections, which of them handle each event type and with what, worked out
 * once per type: replaying a million events then calls only the handlers an event has, not
 * every projection's lookup for every event.
 */
export function eventRoutes(
  projections: readonly AnyProjection[],
): (type: string) => readonly Route[] {
  const routes = new Map<string, readonly Route[]>();
  return (type) => {
    let found = routes.get(type);
    if (!found) {
      found = projections.flatMap((projection, index) => {
        const handle = handlerFor(projection, type);
        return handle ? [{ index, handle }] : [];
      });
      routes.set(type, found);
    }
    return found;
  };
}

/** Builds a projection's state from events, from its initial state. */
export function project<S>(projection: Projection<S>, events: Iterable<RecordedEvent>): S {
  let state = projection.initialState();
  for (const event of events) state = applyEvent(projection, state, event);
  return state;
}

/** A projection of any state, for lists of read models (their states differ). */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type AnyProjection = Projection<any>;
