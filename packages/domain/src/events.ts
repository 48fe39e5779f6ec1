import type { BoardEvent } from './board/board';
import type { PriorityEvent } from './priority/priority';

/** Every event the domain records: the union projections are written against. */
export type TrackerEvent = BoardEvent | PriorityEvent;
export type TrackerEventType = TrackerEvent['type'];
