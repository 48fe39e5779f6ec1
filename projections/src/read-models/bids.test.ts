import { describe, expect, it } from 'vitest';
import { project } from '../projection';
import { envelopes } from '../../testing/envelopes';
import { bidsProjection } from './bids';
import { allocationIdOf, bidIdOf, bidSubmitted, OPCC, SAFER_STREETS } from '../../testing/funding';

describe('bids read model', () => {
  const state = project(
    bidsProjection,
    envelopes([
      bidSubmitted(0, 'Safer Streets: City/Blaby', 55000000),
      bidSubmitted(1, 'Safer Streets: Hinckley town centre', 40000000),
      {
        type: 'BidDecided',
        data: {
          fundingStreamId: SAFER_STREETS,
          bidId: bidIdOf(0),
          outcome: 'SUCCESSFUL',
          amountAwardedPence: 50000000,
          allocationId: allocationIdOf(50),
          note: 'Awarded less than asked',
          decisionId: null,
          decidedOn: '2021-06-01',
        },
        occurredAt: '2021-06-01',
      },
      {
        type: 'FundingAllocated',
        data: {
          fundingStreamId: SAFER_STREETS,
          allocationId: allocationIdOf(50),
          recipientOrganisationId: OPCC,
          amountPence: 50000000,
          purpose: 'Safer Streets: City/Blaby',
          financialYear: '2021/22',
          decisionId: null,
          bidId: bidIdOf(0),
          allocatedOn: '2021-06-01',
        },
        occurredAt: '2021-06-01',
      },
    ]),
  );

  it('keeps open bids with their area, amount asked and deadline', () => {
    expect(state.order).toEqual([bidIdOf(0), bidIdOf(1)]);
    expect(state.idsByStream[SAFER_STREETS]).toEqual([bidIdOf(0), bidIdOf(1)]);
    expect(state.byId[bidIdOf(1)]).toMatchObject({
      status: 'SUBMITTED',
      area: 'Leicestershire',
      amountAskedPence: 40000000,
      deadline: '2021-03-25',
      submittedOn: '2021-03-19',
      amountAwardedPence: null,
      decision: null,
    });
  });

  it('records the decision, the award and the allocation that holds it', () => {
    expect(state.byId[bidIdOf(0)]).toMatchObject({
      status: 'SUCCESSFUL',
      amountAwardedPence: 50000000,
      allocationId: allocationIdOf(50),
      decision: { note: 'Awarded less than asked', decidedOn: '2021-06-01' },
      lastChanged: { at: '2021-06-01' },
    });
  });
});
