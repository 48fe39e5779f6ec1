import { deliveryEventSchemas } from './delivery';
import { fundingEventSchemas } from './funding';
import { governanceEventSchemas } from './governance';
import type { EventsOf } from './kernel/decider';

/** Every event the domain records, by type, each with the schema of its data. */
export const trackerEventSchemas = {
  ...governanceEventSchemas,
  ...deliveryEventSchemas,
  ...fundingEventSchemas,
} as const;

/** Every event the domain records: the union projections are written against. */
export type TrackerEvent = EventsOf<typeof trackerEventSchemas>;
export type TrackerEventType = TrackerEvent['type'];

/**
 * Whether a stored event's type is one the domain records. Events are parsed once, where they
 * are decided (a command's zod input, a decider typed by its event schemas); a reader narrows
 * on the type where an event enters, as an upcaster would switch on it, and trusts the data.
 */
export const isTrackerEventType = (type: string): type is TrackerEventType =>
  Object.hasOwn(trackerEventSchemas, type);
