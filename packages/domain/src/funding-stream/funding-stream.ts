import { z } from 'zod';
import {
  defineCommand,
  streamIdOf,
  type Aggregate,
  type EventsOf,
  noOtherEvent,
} from '../kernel/decider';
import { conflict, invalid, notFound } from '../kernel/errors';
import {
  dateOf,
  entityId,
  financialYears,
  isoDate,
  naturalKey,
  optionalText,
  requiredText,
} from '../kernel/schemas';
import {
  describePence,
  formatPounds,
  penceData,
  positivePence,
  subtractPence,
  sumPence,
  type Pence,
} from '../money/money';

/**
 * A funding stream: money from a funder for some financial years, divided among recipients
 * (the DA duty 2021/22: £2,276,643 across ten authorities) or bid for (Safer Streets round 2:
 * up to three bids per PCC area).
 *
 * The stream owns its allocations, their spend and the bids made to it, so one stream decides
 * every rule that spans them: live allocations never exceed the total, an area never has more
 * bids than the funder allows, a bid is decided once. The commands live beside this file
 * (allocation.ts, bid.ts); the events and the state they fold into live here.
 */

// Events

export const fundingStreamRegisteredData = z.object({
  fundingStreamId: entityId,
  name: z.string(),
  /** Who gives the money, e.g. "Ministry of Housing, Communities and Local Government". */
  funder: z.string(),
  /** The financial years the stream covers, consecutive, e.g. ["2021/22"]. */
  financialYears: z.array(z.string()),
  totalPence: penceData,
  conditions: z.string(),
  /** How many bids one area may make (Safer Streets: 3 per PCC area); null when unlimited. */
  bidLimitPerArea: z.number().int().nullable(),
  registeredOn: z.string(),
});

export const fundingAllocatedData = z.object({
  fundingStreamId: entityId,
  allocationId: entityId,
  recipientOrganisationId: entityId,
  amountPence: penceData,
  purpose: z.string(),
  financialYear: z.string(),
  /** The decision that approved it; null when none was recorded. */
  decisionId: entityId.nullable(),
  /** The successful bid this allocation awards; null for a direct allocation. */
  bidId: entityId.nullable(),
  allocatedOn: z.string(),
});

export const allocationRevisedData = z.object({
  fundingStreamId: entityId,
  allocationId: entityId,
  previousAmountPence: penceData,
  amountPence: penceData,
  reason: z.string(),
  decisionId: entityId.nullable(),
  revisedOn: z.string(),
});

export const allocationWithdrawnData = z.object({
  fundingStreamId: entityId,
  allocationId: entityId,
  /** The amount the allocation held when it was withdrawn; it returns to what is left. */
  amountPence: penceData,
  reason: z.string(),
  decisionId: entityId.nullable(),
  withdrawnOn: z.string(),
});

export const spendRecordedData = z.object({
  fundingStreamId: entityId,
  allocationId: entityId,
  spendId: entityId,
  amountPence: penceData,
  spentOn: z.string(),
  note: z.string(),
  /** How far spend on the allocation went past its amount with this spend; 0 when within it. */
  overspendPence: penceData,
  /** Why the overspend was accepted; null when there was none. */
  overspendReason: z.string().nullable(),
});

export const bidSubmittedData = z.object({
  fundingStreamId: entityId,
  bidId: entityId,
  biddingOrganisationId: entityId,
  title: z.string(),
  /** The area the funder counts bids by, as written, e.g. "Leicestershire" (the PCC area). */
  area: z.string(),
  amountAskedPence: penceData,
  financialYear: z.string(),
  deadline: z.string(),
  submittedOn: z.string(),
});

export const bidOutcomes = ['SUCCESSFUL', 'UNSUCCESSFUL'] as const;
export type BidOutcome = (typeof bidOutcomes)[number];

export const bidDecidedData = z.object({
  fundingStreamId: entityId,
  bidId: entityId,
  outcome: z.enum(bidOutcomes),
  /** What was awarded; null when unsuccessful. */
  amountAwardedPence: penceData.nullable(),
  /** The allocation that holds the award (a FundingAllocated follows); null when unsuccessful. */
  allocationId: entityId.nullable(),
  note: z.string(),
  decisionId: entityId.nullable(),
  decidedOn: z.string(),
});

