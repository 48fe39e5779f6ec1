/**
 * Funding: funding streams and allocations, bids, commissioned services.
 * This file lists the area's events and commands.
 */
import {
  commissionService,
  endContract,
  extendContract,
  varyContract,
  type CommissionedServiceEvent,
} from './commissioned-service/commissioned-service';
import {
  allocateFunding,
  recordSpend,
  reviseAllocation,
  withdrawAllocation,
} from './funding-stream/allocation';
import { recordBidDecision, submitBid } from './funding-stream/bid';
import { registerFundingStream, type FundingStreamEvent } from './funding-stream/funding-stream';

export type FundingEvent = FundingStreamEvent | CommissionedServiceEvent;

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
