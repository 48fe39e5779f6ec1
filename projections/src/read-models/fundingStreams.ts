import {
  allocatedPence,
  fundingStream,
  leftPence,
  sumPence,
  type FundingStreamEvent,
  type FundingStreamState,
  type Pence,
} from '@tracker/domain';
import { defineProjection, type ProjectedEvent } from '../projection';
import { stampOf, type ChangeStamp } from './touch';

/**
 * Funding streams: each stream with its funder, years and total, and the figures auditors look
 * at first: allocated (live allocations), spent, and what is left to allocate, overall, by
 * recipient organisation and by financial year.
 *
 * The figures are never worked out here. Each stream's events are folded with the domain's own
 * aggregate (`fundingStream.evolve`) and the figures read from that state with the domain's
 * functions (`allocatedPence`, `leftPence`, `sumPence`): the same code that refuses an
 * over-allocation says what is allocated and left, so the read model cannot disagree with it.
 * A spend, by far the most frequent event, moves on only the figures it changes, still with
 * the domain's `sumPence` (see `recordSpend`).
 * (This is why this read model imports pure functions from @tracker/domain, not only types.)
 */

export interface RecipientTotal {
  recipientOrganisationId: string;
  /** Live allocations to this recipient from this stream. */
  allocatedPence: Pence;
  spentPence: Pence;
  /** Every allocation to this recipient, withdrawn ones included, oldest first. */
  allocationIds: string[];
}

export interface YearTotal {
  financialYear: string;
  /** Live allocations for the year. */
  allocatedPence: Pence;
  spentPence: Pence;
}

export interface FundingStreamView {
  id: string;
  name: string;
  funder: string;
  financialYears: string[];
  conditions: string;
  bidLimitPerArea: number | null;
  registeredOn: string;
  totalPence: Pence;
  allocatedPence: Pence;
  spentPence: Pence;
  leftPence: Pence;
  /** By recipient, in the order each was first allocated to. */
  byRecipient: RecipientTotal[];
  /** By financial year, for every year the stream covers. */
  byYear: YearTotal[];
  allocationIds: string[];
  bidIds: string[];
  registered: ChangeStamp;
  lastChanged: ChangeStamp;
}

export interface FundingStreamsState {
  byId: Record<string, FundingStreamView>;
  /** Stream ids in the order they were registered. */
  order: string[];
  /** Each stream folded by the domain's aggregate: what the figures are read from. */
  folded: Record<string, FundingStreamState>;
}

type Allocations = FundingStreamState['allocations'];

/** The allocations in groups by a key, in the order each key first appears. */
function groupBy(allocations: Allocations, keyOf: (a: Allocations[number]) => string) {
  const groups = new Map<string, Allocations>();
  for (const allocation of allocations) {
    const group = groups.get(keyOf(allocation));
    if (group) group.push(allocation);
    else groups.set(keyOf(allocation), [allocation]);
  }
  return groups;
}

/** Allocated and spent of some of a stream's allocations, by the domain's rules. */
const totalsOf = (folded: FundingStreamState, allocations: Allocations) => ({
  allocatedPence: allocatedPence({ ...folded, allocations }),
  spentPence: sumPence(allocations.map((a) => a.spentPence)),
});

const totalsByRecipient = (folded: FundingStreamState): RecipientTotal[] =>
  [...groupBy(folded.allocations, (a) => a.recipientOrganisationId)].map(
    ([recipientOrganisationId, allocations]) => ({
      recipientOrganisationId,
      ...totalsOf(folded, allocations),
      allocationIds: allocations.map((a) => a.allocationId),
    }),
  );

/** One entry per year the stream covers, in order, whether or not anything is allocated. */
function totalsByYear(folded: FundingStreamState): YearTotal[] {
  const groups = groupBy(folded.allocations, (a) => a.financialYear);
  return folded.financialYears.map((financialYear) => ({
    financialYear,
    ...totalsOf(folded, groups.get(financialYear) ?? []),
  }));
}

