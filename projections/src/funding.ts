/** The funding read models (funding streams, allocations, bids, commissioned services). */
import { allocationsProjection } from './read-models/allocations';
import { bidsProjection } from './read-models/bids';
import { commissionedServicesProjection } from './read-models/commissionedServices';
import { fundingStreamsProjection } from './read-models/fundingStreams';

export const fundingProjections = [
  fundingStreamsProjection,
  allocationsProjection,
  bidsProjection,
  commissionedServicesProjection,
] as const;
