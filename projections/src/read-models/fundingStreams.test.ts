import { describe, expect, it } from 'vitest';
import { project } from '../projection';
import { envelopes } from '../../testing/envelopes';
import {
  allocationIdOf,
  bidIdOf,
  bidSubmitted,
  CHARNWOOD,
  DA_DUTY,
  daDutyAllocations,
  charnwoodRevised,
  daDutyRegistered,
  oadbyWithdrawn,
  LEICESTERSHIRE_CC,
  OPCC,
  SAFER_STREETS,
  saferStreetsRegistered,
} from '../../testing/funding';
import { fundingStreamsProjection } from './fundingStreams';

describe('funding streams read model', () => {
  it('reads the DA duty table as fully allocated: £2,276,643 across ten authorities, nothing left', () => {
    const state = project(
      fundingStreamsProjection,
      envelopes([daDutyRegistered, ...daDutyAllocations]),
    );
    const stream = state.byId[DA_DUTY]!;
    expect(stream).toMatchObject({
      name: 'Domestic Abuse duty 2021/22',
      funder: 'Ministry of Housing, Communities and Local Government',
      financialYears: ['2021/22'],
      totalPence: 227664300,
      allocatedPence: 227664300,
      spentPence: 0,
      leftPence: 0,
      registered: { at: '2021-02-12', by: 'programme.office' },
    });
    expect(stream.byRecipient).toHaveLength(10);
    expect(stream.byRecipient[0]).toEqual({
      recipientOrganisationId: LEICESTERSHIRE_CC,
      allocatedPence: 112720500,
      spentPence: 0,
      allocationIds: [allocationIdOf(0)],
    });
    expect(stream.byRecipient[9]).toMatchObject({
      recipientOrganisationId: CHARNWOOD,
      allocatedPence: 3229500,
    });
    expect(stream.allocationIds).toHaveLength(10);
    expect(state.order).toEqual([DA_DUTY]);
  });

  it('gives back what a revision or withdrawal releases, and counts spend', () => {
    const state = project(
      fundingStreamsProjection,
      envelopes([
        daDutyRegistered,
        ...daDutyAllocations,
        charnwoodRevised,
        oadbyWithdrawn,
        {
          type: 'SpendRecorded',
          data: {
            fundingStreamId: DA_DUTY,
            allocationId: allocationIdOf(0),
            spendId: '00000000-0000-4000-8000-000000000900',
            amountPence: 5000050,
            spentOn: '2021-06-30',
            note: 'Q1 safe accommodation support',
            overspendPence: 0,
            overspendReason: null,
          },
          occurredAt: '2021-06-30',
        },
      ]),
    );
    const stream = state.byId[DA_DUTY]!;
    // 229500 released by the revision, 3230100 by the withdrawal.
    expect(stream.leftPence).toBe(229500 + 3230100);
    expect(stream.allocatedPence).toBe(227664300 - 229500 - 3230100);
    expect(stream.spentPence).toBe(5000050);
    expect(stream.byRecipient[0]!.spentPence).toBe(5000050);
    // The spend itself is kept by the allocations read model, not in the folded stream.
    expect(state.folded[DA_DUTY]!.spendIds).toEqual([]);
    expect(stream.byRecipient[8]!.allocatedPence).toBe(0);
    expect(stream.byRecipient[9]!.allocatedPence).toBe(3000000);
    expect(stream.lastChanged.at).toBe('2021-06-30');
  });

  it('lists bids and counts a successful award as allocated', () => {
    const state = project(
      fundingStreamsProjection,
      envelopes([
        saferStreetsRegistered,
        bidSubmitted(0, 'Safer Streets: Hinckley town centre', 50000000),
        {
          type: 'BidDecided',
          data: {
            fundingStreamId: SAFER_STREETS,
            bidId: bidIdOf(0),
            outcome: 'SUCCESSFUL',
            amountAwardedPence: 45000000,
            allocationId: allocationIdOf(50),
            note: '',
            decisionId: null,
            decidedOn: '2021-06-01',
          },
        },
        {
          type: 'FundingAllocated',
          data: {
            fundingStreamId: SAFER_STREETS,
            allocationId: allocationIdOf(50),
            recipientOrganisationId: OPCC,
            amountPence: 45000000,
            purpose: 'Safer Streets: Hinckley town centre',
            financialYear: '2021/22',
            decisionId: null,
            bidId: bidIdOf(0),
            allocatedOn: '2021-06-01',
          },
        },
      ]),
    );
    const stream = state.byId[SAFER_STREETS]!;
    expect(stream.bidIds).toEqual([bidIdOf(0)]);
    expect(stream.bidLimitPerArea).toBe(3);
    expect(stream.allocatedPence).toBe(45000000);
    expect(stream.leftPence).toBe(2000000000 - 45000000);
  });

  it('totals a multi-year stream by financial year, every covered year listed', () => {
    const OHID = '00000000-0000-4000-8000-000000000777';
    const allocated = (n: number, financialYear: string, amountPence: number) => ({
      type: 'FundingAllocated' as const,
      data: {
        fundingStreamId: OHID,
        allocationId: allocationIdOf(60 + n),
        recipientOrganisationId: LEICESTERSHIRE_CC,
        amountPence,
        purpose: 'Substance misuse treatment',
        financialYear,
        decisionId: null,
        bidId: null,
        allocatedOn: '2022-04-01',
      },
    });
    const state = project(
      fundingStreamsProjection,
      envelopes([
        {
          type: 'FundingStreamRegistered',
          data: {
            fundingStreamId: OHID,
            name: 'OHID supplemental substance misuse treatment grant',
            funder: 'Office for Health Improvement and Disparities',
            financialYears: ['2022/23', '2023/24', '2024/25'],
            totalPence: 199000000,
            conditions: '',
            bidLimitPerArea: null,
            registeredOn: '2022-04-01',
          },
        },
        allocated(0, '2022/23', 50000000),
        allocated(1, '2023/24', 60000000),
        allocated(2, '2022/23', 1),
      ]),
    );
    expect(state.byId[OHID]!.byYear).toEqual([
      { financialYear: '2022/23', allocatedPence: 50000001, spentPence: 0 },
      { financialYear: '2023/24', allocatedPence: 60000000, spentPence: 0 },
      { financialYear: '2024/25', allocatedPence: 0, spentPence: 0 },
    ]);
    expect(state.byId[OHID]!.leftPence).toBe(199000000 - 110000001);
  });

  it('ignores events for a stream it does not hold', () => {
    const state = project(fundingStreamsProjection, envelopes([...daDutyAllocations]));
    expect(state.byId).toEqual({});
  });
});
