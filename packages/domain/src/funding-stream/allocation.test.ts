import { describe, expect, it } from 'vitest';
import { memberIdFor } from '../kernel/ids';
import { specify } from '../../testing/specification';
import { allocateFunding, recordSpend, reviseAllocation, withdrawAllocation } from './allocation';
import {
  DA_DUTY,
  DA_DUTY_DECISION,
  LEICESTERSHIRE_CC,
  OHID_GRANT,
  TURNING_POINT,
  UNKNOWN,
  daDutyAllocationId,
  daDutyFullyAllocated,
  daDutyRegistered,
  daDutyTable,
  decisionExists,
  fundingAllocated,
  ohidGrantRegistered,
  organisations,
} from '../../testing/funding-stream';
import type { FundingStreamEvent } from './funding-stream';

const refs = { ...organisations, decision: decisionExists(DA_DUTY_DECISION) };

/** The input that makes the index-th allocation of the DA duty table. */
const allocationInput = (index: number) => {
  const event = daDutyFullyAllocated[index + 1];
  if (event?.type !== 'FundingAllocated') throw new Error(`no DA duty row ${index}`);
  const { bidId: _bidId, ...input } = event.data;
  return input;
};

/** The DA duty stream with the first `count` allocations of the table made. */
const firstAllocations = (count: number) => daDutyFullyAllocated.slice(0, count + 1);

const LCC_ALLOCATION = daDutyAllocationId(0);
const CHARNWOOD_ALLOCATION = daDutyAllocationId(9);
const CHARNWOOD_INDEX = 9;

type SpendData = Extract<FundingStreamEvent, { type: 'SpendRecorded' }>['data'];

/** A spend on the Leicestershire allocation, within it, unless told otherwise. */
const spendRecorded = (data: Partial<SpendData>): FundingStreamEvent => ({
  type: 'SpendRecorded',
  data: {
    fundingStreamId: DA_DUTY,
    allocationId: LCC_ALLOCATION,
    spendId: memberIdFor(DA_DUTY, 'spend', 0),
    amountPence: 0,
    spentOn: '2021-09-30',
    note: '',
    overspendPence: 0,
    overspendReason: null,
    ...data,
  },
});

const spent = (allocationId: string, amountPence: number) =>
  spendRecorded({ allocationId, amountPence });

const withdrawn = (allocationId: string, amountPence: number): FundingStreamEvent => ({
  type: 'AllocationWithdrawn',
  data: {
    fundingStreamId: DA_DUTY,
    allocationId,
    amountPence,
    reason: 'Recorded against the wrong authority',
    decisionId: null,
    withdrawnOn: '2021-04-01',
  },
});

