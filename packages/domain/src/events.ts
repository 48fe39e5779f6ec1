import type { DeliveryEvent } from './delivery';
import type { FundingEvent } from './funding';
import type { GovernanceEvent } from './governance';

/** Every event the domain records: the union projections are written against. */
export type TrackerEvent = GovernanceEvent | DeliveryEvent | FundingEvent;
export type TrackerEventType = TrackerEvent['type'];
