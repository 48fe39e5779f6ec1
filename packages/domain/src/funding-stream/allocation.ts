import { z } from 'zod';
import { defineCommand } from '../kernel/decider';
import { conflict, DomainError, invalid } from '../kernel/errors';
import { memberIdFor } from '../kernel/ids';
import {
  dateOf,
  entityId,
  financialYear,
  isoDate,
  optionalText,
  requiredText,
} from '../kernel/schemas';
import {
  describePence,
  formatPounds,
  positivePence,
  subtractPence,
  sumPence,
} from '../money/money';
import {
  ensureWithinTotal,
  existingStream,
  fundingStream,
  yearWithin,
  type AllocationState,
  type FundingStreamEvent,
  type FundingStreamState,
} from './funding-stream';
import { decisionReference, requireDecision } from '../decision/decision';
import { organisationRegistryReference, requireOrganisation } from '../organisation/organisation';

/**
 * Allocations of a funding stream: money given to a recipient for a purpose and a year,
 * revised, withdrawn, and spent against. Each command targets the stream, which holds the
 * allocations, so "live allocations never exceed the total" is decided in one place.
 */

const reason = requiredText('prose');
const decisionId = entityId.optional().nullable();

export const existingAllocation = (
  id: string,
  state: FundingStreamState,
  allocationId: string,
): AllocationState => {
  const stream = existingStream(id, state);
  const allocation = stream.allocations.find((a) => a.allocationId === allocationId);
  if (!allocation)
    throw new DomainError(
      'NOT_FOUND',
      `allocation ${allocationId} is not on funding stream "${stream.name}"; check the allocationId`,
      { what: 'allocation', id: allocationId },
    );
  return allocation;
};

const liveAllocation = (
  id: string,
  state: FundingStreamState,
  allocationId: string,
  toDo: string,
): AllocationState => {
  const allocation = existingAllocation(id, state, allocationId);
  if (allocation.status === 'WITHDRAWN')
    throw conflict(
      `allocation "${allocation.purpose}" (${allocationId}) on "${state.name}" has been withdrawn; ` +
        `${toDo} cannot be done to a withdrawn allocation (allocate afresh with allocateFunding)`,
    );
  return allocation;
};

/** The id of a new allocation: the one given (which must be new), or the next member id. */
export const newAllocationId = (
  id: string,
  state: FundingStreamState,
  given: string | null | undefined,
): string => {
  const allocationId = given ?? memberIdFor(id, 'allocation', state.allocations.length);
  if (state.allocations.some((a) => a.allocationId === allocationId))
    throw conflict(
      `allocation ${allocationId} is already on "${state.name}"; give a new allocationId`,
    );
  return allocationId;
};

// allocateFunding

export const allocateFundingInput = z.object({
  fundingStreamId: entityId,
  allocationId: entityId
    .optional()
    .describe("Optional: the allocation's id (a UUID); one is minted when omitted."),
  recipientOrganisationId: entityId,
  amountPence: positivePence.describe('More than zero, and no more than the stream has left.'),

  purpose: requiredText('prose').describe('What the money is for.'),

  financialYear: financialYear
    .optional()
    .describe("Within the stream's years; may be left out when the stream covers one year."),

  decisionId: decisionId.describe('The decision that approved the allocation.'),
  allocatedOn: isoDate.optional().describe("YYYY-MM-DD; the command's date when left out."),
});

export const allocateFunding = defineCommand({
  type: 'AllocateFunding',
  input: allocateFundingInput,
  aggregate: fundingStream,
  subject: { kind: 'allocation', field: 'allocationId' },
  targetId: (input) => input.fundingStreamId,
  references: (input) => ({
    organisations: organisationRegistryReference(),
    decision: decisionReference(input.decisionId),
  }),
  decide: ({ id, input, refs, occurredAt }, state): FundingStreamEvent[] => {
    existingStream(id, state);
    const allocationId = newAllocationId(id, state, input.allocationId);
    requireOrganisation(
      refs.organisations,
      input.recipientOrganisationId,
      'recipient organisation',
    );
    requireDecision(refs.decision);
    const year = yearWithin(state, input.financialYear);
    ensureWithinTotal(state, input.amountPence, 'an allocation');
    return [
      {
        type: 'FundingAllocated',
        data: {
          fundingStreamId: id,
          allocationId,
          recipientOrganisationId: input.recipientOrganisationId,
          amountPence: input.amountPence,
          purpose: input.purpose,
          financialYear: year,
          decisionId: input.decisionId ?? null,
          bidId: null,
          allocatedOn: input.allocatedOn ?? dateOf(occurredAt),
        },
      },
    ];
  },
});

// reviseAllocation

const allocationTarget = { fundingStreamId: entityId, allocationId: entityId };

export const reviseAllocationInput = z.object({
  ...allocationTarget,

  amountPence: positivePence.describe(
    "The allocation's new amount (not the difference), at least what is already spent.",
  ),
  reason,
  decisionId,
  revisedOn: isoDate.optional().describe("YYYY-MM-DD; the command's date when left out."),
});

