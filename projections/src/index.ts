import { deliveryProjections } from './delivery';
import { fundingProjections } from './funding';
import { governanceProjections } from './governance';
import type { AnyProjection } from './projection';

export * from './projection';
export * from './read-models/boards';
export * from './read-models/touch';
export * from './read-models/decision-changes';
export * from './read-models/priorities';
export * from './read-models/initiatives';
export * from './read-models/issues';
export * from './read-models/actions';
export * from './read-models/peopleZones';
export * from './read-models/deliveryPlans';
export * from './read-models/indicators';
export * from './read-models/outcomes';
export * from './read-models/organisations';
export * from './read-models/meetings';
export * from './read-models/decisions';
export * from './read-models/fundingStreams';
export * from './read-models/allocations';
export * from './read-models/bids';
export * from './read-models/commissionedServices';

/** Every read model the runner keeps. */
export const allProjections: readonly AnyProjection[] = [
  ...governanceProjections,
  ...deliveryProjections,
  ...fundingProjections,
];
