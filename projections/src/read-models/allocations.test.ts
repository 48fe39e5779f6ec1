import { describe, expect, it } from 'vitest';
import { project } from '../projection';
import { envelopes } from '../../testing/envelopes';
import { allocationsProjection } from './allocations';
import {
  allocationIdOf,
  CHARNWOOD,
  DA_DUTY,
  daDutyAllocations,
  charnwoodRevised,
  daDutyRegistered,
  oadbyWithdrawn,
  LEICESTERSHIRE_CC,
} from '../../testing/funding';

const spend = (n: number, amountPence: number, overspendPence = 0) => ({
  type: 'SpendRecorded' as const,
  data: {
    fundingStreamId: DA_DUTY,
    allocationId: allocationIdOf(9),
    spendId: `00000000-0000-4000-8000-00000000090${n}`,
    amountPence,
    spentOn: '2021-09-30',
    note: `Spend ${n}`,
    overspendPence,
    overspendReason: overspendPence > 0 ? 'Agreed by the DSVA Ops Group' : null,
  },
  occurredAt: '2021-09-30',
});

describe('allocations read model', () => {
  const state = project(
    allocationsProjection,
    envelopes([
      daDutyRegistered,
      ...daDutyAllocations,
      charnwoodRevised,
      spend(1, 2000000),
      spend(2, 1000050, 50),
      oadbyWithdrawn,
    ]),
  );

  it('keeps each allocation with its recipient, year and purpose, indexed by stream and recipient', () => {
    expect(state.order).toHaveLength(10);
    expect(state.idsByStream[DA_DUTY]).toHaveLength(10);
    expect(state.idsByRecipient[LEICESTERSHIRE_CC]).toEqual([allocationIdOf(0)]);
    expect(state.byId[allocationIdOf(0)]).toMatchObject({
      fundingStreamId: DA_DUTY,
      recipientOrganisationId: LEICESTERSHIRE_CC,
      amountPence: 112720500,
      financialYear: '2021/22',
      status: 'LIVE',
      spentPence: 0,
      leftToSpendPence: 112720500,
      purpose: 'DA duty 2021/22 allocation: Leicestershire County Council',
      revisions: [],
      withdrawal: null,
    });
  });

  it('records revisions with the amount they replaced, and spend (an overspend goes below zero left)', () => {
    const charnwood = state.byId[allocationIdOf(9)]!;
    expect(charnwood.recipientOrganisationId).toBe(CHARNWOOD);
    expect(charnwood.amountPence).toBe(3000000);
    expect(charnwood.revisions).toMatchObject([
      { previousAmountPence: 3229500, amountPence: 3000000, reason: 'Corrected by MHCLG' },
    ]);
    expect(charnwood.spentPence).toBe(3000050);
    expect(charnwood.leftToSpendPence).toBe(-50);
    expect(
      charnwood.spends.map((s) => [s.amountPence, s.overspendPence, s.overspendReason]),
    ).toEqual([
      [2000000, 0, null],
      [1000050, 50, 'Agreed by the DSVA Ops Group'],
    ]);
    expect(charnwood.lastChanged.at).toBe('2021-09-30');
  });

  it('keeps a withdrawn allocation with its reason', () => {
    expect(state.byId[allocationIdOf(8)]).toMatchObject({
      status: 'WITHDRAWN',
      amountPence: 3230100,
      withdrawal: {
        amountPence: 3230100,
        reason: 'Paid directly by MHCLG',
        withdrawnOn: '2021-04-02',
      },
    });
  });
});