/** Its events by type, each with the schema of its data. */
export const fundingStreamEventSchemas = {
  FundingStreamRegistered: fundingStreamRegisteredData,
  FundingAllocated: fundingAllocatedData,
  AllocationRevised: allocationRevisedData,
  AllocationWithdrawn: allocationWithdrawnData,
  SpendRecorded: spendRecordedData,
  BidSubmitted: bidSubmittedData,
  BidDecided: bidDecidedData,
} as const;

export type FundingStreamEvent = EventsOf<typeof fundingStreamEventSchemas>;

// State

export interface AllocationState {
  allocationId: string;
  recipientOrganisationId: string;
  purpose: string;
  financialYear: string;
  amountPence: Pence;
  status: 'LIVE' | 'WITHDRAWN';
  spentPence: Pence;
}

export interface BidState {
  bidId: string;
  title: string;
  area: string;
  /** The area reduced for counting ("Leicestershire" and "leicestershire" are one area). */
  areaKey: string;
  biddingOrganisationId: string;
  amountAskedPence: Pence;
  financialYear: string;
  submittedOn: string;
  status: 'SUBMITTED' | BidOutcome;
  decidedOn: string | null;
}

export interface FundingStreamState {
  exists: boolean;
  name: string;
  financialYears: string[];
  totalPence: Pence;
  bidLimitPerArea: number | null;
  allocations: AllocationState[];
  bids: BidState[];
  /** The spends recorded, by id, in order. */
  spendIds: string[];
}

const updateAllocation = (
  state: FundingStreamState,
  allocationId: string,
  change: (allocation: AllocationState) => AllocationState,
): FundingStreamState => ({
  ...state,
  allocations: state.allocations.map((a) => (a.allocationId === allocationId ? change(a) : a)),
});

export const fundingStream: Aggregate<FundingStreamEvent, FundingStreamState> = {
  name: 'fundingStream',
  initialState: () => ({
    exists: false,
    name: '',
    financialYears: [],
    totalPence: 0,
    bidLimitPerArea: null,
    allocations: [],
    bids: [],
    spendIds: [],
  }),
  evolve: (state, event) => {
    switch (event.type) {
      case 'FundingStreamRegistered':
        return {
          ...state,
          exists: true,
          name: event.data.name,
          financialYears: event.data.financialYears,
          totalPence: event.data.totalPence,
          bidLimitPerArea: event.data.bidLimitPerArea,
        };
      case 'FundingAllocated':
        return {
          ...state,
          allocations: [
            ...state.allocations,
            {
              allocationId: event.data.allocationId,
              recipientOrganisationId: event.data.recipientOrganisationId,
              purpose: event.data.purpose,
              financialYear: event.data.financialYear,
              amountPence: event.data.amountPence,
              status: 'LIVE',
              spentPence: 0,
            },
          ],
        };
      case 'AllocationRevised':
        return updateAllocation(state, event.data.allocationId, (a) => ({
          ...a,
          amountPence: event.data.amountPence,
        }));
      case 'AllocationWithdrawn':
        return updateAllocation(state, event.data.allocationId, (a) => ({
          ...a,
          status: 'WITHDRAWN',
        }));
      case 'SpendRecorded':
        return {
          ...updateAllocation(state, event.data.allocationId, (a) => ({
            ...a,
            spentPence: sumPence([a.spentPence, event.data.amountPence]),
          })),
          spendIds: [...state.spendIds, event.data.spendId],
        };
      case 'BidSubmitted':
        return {
          ...state,
          bids: [
            ...state.bids,
            {
              bidId: event.data.bidId,
              title: event.data.title,
              area: event.data.area,
              areaKey: naturalKey(event.data.area),
              biddingOrganisationId: event.data.biddingOrganisationId,
              amountAskedPence: event.data.amountAskedPence,
              financialYear: event.data.financialYear,
              submittedOn: event.data.submittedOn,
              status: 'SUBMITTED',
              decidedOn: null,
            },
          ],
        };
      case 'BidDecided':
        return {
          ...state,
          bids: state.bids.map((b) =>
            b.bidId === event.data.bidId
              ? { ...b, status: event.data.outcome, decidedOn: event.data.decidedOn }
              : b,
          ),
        };
      default:
        return noOtherEvent(event, state);
    }
  },
};

export const fundingStreamStreamId = (fundingStreamId: string) =>
  streamIdOf(fundingStream, fundingStreamId);