/** The stream an event is about, with the event folded into it by the domain's aggregate. */
function fold(state: FundingStreamsState, event: ProjectedEvent<FundingStreamEvent>) {
  const id = event.data.fundingStreamId;
  const view = state.byId[id];
  const before = state.folded[id];
  if (!view || !before) return undefined;
  // Spend ids are the allocations read model's business; keeping none here keeps snapshots
  // small on streams with years of monthly claims.
  const folded = { ...fundingStream.evolve(before, event), spendIds: [] };
  state.folded[id] = folded;
  view.lastChanged = stampOf(event);
  return { view, folded };
}

/** Folds one event of a stream and refreshes all the stream's figures from the folded state. */
function refresh(state: FundingStreamsState, event: ProjectedEvent<FundingStreamEvent>) {
  const stream = fold(state, event);
  if (!stream) return state;
  const { view, folded } = stream;
  view.allocatedPence = allocatedPence(folded);
  view.leftPence = leftPence(folded);
  view.spentPence = sumPence(folded.allocations.map((a) => a.spentPence));
  view.byRecipient = totalsByRecipient(folded);
  view.byYear = totalsByYear(folded);
  view.allocationIds = folded.allocations.map((a) => a.allocationId);
  view.bidIds = folded.bids.map((b) => b.bidId);
  return state;
}

const addSpend = (total: { spentPence: Pence } | undefined, amount: Pence) => {
  if (total) total.spentPence = sumPence([total.spentPence, amount]);
};

/**
 * A spend, most of a stream's events (monthly claims for years), changes only spent figures:
 * the stream's, its allocation's recipient's and its year's. Those three are moved on by the
 * amount with the domain's `sumPence`, the exact sum the decider's figures use, instead of
 * refreshing every figure from all the allocations; allocated and left do not change. Each
 * spent figure is a sum of whole pence, so adding the spend to it gives the same figure as
 * summing again (fundingStreams.property.test.ts checks that against `refresh`).
 */
function recordSpend(
  state: FundingStreamsState,
  event: ProjectedEvent<Extract<FundingStreamEvent, { type: 'SpendRecorded' }>>,
) {
  const stream = fold(state, event);
  if (!stream) return state;
  const { view, folded } = stream;
  const { allocationId, amountPence } = event.data;
  const allocation = folded.allocations.find((a) => a.allocationId === allocationId);
  if (!allocation) return state;
  addSpend(view, amountPence);
  const { recipientOrganisationId, financialYear } = allocation;
  addSpend(
    view.byRecipient.find((r) => r.recipientOrganisationId === recipientOrganisationId),
    amountPence,
  );
  addSpend(
    view.byYear.find((y) => y.financialYear === financialYear),
    amountPence,
  );
  return state;
}

export const fundingStreamsProjection = defineProjection<FundingStreamsState>({
  name: 'fundingStreams',
  version: 3,
  initialState: () => ({ byId: {}, order: [], folded: {} }),
  on: {
    FundingStreamRegistered: (state, event) => {
      const { fundingStreamId: id, ...data } = event.data;
      const folded = fundingStream.evolve(fundingStream.initialState(), event);
      const stamp = stampOf(event);
      state.folded[id] = folded;
      state.byId[id] = {
        id,
        name: data.name,
        funder: data.funder,
        financialYears: [...data.financialYears],
        conditions: data.conditions,
        bidLimitPerArea: data.bidLimitPerArea,
        registeredOn: data.registeredOn,
        totalPence: data.totalPence,
        allocatedPence: allocatedPence(folded),
        spentPence: 0,
        leftPence: leftPence(folded),
        byRecipient: [],
        byYear: totalsByYear(folded),
        allocationIds: [],
        bidIds: [],
        registered: stamp,
        lastChanged: stamp,
      };
      state.order.push(id);
      return state;
    },
    FundingAllocated: refresh,
    AllocationRevised: refresh,
    AllocationWithdrawn: refresh,
    SpendRecorded: recordSpend,
    BidSubmitted: refresh,
    BidDecided: refresh,
  },
});
