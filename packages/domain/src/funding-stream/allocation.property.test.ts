import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fold, type DomainEvent } from '../kernel/decider';
import { DomainError } from '../kernel/errors';
import { decideCommand, prepareCommand, type AnyCommandDefinition } from '../kernel/execute';
import { allocateFunding, recordSpend, reviseAllocation, withdrawAllocation } from './allocation';
import { DA_DUTY, LEICESTERSHIRE_CC, idOf, organisations } from '../../testing/funding-stream';
import {
  allocatedPence,
  fundingStream,
  leftPence,
  type FundingStreamEvent,
  type FundingStreamState,
} from './funding-stream';

/**
 * Whatever allocations, revisions, withdrawals and spends are asked for, in any order, the
 * live allocations of a stream never exceed its total; and an allocation is refused exactly
 * when it is more than what is left.
 */

type Op =
  | { kind: 'allocate'; amount: number }
  | { kind: 'revise'; pick: number; amount: number }
  | { kind: 'withdraw'; pick: number }
  | { kind: 'spend'; pick: number; amount: number };

const amount = (total: number) =>
  fc.oneof(
    fc.integer({ min: 1, max: Math.max(1, Math.floor(total / 4)) }),
    fc.integer({ min: 1, max: total * 2 }),
  );

const ops = (total: number): fc.Arbitrary<Op[]> =>
  fc.array(
    fc.oneof(
      fc.record({ kind: fc.constant('allocate' as const), amount: amount(total) }),
      fc.record({ kind: fc.constant('revise' as const), pick: fc.nat(), amount: amount(total) }),
      fc.record({ kind: fc.constant('withdraw' as const), pick: fc.nat() }),
      fc.record({ kind: fc.constant('spend' as const), pick: fc.nat(), amount: amount(total) }),
    ),
    { maxLength: 40 },
  );

const registered = (totalPence: number): FundingStreamEvent => ({
  type: 'FundingStreamRegistered',
  data: {
    fundingStreamId: DA_DUTY,
    name: 'Domestic Abuse duty 2021/22',
    funder: 'MHCLG',
    financialYears: ['2021/22'],
    totalPence,
    conditions: '',
    bidLimitPerArea: null,
    registeredOn: '2021-02-12',
  },
});

const commandFor = (
  op: Op,
  state: FundingStreamState,
  step: number,
): [AnyCommandDefinition, Record<string, unknown>] => {
  const target = { fundingStreamId: DA_DUTY };
  const picked =
    state.allocations[op.kind === 'allocate' ? 0 : op.pick % Math.max(1, state.allocations.length)];
  const allocationId = picked?.allocationId ?? idOf('no allocation yet');
  switch (op.kind) {
    case 'allocate':
      return [
        allocateFunding,
        {
          ...target,
          recipientOrganisationId: LEICESTERSHIRE_CC,
          amountPence: op.amount,
          purpose: `step ${step}`,
        },
      ];
    case 'revise':
      return [
        reviseAllocation,
        { ...target, allocationId, amountPence: op.amount, reason: 'revised' },
      ];
    case 'withdraw':
      return [withdrawAllocation, { ...target, allocationId, reason: 'withdrawn' }];
    case 'spend':
      return [
        recordSpend,
        {
          ...target,
          allocationId,
          amountPence: op.amount,
          spentOn: '2021-09-30',
          overspendReason: 'agreed',
        },
      ];
  }
};

function run(total: number, sequence: Op[]) {
  const events: DomainEvent[] = [registered(total)];
  sequence.forEach((op, step) => {
    const state = fold(fundingStream, events as FundingStreamEvent[]);
    const [definition, input] = commandFor(op, state, step);
    const prepared = prepareCommand(definition, input, idOf(`command ${step}`));
    let decided: DomainEvent[] | null = null;
    try {
      decided = decideCommand(prepared, events, organisations, '2021-03-19');
    } catch (error) {
      expect(error).toBeInstanceOf(DomainError);
      const refusal = error as DomainError;
      if (refusal.code === 'CONFLICT' && refusal.details.leftPence !== undefined)
        expect(refusal.details.leftPence).toBeLessThan(Number(refusal.details.requestedPence));
    }
    if (op.kind === 'allocate') expect(decided !== null).toBe(op.amount <= leftPence(state));
    if (decided) events.push(...decided);
    const after = fold(fundingStream, events as FundingStreamEvent[]);
    expect(allocatedPence(after)).toBeLessThanOrEqual(total);
    expect(leftPence(after)).toBeGreaterThanOrEqual(0);
  });
}

describe('a funding stream under any sequence of allocation commands', () => {
  it('never holds live allocations above its total', () => {
    fc.assert(
      fc.property(
        fc
          .integer({ min: 1, max: 1_000_000_000 })
          .chain((total) => fc.tuple(fc.constant(total), ops(total))),
        ([total, sequence]) => run(total, sequence),
      ),
      { numRuns: 300 },
    );
  });

  it('never holds live allocations above £2,276,643 for the DA duty', () => {
    fc.assert(
      fc.property(ops(227664300), (sequence) => run(227664300, sequence)),
      { numRuns: 200 },
    );
  });
});