// Rules the commands share

/** The sum of the live (not withdrawn) allocations. */
export const allocatedPence = (state: FundingStreamState): Pence =>
  sumPence(state.allocations.filter((a) => a.status === 'LIVE').map((a) => a.amountPence));

/** What is left to allocate: the total less the live allocations. */
export const leftPence = (state: FundingStreamState): Pence =>
  subtractPence(state.totalPence, allocatedPence(state));

export const existingStream = (id: string, state: FundingStreamState): FundingStreamState => {
  if (!state.exists) throw notFound('funding stream', id);
  return state;
};

/**
 * Refuses an amount that would take live allocations over the total, saying how much is left.
 * `releasing` is what the change gives back first (the current amount of a revised allocation).
 */
export function ensureWithinTotal(
  state: FundingStreamState,
  amount: Pence,
  what: string,
  releasing: Pence = 0,
): void {
  const left = sumPence([leftPence(state), releasing]);
  if (amount <= left) return;
  throw conflict(
    `${what} of ${formatPounds(amount)} would take "${state.name}" over its total of ` +
      `${formatPounds(state.totalPence)}: ${describePence(left)} is left to allocate. ` +
      `Allocate at most that, or revise or withdraw another allocation first`,
    {
      totalPence: state.totalPence,
      allocatedPence: subtractPence(allocatedPence(state), releasing),
      leftPence: left,
      leftPounds: formatPounds(left),
      requestedPence: amount,
    },
  );
}

/**
 * The financial year an allocation or bid is for: the one given, which the stream must cover,
 * or the stream's only year when none is given.
 */
export function yearWithin(state: FundingStreamState, year: string | undefined): string {
  const covered = state.financialYears.join(', ');
  if (year === undefined) {
    const [only] = state.financialYears;
    if (state.financialYears.length === 1 && only) return only;
    throw invalid(`financialYear: "${state.name}" covers ${covered}; say which year this is for`, {
      field: 'financialYear',
      financialYears: state.financialYears,
    });
  }
  if (!state.financialYears.includes(year))
    throw invalid(
      `financialYear: ${year} is not covered by "${state.name}", which covers ${covered}; ` +
        'give one of those years',
      { field: 'financialYear', financialYears: state.financialYears },
    );
  return year;
}

// registerFundingStream

export const registerFundingStreamInput = z.object({
  fundingStreamId: entityId
    .optional()
    .describe("Optional: the stream's id (a UUID); one is made from the commandId when omitted."),

  name: requiredText('name').describe('e.g. Domestic Abuse duty 2021/22'),
  funder: requiredText('name'),
  financialYears: financialYears.describe(
    'Consecutive years in order, written YYYY/YY, e.g. [2021/22].',
  ),
  totalPence: positivePence.describe('The whole amount in pence, more than zero, e.g. 227664300.'),
  /** The funder's conditions, as written. */
  conditions: optionalText('prose'),
  bidLimitPerArea: z
    .number({ message: 'must be a whole number of bids, e.g. 3' })
    .int({ message: 'must be a whole number of bids, e.g. 3' })
    .min(1, { message: 'must be at least 1 (leave it out when there is no limit)' })
    .max(1000, { message: 'must be at most 1000' })
    .optional()
    .nullable()
    .describe('How many bids one area may make (Safer Streets: 3); leave out when unlimited.'),
  registeredOn: isoDate.optional().describe("YYYY-MM-DD; the command's date when left out."),
});

export const registerFundingStream = defineCommand({
  type: 'RegisterFundingStream',
  input: registerFundingStreamInput,
  aggregate: fundingStream,
  targetId: (input, mint) => input.fundingStreamId ?? mint(),
  decide: ({ id, input, occurredAt }, state): FundingStreamEvent[] => {
    if (state.exists)
      throw conflict(`funding stream ${id} is already registered as "${state.name}"`);
    return [
      {
        type: 'FundingStreamRegistered',
        data: {
          fundingStreamId: id,
          name: input.name,
          funder: input.funder,
          financialYears: input.financialYears,
          totalPence: input.totalPence,
          conditions: input.conditions ?? '',
          bidLimitPerArea: input.bidLimitPerArea ?? null,
          registeredOn: input.registeredOn ?? dateOf(occurredAt),
        },
      },
    ];
  },
});
