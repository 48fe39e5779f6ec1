import type { ProjectedEvent } from '../projection';
import { stampOf, type ChangeStamp } from './boards';

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
