import {
  financialYearPeriod,
  rolling12MonthsPeriod,
  type IndicatorEvent,
  type Period,
} from '@tracker/domain';
import { describe, expect, it } from 'vitest';
import { project } from '../projection';
import { envelopes } from '../../testing/envelopes';
import { indicatorsProjection, valuesInForce } from './indicators';

const FTE = '60000000-0000-4000-8000-000000000001';
const MARAC = '60000000-0000-4000-8000-000000000002';
const BOARD = '50000000-0000-4000-8000-000000000001';
const record = (n: number) => `60000000-0000-4000-8000-0000000001${String(n).padStart(2, '0')}`;

const defined = (
  indicatorId: string,
  name: string,
  unit: 'COUNT' | 'PERCENTAGE',
  targetRange: { low: string; high: string } | null,
): IndicatorEvent => ({
  type: 'IndicatorDefined',
  data: {
    indicatorId,
    name,
    description: '',
    unit,
    polarity: 'LOWER_IS_BETTER',
    thresholds: { targetRange, targetValue: null },
    stableWithin: '0',
    boardId: BOARD,
    priorityId: null,
    definedOn: '2022-06-17',
  },
});

const value = (indicatorId: string, n: number, period: Period, v: string): IndicatorEvent => ({
  type: 'IndicatorValueRecorded',
  data: {
    indicatorId,
    recordId: record(n),
    period,
    value: v,
    source: 'LSCSB 17 June 2022',
    note: '',
    recordedOn: '2022-06-17',
  },
});

const state = () =>
  project(
    indicatorsProjection,
    envelopes([
      defined(FTE, 'First-time entrants', 'COUNT', null),
      defined(MARAC, 'MARAC repeat referral rate', 'PERCENTAGE', { low: '28', high: '40' }),
      value(FTE, 1, financialYearPeriod('2015/16'), '190'),
      value(FTE, 2, financialYearPeriod('2021/22'), '54'),
      value(FTE, 3, financialYearPeriod('2014/15'), '190'),
      {
        type: 'IndicatorValueCorrected',
        data: {
          indicatorId: FTE,
          recordId: record(4),
          period: financialYearPeriod('2015/16'),
          value: '124',
          source: 'LSCSB 17 June 2022',
          note: '',
          recordedOn: '2022-06-17',
          supersedesRecordId: record(1),
          reason: 'The June 2022 report gives 124',
        },
      },
      value(MARAC, 5, rolling12MonthsPeriod('2020-06-30'), '51'),
      value(MARAC, 6, rolling12MonthsPeriod('2022-03-31'), '36'),
    ]),
  );

describe('indicatorsProjection', () => {
  it('keeps every record, a corrected one marked with the record that superseded it', () => {
    const fte = state().byId[FTE]!;
    expect(fte.values.map((v) => [v.value, v.supersededBy])).toEqual([
      ['190', record(4)],
      ['54', null],
      ['190', null],
      ['124', null],
    ]);
    expect(fte.values[3]).toMatchObject({
      supersedesRecordId: record(1),
      correctionReason: 'The June 2022 report gives 124',
    });
  });

  it('lists the values in force by period', () => {
    const fte = state().byId[FTE]!;
    expect(valuesInForce(fte).map((v) => [v.period.label, v.value])).toEqual([
      ['2014/15', '190'],
      ['2015/16', '124'],
      ['2021/22', '54'],
    ]);
  });

  it('judges the latest value against the range and the direction of travel by polarity', () => {
    const marac = state().byId[MARAC]!;
    expect(marac.standing.latest).toMatchObject({
      value: '36',
      range: { low: '28', high: '40', position: 'WITHIN', favourable: true },
      verdict: 'FAVOURABLE',
    });
    expect(marac.standing.direction).toMatchObject({ direction: 'IMPROVING', change: '-15' });
    expect(marac.values[0]!.assessment).toMatchObject({
      range: { position: 'ABOVE', favourable: false },
      verdict: 'UNFAVOURABLE',
    });
    const fte = state().byId[FTE]!;
    expect(fte.standing.latest).toMatchObject({ value: '54', verdict: 'NO_THRESHOLD' });
    expect(fte.standing.direction).toMatchObject({ direction: 'IMPROVING', change: '-70' });
  });
});