describe('allocateFunding', () => {
  it('allocates each of the ten DA duty amounts in turn, up to exactly £2,276,643', () => {
    daDutyTable.forEach((row, index) => {
      specify(allocateFunding)
        .given(firstAllocations(index), refs)
        .when(allocationInput(index))
        .then([daDutyFullyAllocated[index + 1] as FundingStreamEvent]);
    });
  });

  it('refuses one penny more once the table is allocated, saying £0.00 is left', () => {
    const error = specify(allocateFunding)
      .given(daDutyFullyAllocated, refs)
      .when({ ...allocationInput(CHARNWOOD_INDEX), allocationId: undefined, amountPence: 1 })
      .thenThrows(
        'CONFLICT',
        /an allocation of £0\.01 would take "Domestic Abuse duty 2021\/22" over its total of £2,276,643\.00: £0\.00 \(0 pence\) is left to allocate/,
      );
    expect(error.details).toMatchObject({ leftPence: 0, totalPence: 227664300 });
  });

  it('refuses an allocation above what is left, saying how much is left in pounds and pence', () => {
    const error = specify(allocateFunding)
      .given(firstAllocations(CHARNWOOD_INDEX), refs)
      .when({ ...allocationInput(CHARNWOOD_INDEX), amountPence: 3229501 })
      .thenThrows('CONFLICT', /£32,295\.00 \(3229500 pence\) is left to allocate/);
    expect(error.details).toMatchObject({
      leftPence: 3229500,
      leftPounds: '£32,295.00',
      requestedPence: 3229501,
      allocatedPence: 227664300 - 3229500,
    });
  });

  it('mints the allocation id, takes the stream’s only year and dates it by the command', () => {
    const input = {
      fundingStreamId: DA_DUTY,
      recipientOrganisationId: LEICESTERSHIRE_CC,
      purpose: 'Safe accommodation support',
    };
    specify(allocateFunding)
      .given([daDutyRegistered], organisations)
      .when({ ...input, amountPence: '112720500' }, { occurredAt: '2021-03-19T12:00:00Z' })
      .then([
        fundingAllocated({
          ...input,
          allocationId: memberIdFor(DA_DUTY, 'allocation', 0),
          amountPence: 112720500,
          financialYear: '2021/22',
          allocatedOn: '2021-03-19',
        }),
      ]);
  });

  it('allocates a multi-year grant for the year named', () => {
    const input = {
      fundingStreamId: OHID_GRANT,
      allocationId: LCC_ALLOCATION,
      recipientOrganisationId: TURNING_POINT,
      amountPence: 30000000,
      purpose: 'Year 1: complex case/vulnerability team within the treatment service',
      financialYear: '2022/23',
      allocatedOn: '2022-06-17',
    };
    specify(allocateFunding)
      .given([ohidGrantRegistered], organisations)
      .when(input)
      .then([fundingAllocated(input)]);
  });

  it('refuses a multi-year grant allocation that does not say which year', () => {
    specify(allocateFunding)
      .given([ohidGrantRegistered], organisations)
      .when({
        fundingStreamId: OHID_GRANT,
        recipientOrganisationId: TURNING_POINT,
        amountPence: 30000000,
        purpose: 'Year 1',
      })
      .thenThrows(
        'BAD_USER_INPUT',
        /financialYear: "OHID supplemental substance misuse treatment grant" covers 2022\/23, 2023\/24, 2024\/25; say which year/,
      );
  });

  it('refuses a financial year the stream does not cover', () => {
    specify(allocateFunding)
      .given([daDutyRegistered], refs)
      .when({ ...allocationInput(0), financialYear: '2022/23' })
      .thenThrows(
        'BAD_USER_INPUT',
        /financialYear: 2022\/23 is not covered by "Domestic Abuse duty 2021\/22", which covers 2021\/22/,
      );
  });

  it('refuses negative, fractional and float-string amounts', () => {
    const when = (amountPence: unknown) =>
      specify(allocateFunding)
        .given([daDutyRegistered], refs)
        .whenSent({ ...allocationInput(0), amountPence });
    when(-112720500).thenThrows('BAD_USER_INPUT', /amountPence: must not be negative/);
    when(112720500.5).thenThrows('BAD_USER_INPUT', /amountPence: .*fraction of a penny/);
    when('1127205.00').thenThrows(
      'BAD_USER_INPUT',
      /amountPence: .*looks like pounds with decimals/,
    );
    when(0).thenThrows('BAD_USER_INPUT', /amountPence: must be at least 1 pence/);
  });

  it('refuses a recipient that does not exist', () => {
    specify(allocateFunding)
      .given([daDutyRegistered], refs)
      .when({ ...allocationInput(0), recipientOrganisationId: UNKNOWN })
      .thenThrows('NOT_FOUND', new RegExp(`recipient organisation ${UNKNOWN} does not exist`));
  });

  it('refuses a decision that does not exist', () => {
    specify(allocateFunding)
      .given([daDutyRegistered], { ...organisations, decision: [] })
      .when({ ...allocationInput(0), decisionId: UNKNOWN })
      .thenThrows('NOT_FOUND', new RegExp(`decision ${UNKNOWN} does not exist`));
  });

  it('refuses a funding stream that does not exist', () => {
    specify(allocateFunding)
      .given([], refs)
      .when(allocationInput(0))
      .thenThrows('NOT_FOUND', new RegExp(`funding stream ${DA_DUTY} does not exist`));
  });

  it('refuses an allocation id already used', () => {
    specify(allocateFunding)
      .given(firstAllocations(1), refs)
      .when(allocationInput(0))
      .thenThrows('CONFLICT', /already on "Domestic Abuse duty 2021\/22"; give a new allocationId/);
  });

  it('refuses an unparseable date and a missing purpose', () => {
    specify(allocateFunding)
      .given([daDutyRegistered], refs)
      .whenSent({ ...allocationInput(0), purpose: undefined, allocatedOn: '19 March 2021' })
      .thenThrows('BAD_USER_INPUT', /purpose: is required; allocatedOn: must be a date/);
  });
});

