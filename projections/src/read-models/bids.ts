import type { BidOutcome, Pence } from '@tracker/domain';
import { defineProjection } from '../projection';
import { stampOf, type ChangeStamp } from './touch';

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
  // v2: no log positions kept to find a command's answer (it names its subject).
  version: 2,
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
      view.lastChanged = stamp;
      return state;
    },
  },
});
