import { z } from 'zod';
import { defineCommand } from '../kernel/decider';
import { conflict, DomainError, invalid } from '../kernel/errors';
import { memberIdFor } from '../kernel/ids';
import {
  choiceOf,
  dateOf,
  ensureNotBefore,
  entityId,
  financialYear,
  isoDate,
  nameText,
  naturalKey,
  optionalText,
  requiredText,
} from '../kernel/schemas';
import { formatPounds, positivePence } from '../money/money';
import { newAllocationId } from './allocation';
import {
  bidOutcomes,
  ensureWithinTotal,
  existingStream,
  fundingStream,
  yearWithin,
  type BidState,
  type FundingStreamEvent,
  type FundingStreamState,
} from './funding-stream';
import { decisionReference, requireDecision } from '../decision/decision';
import { organisationRegistryReference, requireOrganisation } from '../organisation/organisation';

/**
 * Bids to a funding stream (Safer Streets round 2: up to three partnership bids per PCC area,
 * deadline 25 March 2021). Bids live in the stream's aggregate, so the stream counts them per
 * area and refuses one too many. A successful bid's award becomes an allocation of the stream
 * (a FundingAllocated follows the BidDecided), so awards count against the total like any
 * allocation and are spent, revised or withdrawn the same way.
 */

const existingBid = (id: string, state: FundingStreamState, bidId: string): BidState => {
  const stream = existingStream(id, state);
  const bid = stream.bids.find((b) => b.bidId === bidId);
  if (!bid)
    throw new DomainError(
      'NOT_FOUND',
      `bid ${bidId} has not been submitted to funding stream "${stream.name}"; check the bidId`,
      { what: 'bid', id: bidId },
    );
  return bid;
};

// submitBid

export const submitBidInput = z.object({
  fundingStreamId: entityId,
  bidId: entityId
    .optional()
    .describe("Optional: the bid's id (a UUID); one is minted when omitted."),
  biddingOrganisationId: entityId,
  /** e.g. "Safer Streets: Hinckley town centre". */
  title: requiredText('title'),

  area: nameText('name').describe(
    'The area the funder counts bids by, e.g. Leicestershire (the PCC area).',
  ),
  amountAskedPence: positivePence,

  financialYear: financialYear
    .optional()
    .describe("Within the stream's years; may be left out when the stream covers one year."),
  deadline: isoDate.describe('YYYY-MM-DD'),
  submittedOn: isoDate
    .optional()
    .describe("YYYY-MM-DD, on or before the deadline; the command's date when left out."),
});

export const submitBid = defineCommand({
  type: 'SubmitBid',
  input: submitBidInput,
  aggregate: fundingStream,
  subject: { kind: 'bid', field: 'bidId' },
  targetId: (input) => input.fundingStreamId,
  references: () => ({ organisations: organisationRegistryReference() }),
  decide: ({ id, input, refs, occurredAt }, state): FundingStreamEvent[] => {
    const stream = existingStream(id, state);
    const bidId = input.bidId ?? memberIdFor(id, 'bid', stream.bids.length);
    if (stream.bids.some((b) => b.bidId === bidId))
      throw conflict(`bid ${bidId} is already submitted to "${stream.name}"; give a new bidId`);
    requireOrganisation(refs.organisations, input.biddingOrganisationId, 'bidding organisation');
    const year = yearWithin(stream, input.financialYear);
    const submittedOn = input.submittedOn ?? dateOf(occurredAt);
    if (submittedOn > input.deadline)
      throw invalid(
        `submittedOn: ${submittedOn} is after the deadline of ${input.deadline}; a late bid cannot ` +
          'be recorded (give submittedOn if it was submitted earlier)',
        { field: 'submittedOn' },
      );
    const limit = stream.bidLimitPerArea;
    const sameArea = stream.bids.filter((b) => b.areaKey === naturalKey(input.area));
    if (limit !== null && sameArea.length >= limit)
      throw conflict(
        `"${stream.name}" takes at most ${limit} bid${limit === 1 ? '' : 's'} per area and ` +
          `${input.area} already has ${sameArea.length} (${sameArea.map((b) => `"${b.title}"`).join(', ')}); ` +
          'no more can be submitted for this area',
        { bidLimitPerArea: limit, bidIds: sameArea.map((b) => b.bidId) },
      );
    return [
      {
        type: 'BidSubmitted',
        data: {
          fundingStreamId: id,
          bidId,
          biddingOrganisationId: input.biddingOrganisationId,
          title: input.title,
          area: input.area,
          amountAskedPence: input.amountAskedPence,
          financialYear: year,
          deadline: input.deadline,
          submittedOn,
        },
      },
    ];
  },
});