describe('reviseAllocation', () => {
  const revise = (amountPence: unknown, extra: Record<string, unknown> = {}) => ({
    fundingStreamId: DA_DUTY,
    allocationId: CHARNWOOD_ALLOCATION,
    amountPence,
    reason: 'MHCLG revised the Charnwood figure',
    revisedOn: '2021-06-01',
    ...extra,
  });

  /** Charnwood's £32,295 revised to a new amount. */
  const revised = (amountPence: number, decisionId: string | null = null): FundingStreamEvent => ({
    type: 'AllocationRevised',
    data: {
      fundingStreamId: DA_DUTY,
      allocationId: CHARNWOOD_ALLOCATION,
      previousAmountPence: 3229500,
      amountPence,
      reason: 'MHCLG revised the Charnwood figure',
      decisionId,
      revisedOn: '2021-06-01',
    },
  });

  it('revises an allocation within what is left, keeping the amount it replaced', () => {
    specify(reviseAllocation)
      .given([...firstAllocations(CHARNWOOD_INDEX + 1), withdrawn(daDutyAllocationId(8), 3230100)])
      .whenSent(revise(3229500 + 3230100))
      .then([revised(6459600)]);
  });

  it('revises down when the table is full, under a decision', () => {
    specify(reviseAllocation)
      .given(daDutyFullyAllocated, { decision: decisionExists(DA_DUTY_DECISION) })
      .whenSent(revise(3000000, { decisionId: DA_DUTY_DECISION }))
      .then([revised(3000000, DA_DUTY_DECISION)]);
  });

  it('refuses a revision over the total, counting the allocation’s own amount as left', () => {
    const error = specify(reviseAllocation)
      .given(daDutyFullyAllocated)
      .whenSent(revise(3229501))
      .thenThrows(
        'CONFLICT',
        /a revision of £32,295\.01 would take "Domestic Abuse duty 2021\/22" over its total of £2,276,643\.00: £32,295\.00 \(3229500 pence\) is left/,
      );
    expect(error.details).toMatchObject({ leftPence: 3229500 });
  });

  it('refuses the amount it already has', () => {
    specify(reviseAllocation)
      .given(daDutyFullyAllocated)
      .whenSent(revise(3229500))
      .thenThrows('BAD_USER_INPUT', /amountPence: .* is already £32,295\.00; give the new amount/);
  });

  it('refuses an amount below what has been spent', () => {
    specify(reviseAllocation)
      .given([...daDutyFullyAllocated, spent(CHARNWOOD_ALLOCATION, 2000000)])
      .whenSent(revise(1999999))
      .thenThrows(
        'CONFLICT',
        /has £20,000\.00 \(2000000 pence\) spent against it; revise it to at least that/,
      );
  });

  it('refuses a withdrawn allocation', () => {
    specify(reviseAllocation)
      .given([...daDutyFullyAllocated, withdrawn(CHARNWOOD_ALLOCATION, 3229500)])
      .whenSent(revise(3000000))
      .thenThrows('CONFLICT', /has been withdrawn; a revision cannot be done/);
  });

  it('refuses an allocation that is not on the stream, and a stream that does not exist', () => {
    specify(reviseAllocation)
      .given(daDutyFullyAllocated)
      .whenSent(revise(3000000, { allocationId: UNKNOWN }))
      .thenThrows('NOT_FOUND', new RegExp(`allocation ${UNKNOWN} is not on funding stream`));
    specify(reviseAllocation)
      .given([])
      .whenSent(revise(3000000))
      .thenThrows('NOT_FOUND', /funding stream .* does not exist/);
  });

  it('refuses a decision that does not exist', () => {
    specify(reviseAllocation)
      .given(daDutyFullyAllocated, { decision: [] })
      .whenSent(revise(3000000, { decisionId: UNKNOWN }))
      .thenThrows('NOT_FOUND', new RegExp(`decision ${UNKNOWN} does not exist`));
  });

  it('refuses a missing reason and a fractional amount', () => {
    specify(reviseAllocation)
      .given(daDutyFullyAllocated)
      .whenSent(revise(3000000.25, { reason: '' }))
      .thenThrows(
        'BAD_USER_INPUT',
        /amountPence: .*fraction of a penny.*; reason: must not be empty/,
      );
  });
});

