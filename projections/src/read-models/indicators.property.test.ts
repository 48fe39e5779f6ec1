import { assessIndicator, financialYearPeriod, type TrackerEvent } from '@tracker/domain';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { applyEvent } from '../projection';
import { envelopes } from '../../testing/envelopes';
import { indicatorsProjection, type IndicatorView } from './indicators';

/**
 * The standing is worked out from the last two values in force and the new one, or from every
 * value after a correction. Whatever values and corrections come, in any order, it must be
 * what assessing every value recorded gives.
 */

const INDICATOR = '60000000-0000-4000-8000-000000000001';
const recordIdOf = (n: number) => `60000000-0000-4000-8000-${String(n).padStart(12, '0')}`;
// Few years and values, so periods tie, values repeat and corrections hit the latest values.
const YEARS = ['2019/20', '2020/21', '2021/22'];

const defined: TrackerEvent = {
  type: 'IndicatorDefined',
  data: {
    indicatorId: INDICATOR,
    name: 'MARAC repeat referral rate',
    description: '',
    unit: 'PERCENTAGE',
    polarity: 'LOWER_IS_BETTER',
    thresholds: { targetRange: { low: '28', high: '40' }, targetValue: null },
    stableWithin: '2',
    boardId: null,
    priorityId: null,
    definedOn: '2022-06-17',
  },
};

const entryArb = fc.record({
  year: fc.constantFrom(...YEARS),
  value: fc.constantFrom('28', '36', '36.0', '41.5', '51'),
  /** A correction of the value this many records back (past the first: one never made). */
  corrects: fc.option(fc.nat(6), { nil: null, freq: 3 }),
});

type Entry = typeof entryArb extends fc.Arbitrary<infer E> ? E : never;

function eventsOf(entries: Entry[]): TrackerEvent[] {
  return entries.map(({ year, value, corrects }, n): TrackerEvent => {
    const data = {
      indicatorId: INDICATOR,
      recordId: recordIdOf(n),
      period: financialYearPeriod(year),
      value,
      source: 'LSCSB',
      note: '',
      recordedOn: '2022-06-17',
    };
    if (corrects === null) return { type: 'IndicatorValueRecorded', data };
    const supersedesRecordId = recordIdOf(n - 1 - corrects);
    return { type: 'IndicatorValueCorrected', data: { ...data, supersedesRecordId, reason: 'x' } };
  });
}

/** The standing from every value recorded, as the read model worked it out before. */
const standingFromEveryValue = (indicator: IndicatorView) =>
  assessIndicator(
    indicator,
    indicator.values.map((v) => ({
      recordId: v.id,
      supersedesRecordId: v.supersedesRecordId,
      periodStart: v.period.start,
      periodEnd: v.period.end,
      value: v.value,
    })),
  );

describe('indicators read model, standing', () => {
  it('is what assessing every value recorded gives, after each value and correction', () => {
    fc.assert(
      fc.property(fc.array(entryArb, { maxLength: 25 }), (entries) => {
        let state = indicatorsProjection.initialState();
        for (const event of envelopes([defined, ...eventsOf(entries)])) {
          state = applyEvent(indicatorsProjection, state, event);
          const indicator = state.byId[INDICATOR]!;
          expect(indicator.standing).toEqual(standingFromEveryValue(indicator));
        }
      }),
      { numRuns: 300 },
    );
  });
});
