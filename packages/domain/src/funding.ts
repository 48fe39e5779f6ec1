/**
 * Funding: funding streams and allocations, bids, commissioned services.
 * This file lists the area's events and commands.
 */
import type { EventsOf } from './kernel/decider';
import {
  commissionService,
  endContract,
  extendContract,
  varyContract,
  commissionedServiceEventSchemas,
} from './commissioned-service/commissioned-service';
import {
  allocateFunding,
  recordSpend,
  reviseAllocation,
  withdrawAllocation,
} from './funding-stream/allocation';
import { recordBidDecision, submitBid } from './funding-stream/bid';
import { registerFundingStream, fundingStreamEventSchemas } from './funding-stream/funding-stream';

/** The area's events by type, each with the schema of its data. */
export const fundingEventSchemas = {
  ...fundingStreamEventSchemas,
  ...commissionedServiceEventSchemas,
} as const;

export type FundingEvent = EventsOf<typeof fundingEventSchemas>;

export const fundingCommands = {
  registerFundingStream,
  allocateFunding,
  reviseAllocation,
  withdrawAllocation,
  recordSpend,
  submitBid,
  recordBidDecision,
  commissionService,
  extendContract,
  varyContract,
  endContract,
} as const;
