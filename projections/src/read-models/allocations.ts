import { subtractPence, sumPence, type AllocationState, type Pence } from '@tracker/domain';
import { defineProjection, type ProjectedEvent } from '../projection';
import { stampOf, type ChangeStamp } from './touch';

/**
 * Allocations of every funding stream: who was given how much, for what and which year, on
 * whose decision; each revision (with the amount it replaced) and withdrawal with its reason;
 * the spend recorded against it. Kept apart from the stream so allocations can be listed and
 * filtered across streams (by recipient, by year). Sums use the domain's exact pence
 * arithmetic (`sumPence`, `subtractPence`).
 */

export interface AllocationRevisionView {
  previousAmountPence: Pence;
  amountPence: Pence;
  reason: string;
  decisionId: string | null;
  revisedOn: string;
  recorded: ChangeStamp;
}

export interface AllocationWithdrawalView {
  /** What the allocation held when withdrawn; it went back to what the stream has left. */
  amountPence: Pence;
  reason: string;
  decisionId: string | null;
  withdrawnOn: string;
  recorded: ChangeStamp;
}

export interface SpendView {
  id: string;
  amountPence: Pence;
  spentOn: string;
  note: string;
  /** How far this spend went past the allocation; 0 when within it. */
  overspendPence: Pence;
  overspendReason: string | null;
  recorded: ChangeStamp;
}

/** The allocation as the funding stream holds it, plus what the office needs to see. */
export interface AllocationView extends Pick<
  AllocationState,
  'recipientOrganisationId' | 'purpose' | 'financialYear' | 'status' | 'spentPence'
> {
  id: string;
  fundingStreamId: string;
  /** The current amount (the last amount held, for a withdrawn allocation). */
  amountPence: Pence;
  /** amount - spent: negative when spend went past the allocation with a recorded reason. */
  leftToSpendPence: Pence;
  decisionId: string | null;
  /** The successful bid this allocation awards; null for a direct allocation. */
  bidId: string | null;
  allocatedOn: string;
  revisions: AllocationRevisionView[];
  withdrawal: AllocationWithdrawalView | null;
  spends: SpendView[];
  allocated: ChangeStamp;
  lastChanged: ChangeStamp;
}

export interface AllocationsState {
  byId: Record<string, AllocationView>;
  /** Allocation ids in the order they were made. */
  order: string[];
  idsByStream: Record<string, string[]>;
  idsByRecipient: Record<string, string[]>;
}

type AllocationEvent = ProjectedEvent & { data: { allocationId: string } };

/** Applies a change to the allocation an event is about, stamping it. */
const change =
  <E extends AllocationEvent>(apply: (view: AllocationView, event: E) => void) =>
  (state: AllocationsState, event: E): AllocationsState => {
    const view = state.byId[event.data.allocationId];
    if (!view) return state;
    apply(view, event);
    view.leftToSpendPence = subtractPence(view.amountPence, view.spentPence);
    view.lastChanged = stampOf(event);
    return state;
  };

export const allocationsProjection = defineProjection<AllocationsState>({
  name: 'allocations',
  // v2: no log positions kept to find a command's answer (it names its subject).
  version: 2,
  initialState: () => ({ byId: {}, order: [], idsByStream: {}, idsByRecipient: {} }),
  on: {
    FundingAllocated: (state, event) => {
      const { allocationId: id, fundingStreamId, recipientOrganisationId, ...data } = event.data;
      const stamp = stampOf(event);
      state.byId[id] = {
        id,
        fundingStreamId,
        recipientOrganisationId,
        purpose: data.purpose,
        financialYear: data.financialYear,
        amountPence: data.amountPence,
        status: 'LIVE',
        spentPence: 0,
        leftToSpendPence: data.amountPence,
        decisionId: data.decisionId,
        bidId: data.bidId,
        allocatedOn: data.allocatedOn,
        revisions: [],
        withdrawal: null,
        spends: [],
        allocated: stamp,
        lastChanged: stamp,
      };
      state.order.push(id);
      (state.idsByStream[fundingStreamId] ??= []).push(id);
      (state.idsByRecipient[recipientOrganisationId] ??= []).push(id);
      return state;
    },
    AllocationRevised: change((view, event) => {
      const { previousAmountPence, amountPence, reason, decisionId, revisedOn } = event.data;
      view.amountPence = amountPence;
      view.revisions.push({
        previousAmountPence,
        amountPence,
        reason,
        decisionId,
        revisedOn,
        recorded: stampOf(event),
      });
    }),
    AllocationWithdrawn: change((view, event) => {
      const { amountPence, reason, decisionId, withdrawnOn } = event.data;
      view.status = 'WITHDRAWN';
      view.withdrawal = { amountPence, reason, decisionId, withdrawnOn, recorded: stampOf(event) };
    }),
    SpendRecorded: change((view, event) => {
      const { spendId, amountPence, spentOn, note, overspendPence, overspendReason } = event.data;
      view.spentPence = sumPence([view.spentPence, amountPence]);
      view.spends.push({
        id: spendId,
        amountPence,
        spentOn,
        note,
        overspendPence,
        overspendReason,
        recorded: stampOf(event),
      });
    }),
  },
});
