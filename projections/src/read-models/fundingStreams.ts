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
import { stampOf, type ChangeStamp } from './boards';

/**
 * Funding streams: each stream with its funder, years and total, and the figures auditors look
 * at first: allocated (live allocations), spent, and what is left to allocate, overall and by
 * recipient organisation.
 *
 * The figures are never worked out here. Each stream's events are folded with the domain's own
 * aggregate (`fundingStream.evolve`) and the figures read from that state with the domain's
 * functions (`allocatedPence`, `leftPence`, `sumPence`): the same code that refuses an
 * over-allocation says what is allocated and left, so the read model cannot disagree with it.
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

/** Allocated and spent for each recipient, read from the folded stream with the domain's rules. */
function totalsByRecipient(folded: FundingStreamState): RecipientTotal[] {
  const groups = new Map<string, FundingStreamState['allocations']>();
  for (const allocation of folded.allocations) {
    const group = groups.get(allocation.recipientOrganisationId);
    if (group) group.push(allocation);
    else groups.set(allocation.recipientOrganisationId, [allocation]);
  }
  return [...groups].map(([recipientOrganisationId, allocations]) => ({
    recipientOrganisationId,
    allocatedPence: allocatedPence({ ...folded, allocations }),
    spentPence: sumPence(allocations.map((a) => a.spentPence)),
    allocationIds: allocations.map((a) => a.allocationId),
  }));
}

/** Folds one event of a stream and refreshes the stream's figures from the folded state. */
function refresh(state: FundingStreamsState, event: ProjectedEvent<FundingStreamEvent>) {
  const id = event.data.fundingStreamId;
  const view = state.byId[id];
  const before = state.folded[id];
  if (!view || !before) return state;
  const folded = fundingStream.evolve(before, event);
  state.folded[id] = folded;
  view.allocatedPence = allocatedPence(folded);
  view.leftPence = leftPence(folded);
  view.spentPence = sumPence(folded.allocations.map((a) => a.spentPence));
  view.byRecipient = totalsByRecipient(folded);
  view.allocationIds = folded.allocations.map((a) => a.allocationId);
  view.bidIds = folded.bids.map((b) => b.bidId);
  view.lastChanged = stampOf(event);
  return state;
}

export const fundingStreamsProjection = defineProjection<FundingStreamsState>({
  name: 'fundingStreams',
  version: 1,
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
    SpendRecorded: refresh,
    BidSubmitted: refresh,
    BidDecided: refresh,
  },
});