describe('withdrawAllocation', () => {
  const withdraw = (extra: Record<string, unknown> = {}) => ({
    fundingStreamId: DA_DUTY,
    allocationId: CHARNWOOD_ALLOCATION,
    reason: 'Recorded against the wrong authority',
    withdrawnOn: '2021-04-01',
    ...extra,
  });

  it('withdraws a live allocation, recording the amount it held', () => {
    specify(withdrawAllocation)
      .given(daDutyFullyAllocated)
      .when(withdraw())
      .then([withdrawn(CHARNWOOD_ALLOCATION, 3229500)]);
  });

  it('returns the withdrawn amount to what is left', () => {
    specify(allocateFunding)
      .given([...daDutyFullyAllocated, withdrawn(CHARNWOOD_ALLOCATION, 3229500)], refs)
      .when({ ...allocationInput(CHARNWOOD_INDEX), allocationId: UNKNOWN })
      .then([fundingAllocated({ ...allocationInput(CHARNWOOD_INDEX), allocationId: UNKNOWN })]);
  });

  it('refuses an allocation withdrawn already', () => {
    specify(withdrawAllocation)
      .given([...daDutyFullyAllocated, withdrawn(CHARNWOOD_ALLOCATION, 3229500)])
      .when(withdraw())
      .thenThrows('CONFLICT', /has been withdrawn; withdrawal cannot be done/);
  });

  it('refuses an allocation with spend against it', () => {
    specify(withdrawAllocation)
      .given([...daDutyFullyAllocated, spent(CHARNWOOD_ALLOCATION, 100)])
      .when(withdraw())
      .thenThrows(
        'CONFLICT',
        /has £1\.00 \(100 pence\) spent against it, so it cannot be withdrawn/,
      );
  });

  it('refuses an unknown allocation, an unknown decision and a missing reason', () => {
    specify(withdrawAllocation)
      .given(daDutyFullyAllocated)
      .when(withdraw({ allocationId: UNKNOWN }))
      .thenThrows('NOT_FOUND', /is not on funding stream "Domestic Abuse duty 2021\/22"/);
    specify(withdrawAllocation)
      .given(daDutyFullyAllocated, { decision: [] })
      .when(withdraw({ decisionId: UNKNOWN }))
      .thenThrows('NOT_FOUND', /decision .* does not exist/);
    specify(withdrawAllocation)
      .given(daDutyFullyAllocated)
      .when(withdraw({ reason: undefined }))
      .thenThrows('BAD_USER_INPUT', /reason: is required/);
  });
});

