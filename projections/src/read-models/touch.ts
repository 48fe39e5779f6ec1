import type { ProjectedEvent } from '../projection';

/** Who changed an entity and when: the business time, the recorded time, the actor. */
export interface ChangeStamp {
  /** Business time of the change. */
  at: string;
  /** Recorded time of the change. */
  recordedAt: string;
  by: string;
}

export const stampOf = (event: ProjectedEvent): ChangeStamp => ({
  at: event.metadata.occurredAt,
  recordedAt: event.recordedAt,
  by: event.metadata.actor,
});

/**
 * The entity an event is about, stamped as last changed by it; undefined when the read model
 * does not hold it. Stamps are replaced, never changed in place, so entries may share one.
 */
export const touch = <V extends { lastChanged: ChangeStamp }>(
  byId: Record<string, V>,
  id: string,
  event: ProjectedEvent,
): V | undefined => {
  const view = byId[id];
  if (view) view.lastChanged = stampOf(event);
  return view;
};