// recordBidDecision

export const recordBidDecisionInput = z
  .object({
    fundingStreamId: entityId,
    bidId: entityId,
    outcome: choiceOf(bidOutcomes, 'BidOutcome'),

    amountAwardedPence: positivePence
      .optional()
      .nullable()
      .describe('Required when SUCCESSFUL (at most what was asked); left out when UNSUCCESSFUL.'),

    allocationId: entityId
      .optional()
      .describe('Optional (SUCCESSFUL only): the id of the allocation the award becomes.'),
    note: optionalText('prose'),
    decisionId: entityId.optional().nullable(),
    decidedOn: isoDate.optional().describe("YYYY-MM-DD; the command's date when left out."),
  })
  .superRefine((input, ctx) => {
    const awarded = input.amountAwardedPence !== undefined && input.amountAwardedPence !== null;
    if (input.outcome === 'SUCCESSFUL' && !awarded)
      ctx.addIssue({
        code: 'custom',
        path: ['amountAwardedPence'],
        message: 'give the amount awarded, in pence, for a SUCCESSFUL bid',
      });
    if (input.outcome === 'UNSUCCESSFUL' && (awarded || input.allocationId))
      ctx.addIssue({
        code: 'custom',
        path: [awarded ? 'amountAwardedPence' : 'allocationId'],
        message: 'leave it out for an UNSUCCESSFUL bid: nothing was awarded',
      });
  });

export const recordBidDecision = defineCommand({
  type: 'RecordBidDecision',
  input: recordBidDecisionInput,
  aggregate: fundingStream,
  subject: { kind: 'bid', field: 'bidId' },
  targetId: (input) => input.fundingStreamId,
  references: (input) => ({ decision: decisionReference(input.decisionId) }),
  decide: ({ id, input, refs, occurredAt }, state): FundingStreamEvent[] => {
    const bid = existingBid(id, state, input.bidId);
    if (bid.status !== 'SUBMITTED')
      throw conflict(
        `bid "${bid.title}" was already decided ${bid.status} on ${bid.decidedOn}; a bid is ` +
          'decided once (revise or withdraw its allocation to change an award)',
      );
    const decidedOn = input.decidedOn ?? dateOf(occurredAt);
    ensureNotBefore('decidedOn', decidedOn, bid.submittedOn, 'the bid was submitted');
    requireDecision(refs.decision);
    const decisionId = input.decisionId ?? null;
    const note = input.note ?? '';
    const awarded = input.amountAwardedPence ?? null;
    if (input.outcome === 'UNSUCCESSFUL' || awarded === null)
      return [
        {
          type: 'BidDecided',
          data: {
            fundingStreamId: id,
            bidId: bid.bidId,
            outcome: 'UNSUCCESSFUL',
            amountAwardedPence: null,
            allocationId: null,
            note,
            decisionId,
            decidedOn,
          },
        },
      ];
    if (awarded > bid.amountAskedPence)
      throw invalid(
        `amountAwardedPence: ${formatPounds(awarded)} is more than the ` +
          `${formatPounds(bid.amountAskedPence)} "${bid.title}" asked for; check the award`,
        { field: 'amountAwardedPence' },
      );
    const allocationId = newAllocationId(id, state, input.allocationId);
    ensureWithinTotal(state, awarded, 'an award');
    return [
      {
        type: 'BidDecided',
        data: {
          fundingStreamId: id,
          bidId: bid.bidId,
          outcome: 'SUCCESSFUL',
          amountAwardedPence: awarded,
          allocationId,
          note,
          decisionId,
          decidedOn,
        },
      },
      {
        type: 'FundingAllocated',
        data: {
          fundingStreamId: id,
          allocationId,
          recipientOrganisationId: bid.biddingOrganisationId,
          amountPence: awarded,
          purpose: bid.title,
          financialYear: bid.financialYear,
          decisionId,
          bidId: bid.bidId,
          allocatedOn: decidedOn,
        },
      },
    ];
  },
});