describe('recordSpend', () => {
  const spend = (amountPence: unknown, extra: Record<string, unknown> = {}) => ({
    fundingStreamId: DA_DUTY,
    allocationId: LCC_ALLOCATION,
    amountPence,
    spentOn: '2021-09-30',
    ...extra,
  });

  it('records spend within the allocation', () => {
    specify(recordSpend)
      .given(daDutyFullyAllocated)
      .whenSent(spend(50000000, { note: 'Q1-Q2 safe accommodation support' }))
      .then([spendRecorded({ amountPence: 50000000, note: 'Q1-Q2 safe accommodation support' })]);
  });

  it('spends the allocation exactly without an overspend reason', () => {
    specify(recordSpend)
      .given([...daDutyFullyAllocated, spent(LCC_ALLOCATION, 100000000)])
      .whenSent(spend(12720500, { spendId: UNKNOWN }))
      .then([spendRecorded({ spendId: UNKNOWN, amountPence: 12720500 })]);
  });

  it('refuses an overspend without a reason, saying by how much', () => {
    specify(recordSpend)
      .given([...daDutyFullyAllocated, spent(LCC_ALLOCATION, 100000000)])
      .whenSent(spend(12720600))
      .thenThrows(
        'BAD_USER_INPUT',
        /overspendReason: this spend of £127,206\.00 takes "DA duty 2021\/22 allocation: Leicestershire County Council" to £1,127,206\.00 spent, £1\.00 \(100 pence\) over its allocation of £1,127,205\.00; give overspendReason/,
      );
  });

  it('records an overspend with its reason', () => {
    specify(recordSpend)
      .given([...daDutyFullyAllocated, spent(LCC_ALLOCATION, 100000000)])
      .whenSent(spend(12720600, { overspendReason: 'Refuge demand above forecast; agreed by LCC' }))
      .then([
        spendRecorded({
          spendId: memberIdFor(DA_DUTY, 'spend', 1),
          amountPence: 12720600,
          overspendPence: 100,
          overspendReason: 'Refuge demand above forecast; agreed by LCC',
        }),
      ]);
  });

  it('refuses an overspend reason when the spend stays within the allocation', () => {
    specify(recordSpend)
      .given(daDutyFullyAllocated)
      .whenSent(spend(100, { overspendReason: 'Just in case' }))
      .thenThrows(
        'BAD_USER_INPUT',
        /overspendReason: this spend stays within .* \(£1,127,204\.00 \(112720400 pence\) left after it\); leave overspendReason out/,
      );
  });

  it('refuses spend against a withdrawn allocation', () => {
    specify(recordSpend)
      .given([...daDutyFullyAllocated, withdrawn(LCC_ALLOCATION, 112720500)])
      .whenSent(spend(100))
      .thenThrows('CONFLICT', /has been withdrawn; spend cannot be done/);
  });

  it('refuses an unknown allocation and a spend id already used', () => {
    specify(recordSpend)
      .given(daDutyFullyAllocated)
      .whenSent(spend(100, { allocationId: UNKNOWN }))
      .thenThrows('NOT_FOUND', new RegExp(`allocation ${UNKNOWN} is not on funding stream`));
    specify(recordSpend)
      .given([...daDutyFullyAllocated, spent(LCC_ALLOCATION, 100)])
      .whenSent(spend(100, { spendId: memberIdFor(DA_DUTY, 'spend', 0) }))
      .thenThrows(
        'CONFLICT',
        /is already recorded on "Domestic Abuse duty 2021\/22"; give a new spendId/,
      );
  });

  it('refuses an unparseable date, a missing date and bad amounts', () => {
    specify(recordSpend)
      .given(daDutyFullyAllocated)
      .whenSent(spend('£100', { spentOn: '2021-09-31' }))
      .thenThrows(
        'BAD_USER_INPUT',
        /amountPence: .*digits only.*; spentOn: must be a date written YYYY-MM-DD/,
      );
    specify(recordSpend)
      .given(daDutyFullyAllocated)
      .whenSent(spend(-5, { spentOn: undefined }))
      .thenThrows('BAD_USER_INPUT', /amountPence: must not be negative.*; spentOn: /);
  });
});