export const reviseAllocation = defineCommand({
  type: 'ReviseAllocation',
  input: reviseAllocationInput,
  aggregate: fundingStream,
  subject: { kind: 'allocation', field: 'allocationId' },
  targetId: (input) => input.fundingStreamId,
  references: (input) => ({ decision: decisionReference(input.decisionId) }),
  decide: ({ id, input, refs, occurredAt }, state): FundingStreamEvent[] => {
    const allocation = liveAllocation(id, state, input.allocationId, 'a revision');
    if (input.amountPence === allocation.amountPence)
      throw invalid(
        `amountPence: allocation "${allocation.purpose}" is already ${formatPounds(input.amountPence)}; ` +
          'give the new amount',
      );
    if (input.amountPence < allocation.spentPence)
      throw conflict(
        `allocation "${allocation.purpose}" has ${describePence(allocation.spentPence)} spent ` +
          `against it; revise it to at least that`,
        { spentPence: allocation.spentPence },
      );
    requireDecision(refs.decision);
    ensureWithinTotal(state, input.amountPence, 'a revision', allocation.amountPence);
    return [
      {
        type: 'AllocationRevised',
        data: {
          fundingStreamId: id,
          allocationId: input.allocationId,
          previousAmountPence: allocation.amountPence,
          amountPence: input.amountPence,
          reason: input.reason,
          decisionId: input.decisionId ?? null,
          revisedOn: input.revisedOn ?? dateOf(occurredAt),
        },
      },
    ];
  },
});

// withdrawAllocation

export const withdrawAllocationInput = z.object({
  ...allocationTarget,
  reason,
  decisionId,
  withdrawnOn: isoDate.optional().describe("YYYY-MM-DD; the command's date when left out."),
});

export const withdrawAllocation = defineCommand({
  type: 'WithdrawAllocation',
  input: withdrawAllocationInput,
  aggregate: fundingStream,
  subject: { kind: 'allocation', field: 'allocationId' },
  targetId: (input) => input.fundingStreamId,
  references: (input) => ({ decision: decisionReference(input.decisionId) }),
  decide: ({ id, input, refs, occurredAt }, state): FundingStreamEvent[] => {
    const allocation = liveAllocation(id, state, input.allocationId, 'withdrawal');
    if (allocation.spentPence > 0)
      throw conflict(
        `allocation "${allocation.purpose}" has ${describePence(allocation.spentPence)} spent ` +
          'against it, so it cannot be withdrawn; revise it down to what was spent instead',
        { spentPence: allocation.spentPence },
      );
    requireDecision(refs.decision);
    return [
      {
        type: 'AllocationWithdrawn',
        data: {
          fundingStreamId: id,
          allocationId: input.allocationId,
          amountPence: allocation.amountPence,
          reason: input.reason,
          decisionId: input.decisionId ?? null,
          withdrawnOn: input.withdrawnOn ?? dateOf(occurredAt),
        },
      },
    ];
  },
});

// recordSpend

export const recordSpendInput = z.object({
  ...allocationTarget,
  spendId: entityId
    .optional()
    .describe("Optional: the spend's id (a UUID); one is minted when omitted."),
  amountPence: positivePence,
  spentOn: isoDate.describe('YYYY-MM-DD'),
  note: optionalText('prose'),

  overspendReason: optionalText('prose').describe(
    'Required when the spend takes the allocation past its amount: why that is accepted.',
  ),
});

export const recordSpend = defineCommand({
  type: 'RecordSpend',
  input: recordSpendInput,
  aggregate: fundingStream,
  subject: { kind: 'allocation', field: 'allocationId' },
  targetId: (input) => input.fundingStreamId,
  decide: ({ id, input }, state): FundingStreamEvent[] => {
    const allocation = liveAllocation(id, state, input.allocationId, 'spend');
    const spendId = input.spendId ?? memberIdFor(id, 'spend', state.spendIds.length);
    if (state.spendIds.includes(spendId))
      throw conflict(`spend ${spendId} is already recorded on "${state.name}"; give a new spendId`);
    const spent = sumPence([allocation.spentPence, input.amountPence]);
    const over = subtractPence(spent, allocation.amountPence);
    const overspendPence = Math.max(0, Math.min(over, input.amountPence));
    const overspendReason = input.overspendReason || null;
    if (overspendPence > 0 && overspendReason === null)
      throw invalid(
        `overspendReason: this spend of ${formatPounds(input.amountPence)} takes ` +
          `"${allocation.purpose}" to ${formatPounds(spent)} spent, ${describePence(over)} over ` +
          `its allocation of ${formatPounds(allocation.amountPence)}; give overspendReason to ` +
          'record it anyway, or revise the allocation first',
        { field: 'overspendReason', overspendPence: over },
      );
    if (overspendPence === 0 && overspendReason !== null)
      throw invalid(
        `overspendReason: this spend stays within "${allocation.purpose}" ` +
          `(${describePence(subtractPence(allocation.amountPence, spent))} left after it); ` +
          'leave overspendReason out',
        { field: 'overspendReason' },
      );
    return [
      {
        type: 'SpendRecorded',
        data: {
          fundingStreamId: id,
          allocationId: input.allocationId,
          spendId,
          amountPence: input.amountPence,
          spentOn: input.spentOn,
          note: input.note ?? '',
          overspendPence,
          overspendReason,
        },
      },
    ];
  },
});
