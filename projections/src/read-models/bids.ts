import type { BidOutcome, Pence } from '@tracker/domain';
import { defineProjection } from '../projection';
import { stampOf, type ChangeStamp } from './boards';

/**
 * The bids pipeline: every bid made to a funding stream (Safer Streets round 2: up to three
 * per PCC area, deadline 25 March 2021), open until the funder's decision, then successful
 * (with the amount awarded and the allocation that holds it) or unsuccessful.
 */

export interface BidDecisionView {
  note: string;
  decisionId: string | null;
  decidedOn: string;
  recorded: ChangeStamp;
}

export interface BidView {
  id: string;
  fundingStreamId: string;
  biddingOrganisationId: string;
  title: string;
  area: string;
  amountAskedPence: Pence;
  financialYear: string;
  deadline: string;
  submittedOn: string;
  status: 'SUBMITTED' | BidOutcome;
  /** Set once decided SUCCESSFUL. */
  amountAwardedPence: Pence | null;
  allocationId: string | null;
  decision: BidDecisionView | null;
  /** Log positions of the events about this bid (to find it from a command's answer). */
  positions: number[];
  submitted: ChangeStamp;
  lastChanged: ChangeStamp;
}

export interface BidsState {
  byId: Record<string, BidView>;
  /** Bid ids in the order they were submitted. */
  order: string[];
  idsByStream: Record<string, string[]>;
}

export const bidsProjection = defineProjection<BidsState>({
  name: 'bids',
  version: 1,
  initialState: () => ({ byId: {}, order: [], idsByStream: {} }),
  on: {
    BidSubmitted: (state, event) => {
      const { bidId: id, fundingStreamId, ...data } = event.data;
      const stamp = stampOf(event);
      state.byId[id] = {
        id,
        fundingStreamId,
        biddingOrganisationId: data.biddingOrganisationId,
        title: data.title,
        area: data.area,
        amountAskedPence: data.amountAskedPence,
        financialYear: data.financialYear,
        deadline: data.deadline,
        submittedOn: data.submittedOn,
        status: 'SUBMITTED',
        amountAwardedPence: null,
        allocationId: null,
        decision: null,
        positions: [event.position],
        submitted: stamp,
        lastChanged: stamp,
      };
      state.order.push(id);
      (state.idsByStream[fundingStreamId] ??= []).push(id);
      return state;
    },
    BidDecided: (state, event) => {
      const view = state.byId[event.data.bidId];
      if (!view) return state;
      const { outcome, amountAwardedPence, allocationId, note, decisionId, decidedOn } = event.data;
      const stamp = stampOf(event);
      view.status = outcome;
      view.amountAwardedPence = amountAwardedPence;
      view.allocationId = allocationId;
      view.decision = { note, decisionId, decidedOn, recorded: stamp };
      view.positions.push(event.position);
      view.lastChanged = stamp;
      return state;
    },
    // The award's allocation is recorded right after the decision, as part of it.
    FundingAllocated: (state, event) => {
      const view = event.data.bidId ? state.byId[event.data.bidId] : undefined;
      view?.positions.push(event.position);
      return state;
    },
  },
});
