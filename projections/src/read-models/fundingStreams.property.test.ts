import type { TrackerEvent } from '@tracker/domain';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { project, type Projection } from '../projection';
import { envelopes } from '../../testing/envelopes';
import { fundingStreamsProjection, type FundingStreamsState } from './fundingStreams';

/**
 * A spend moves only the spent figures on (the stream's, its recipient's and its year's).
 * Whatever allocations, revisions, withdrawals and spends come, in any order, those figures
 * must equal what refreshing every figure from the folded stream gives, as every other event
 * of the stream does.
 */

const id = (n: number) => `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`;
const STREAM = id(1);
const YEARS = ['2021/22', '2022/23', '2023/24'];
const recipientOf = (n: number) => id(100 + n);
const allocationOf = (n: number) => id(200 + n);

/** The same read model with spends refreshing every figure, as the other events do. */
const { on } = fundingStreamsProjection;
const refreshingOnSpend: Projection<FundingStreamsState> = {
  ...fundingStreamsProjection,
  on: { ...on, SpendRecorded: on.AllocationRevised as unknown as typeof on.SpendRecorded },
};

type Op =
  | { kind: 'allocate'; recipient: number; year: number; amount: number }
  | { kind: 'revise' | 'spend'; pick: number; amount: number }
  | { kind: 'withdraw'; pick: number };

const amount = fc.integer({ min: 0, max: 5_000_000_00 });
// A pick past the allocations made so far names an allocation the stream does not have, and
// year 3 one the stream does not cover: both are in the log only if a decider let them by,
// but the figures must still agree.
const pick = fc.nat({ max: 12 });
const op: fc.Arbitrary<Op> = fc.oneof(
  fc.record({
    kind: fc.constant('allocate' as const),
    recipient: fc.nat({ max: 3 }),
    year: fc.nat({ max: 3 }),
    amount,
  }),
  fc.record({ kind: fc.constantFrom('revise' as const, 'spend' as const), pick, amount }),
  fc.record({ kind: fc.constant('withdraw' as const), pick }),
  fc.record({ kind: fc.constant('spend' as const), pick, amount }),
);

const registered: TrackerEvent = {
  type: 'FundingStreamRegistered',
  data: {
    fundingStreamId: STREAM,
    name: 'Safer Streets Fund',
    funder: 'Home Office',
    financialYears: YEARS,
    totalPence: 50_000_000_00,
    conditions: '',
    bidLimitPerArea: null,
    registeredOn: '2021-02-12',
  },
};

function eventsOf(ops: Op[]): TrackerEvent[] {
  let allocated = 0;
  const events = ops.map((op, n): TrackerEvent => {
    const common = { fundingStreamId: STREAM, decisionId: null, reason: 'test' };
    switch (op.kind) {
      case 'allocate':
        return {
          type: 'FundingAllocated',
          data: {
            fundingStreamId: STREAM,
            allocationId: allocationOf(allocated++),
            recipientOrganisationId: recipientOf(op.recipient),
            amountPence: op.amount,
            purpose: 'test',
            financialYear: YEARS[op.year] ?? '2030/31',
            decisionId: null,
            bidId: null,
            allocatedOn: '2021-03-19',
          },
        };
      case 'revise':
        return {
          type: 'AllocationRevised',
          data: {
            ...common,
            allocationId: allocationOf(op.pick),
            previousAmountPence: 0,
            amountPence: op.amount,
            revisedOn: '2021-04-01',
          },
        };
      case 'withdraw':
        return {
          type: 'AllocationWithdrawn',
          data: {
            ...common,
            allocationId: allocationOf(op.pick),
            amountPence: 0,
            withdrawnOn: '2021-05-01',
          },
        };
      case 'spend':
        return {
          type: 'SpendRecorded',
          data: {
            fundingStreamId: STREAM,
            allocationId: allocationOf(op.pick),
            spendId: id(1000 + n),
            amountPence: op.amount,
            spentOn: '2021-06-30',
            note: '',
            overspendPence: 0,
            overspendReason: null,
          },
        };
    }
  });
  return [registered, ...events];
}

describe('funding streams read model, spends', () => {
  it('gives the same figures as refreshing every figure, whatever the events', () => {
    fc.assert(
      fc.property(fc.array(op, { maxLength: 60 }), (ops) => {
        const events = envelopes(eventsOf(ops));
        const state = project(fundingStreamsProjection, events);
        expect(state).toEqual(project(refreshingOnSpend, events));
      }),
      { numRuns: 300 },
    );
  });

  it('moves the spent figures on by a spend and leaves allocated and left alone', () => {
    const ops: Op[] = [
      { kind: 'allocate', recipient: 0, year: 1, amount: 1000 },
      { kind: 'allocate', recipient: 1, year: 1, amount: 500 },
      { kind: 'spend', pick: 0, amount: 300 },
      { kind: 'spend', pick: 0, amount: 50 },
    ];
    const view = project(fundingStreamsProjection, envelopes(eventsOf(ops))).byId[STREAM]!;
    expect(view).toMatchObject({
      allocatedPence: 1500,
      spentPence: 350,
      leftPence: 50_000_000_00 - 1500,
    });
    expect(view.byRecipient.map((r) => r.spentPence)).toEqual([350, 0]);
    expect(view.byYear.map((y) => y.spentPence)).toEqual([0, 350, 0]);
  });
});
