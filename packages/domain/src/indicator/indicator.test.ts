import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  DOMESTIC_ABUSE,
  LSCSB,
  UNKNOWN,
  VULNERABILITY_EXECUTIVE,
  domesticAbuse,
  lscsb,
  vulnerabilityExecutive,
} from '../../testing/delivery-plan';
import { fold } from '../kernel/decider';
import { memberIdFor } from '../kernel/ids';
import { specify } from '../../testing/specification';
import { assessIndicator } from './assessment';
import {
  correctIndicatorValue,
  defineIndicator,
  indicator,
  recordIndicatorValue,
  type IndicatorDefinedData,
  type IndicatorEvent,
} from './indicator';
import { financialYearPeriod, rolling12MonthsPeriod } from './period';

const MARAC = 'a0000000-0000-4000-8000-000000000001';
const FTE = 'a0000000-0000-4000-8000-000000000002';
const TRIGGERS = 'a0000000-0000-4000-8000-000000000003';
const ETE = 'a0000000-0000-4000-8000-000000000004';
const RECORD_1 = 'b0000000-0000-4000-8000-000000000001';
const RECORD_2 = 'b0000000-0000-4000-8000-000000000002';
const RECORD_3 = 'b0000000-0000-4000-8000-000000000003';

const Q4_PAPER = 'LSCSB 17 June 2022: Safer Communities Performance 2021/22 Q4';

const maracDefined: IndicatorEvent = {
  type: 'IndicatorDefined',
  data: {
    indicatorId: MARAC,
    name: 'MARAC repeat referral rate',
    description: 'Rolling 12-month rate of repeat referrals to MARAC',
    unit: 'PERCENTAGE',
    polarity: 'LOWER_IS_BETTER',
    thresholds: { targetRange: { low: '28', high: '40' }, targetValue: null },
    stableWithin: '0',
    boardId: VULNERABILITY_EXECUTIVE,
    priorityId: DOMESTIC_ABUSE,
    definedOn: '2021-03-19',
  },
};

const fteData: IndicatorDefinedData = {
  indicatorId: FTE,
  name: 'First-time entrants to the criminal justice system aged 10-17 (Leicestershire)',
  description: '',
  unit: 'COUNT',
  polarity: 'LOWER_IS_BETTER',
  thresholds: { targetRange: null, targetValue: null },
  stableWithin: '0',
  boardId: LSCSB,
  priorityId: null,
  definedOn: '2021-03-19',
};
const fteDefined: IndicatorEvent = { type: 'IndicatorDefined', data: fteData };

const triggersDefined: IndicatorEvent = {
  type: 'IndicatorDefined',
  data: { ...fteData, indicatorId: TRIGGERS, name: 'Community Triggers received (Charnwood)' },
};

const maracAt = (
  recordId: string,
  end: string,
  value: string,
): Extract<IndicatorEvent, { type: 'IndicatorValueRecorded' }> => ({
  type: 'IndicatorValueRecorded',
  data: {
    indicatorId: MARAC,
    recordId,
    period: rolling12MonthsPeriod(end),
    value,
    source: Q4_PAPER,
    note: '',
    recordedOn: '2022-06-17',
  },
});

const triggers6: IndicatorEvent = {
  type: 'IndicatorValueRecorded',
  data: {
    indicatorId: TRIGGERS,
    recordId: RECORD_1,
    period: financialYearPeriod('2021/22'),
    value: '6',
    source: 'LSCSB minutes',
    note: 'to date in the 2021/22 performance year',
    recordedOn: '2022-03-18',
  },
};

const maracInput = {
  indicatorId: MARAC,
  name: 'MARAC repeat referral rate',
  description: 'Rolling 12-month rate of repeat referrals to MARAC',
  unit: 'PERCENTAGE',
  polarity: 'LOWER_IS_BETTER',
  thresholds: { targetRange: { low: '28', high: '40' } },
  boardId: VULNERABILITY_EXECUTIVE,
  priorityId: DOMESTIC_ABUSE,
  definedOn: '2021-03-19',
};
const maracRefs = { board: vulnerabilityExecutive, priority: domesticAbuse };

describe('defineIndicator', () => {
  it('defines the MARAC repeat rate against the SafeLives 28-40% range', () => {
    specify(defineIndicator).given([], maracRefs).whenSent(maracInput).then([maracDefined]);
  });

  it('defines first-time entrants for a board, with no threshold, minting the id', () => {
    specify(defineIndicator)
      .given([], { board: lscsb })
      .when({
        name: 'First-time entrants to the criminal justice system aged 10-17 (Leicestershire)',
        unit: 'COUNT',
        polarity: 'LOWER_IS_BETTER',
        boardId: LSCSB,
      })
      .then((id) => [
        {
          type: 'IndicatorDefined',
          data: { ...fteData, indicatorId: id },
        },
      ]);
  });

  it('keeps a target value and a stable tolerance exactly as written', () => {
    specify(defineIndicator)
      .given([], { board: lscsb })
      .when({
        indicatorId: ETE,
        name: 'Young offenders in education, training or employment at disposal',
        unit: 'PERCENTAGE',
        polarity: 'HIGHER_IS_BETTER',
        thresholds: { targetValue: '60.0' },
        stableWithin: '1.0',
        boardId: LSCSB,
        definedOn: '2020-03-31',
      })
      .then([
        {
          type: 'IndicatorDefined',
          data: {
            indicatorId: ETE,
            name: 'Young offenders in education, training or employment at disposal',
            description: '',
            unit: 'PERCENTAGE',
            polarity: 'HIGHER_IS_BETTER',
            thresholds: { targetRange: null, targetValue: '60.0' },
            stableWithin: '1.0',
            boardId: LSCSB,
            priorityId: null,
            definedOn: '2020-03-31',
          },
        },
      ]);
  });

  it('refuses an indicator that serves neither a board nor a priority', () => {
    specify(defineIndicator)
      .given([])
      .whenSent({ ...maracInput, boardId: undefined, priorityId: null })
      .thenThrows('BAD_USER_INPUT', /boardId: name the board or the priority the indicator serves/);
  });

  it('refuses a percentage threshold outside 0-100', () => {
    specify(defineIndicator)
      .given([], maracRefs)
      .whenSent({ ...maracInput, thresholds: { targetRange: { low: '28', high: '140' } } })
      .thenThrows(
        'BAD_USER_INPUT',
        /thresholds\.targetRange\.high: 140 is not a percentage; give a value from 0 to 100/,
      );
  });

  it('refuses a range whose low end is above its high end', () => {
    specify(defineIndicator)
      .given([], maracRefs)
      .whenSent({ ...maracInput, thresholds: { targetRange: { low: '40', high: '28' } } })
      .thenThrows(
        'BAD_USER_INPUT',
        /thresholds\.targetRange: low \(40\) is above high \(28\); give the lower bound as low/,
      );
  });

  it('refuses thresholds given as numbers rather than exact decimal text', () => {
    specify(defineIndicator)
      .given([], maracRefs)
      .whenSent({ ...maracInput, thresholds: { targetValue: 0.1 } })
      .thenThrows(
        'BAD_USER_INPUT',
        /thresholds\.targetValue: must be a decimal number written as text/,
      );
  });

  it('refuses malformed decimals with their own message, not a failed comparison', () => {
    specify(defineIndicator)
      .given([], maracRefs)
      .whenSent({
        ...maracInput,
        stableWithin: ':',
        thresholds: { targetRange: { low: '2 8', high: 'forty' } },
      })
      .thenThrows(
        'BAD_USER_INPUT',
        /thresholds\.targetRange\.low: must be a decimal number.*stableWithin: must be a decimal number/,
      );
  });

  it('refuses a negative stable tolerance', () => {
    specify(defineIndicator)
      .given([], maracRefs)
      .whenSent({ ...maracInput, stableWithin: '-1' })
      .thenThrows('BAD_USER_INPUT', /stableWithin: must be 0 or more/);
  });

  it('refuses an unknown unit or polarity, and an empty name', () => {
    specify(defineIndicator)
      .given([], maracRefs)
      .whenSent({ ...maracInput, unit: 'PERCENT', polarity: 'UP', name: ' ' })
      .thenThrows(
        'BAD_USER_INPUT',
        /name: must not be empty; unit: must be one of COUNT, RATE_PER_1000, PERCENTAGE, RATIO; polarity: must be one of HIGHER_IS_BETTER, LOWER_IS_BETTER/,
      );
  });

  it('refuses a board that does not exist', () => {
    specify(defineIndicator)
      .given([], { board: [], priority: domesticAbuse })
      .whenSent(maracInput)
      .thenThrows('NOT_FOUND', new RegExp(`board ${VULNERABILITY_EXECUTIVE} does not exist`));
  });

  it('refuses a priority that does not exist', () => {
    specify(defineIndicator)
      .given([], { board: vulnerabilityExecutive, priority: [] })
      .whenSent(maracInput)
      .thenThrows('NOT_FOUND', new RegExp(`priority ${DOMESTIC_ABUSE} does not exist`));
  });

  it('refuses to define the same indicator twice', () => {
    specify(defineIndicator)
      .given([maracDefined], maracRefs)
      .whenSent(maracInput)
      .thenThrows('CONFLICT', /already defined as "MARAC repeat referral rate"/);
  });
});

describe('recordIndicatorValue', () => {
  const maracQ4 = {
    indicatorId: MARAC,
    period: { kind: 'ROLLING_12_MONTHS', end: '2022-03-31' },
    value: '36',
    source: Q4_PAPER,
    recordedOn: '2022-06-17',
  };

  it('records the rolling 12-month MARAC repeat rate of 36%, deriving the record id', () => {
    specify(recordIndicatorValue)
      .given([maracDefined])
      .whenSent(maracQ4)
      .then([maracAt(memberIdFor(MARAC, 'record', 0), '2022-03-31', '36')]);
  });

  it('records first-time entrants for a financial year with a note', () => {
    specify(recordIndicatorValue)
      .given([fteDefined])
      .when({
        indicatorId: FTE,
        recordId: RECORD_1,
        period: { kind: 'FINANCIAL_YEAR', financialYear: '2014/15' },
        value: '190',
        source: Q4_PAPER,
        note: 'Leicestershire only',
        recordedOn: '2022-06-17',
      })
      .then([
        {
          type: 'IndicatorValueRecorded',
          data: {
            indicatorId: FTE,
            recordId: RECORD_1,
            period: {
              kind: 'FINANCIAL_YEAR',
              label: '2014/15',
              start: '2014-04-01',
              end: '2015-03-31',
              financialYear: '2014/15',
              quarter: null,
            },
            value: '190',
            source: Q4_PAPER,
            note: 'Leicestershire only',
            recordedOn: '2022-06-17',
          },
        },
      ]);
  });

  it('takes the recorded date from the command when none is given', () => {
    specify(recordIndicatorValue)
      .given([maracDefined])
      .whenSent({ ...maracQ4, recordedOn: undefined }, { occurredAt: '2022-06-20T09:30:00Z' })
      .then([
        {
          type: 'IndicatorValueRecorded',
          data: {
            ...maracAt(memberIdFor(MARAC, 'record', 0), '2022-03-31', '36').data,
            recordedOn: '2022-06-20',
          },
        },
      ]);
  });

  it('keeps any valid percentage exactly as entered (never through floating point)', () => {
    const percentage = fc
      .tuple(fc.integer({ min: 0, max: 99 }), fc.stringMatching(/^\d{0,6}$/))
      .map(([whole, fraction]) => (fraction ? `${whole}.${fraction}` : `${whole}`));
    fc.assert(
      fc.property(percentage, (value) => {
        specify(recordIndicatorValue)
          .given([maracDefined])
          .whenSent({ ...maracQ4, value })
          .then([maracAt(memberIdFor(MARAC, 'record', 0), '2022-03-31', value)]);
      }),
      { numRuns: 200 },
    );
  });

  it('refuses a percentage above 100', () => {
    specify(recordIndicatorValue)
      .given([maracDefined])
      .whenSent({ ...maracQ4, value: '136' })
      .thenThrows('BAD_USER_INPUT', /value: 136 is not a percentage; give a value from 0 to 100/);
  });

  it('refuses a negative value', () => {
    specify(recordIndicatorValue)
      .given([maracDefined])
      .whenSent({ ...maracQ4, value: '-1' })
      .thenThrows('BAD_USER_INPUT', /value: -1 is negative; indicator values are 0 or more/);
  });

  it('refuses a count that is not a whole number', () => {
    specify(recordIndicatorValue)
      .given([fteDefined])
      .whenSent({ ...maracQ4, indicatorId: FTE, value: '54.5' })
      .thenThrows('BAD_USER_INPUT', /value: 54\.5 is not a whole number/);
  });

  it('refuses a value that is not a decimal written as text', () => {
    specify(recordIndicatorValue)
      .given([maracDefined])
      .whenSent({ ...maracQ4, value: '36%' })
      .thenThrows('BAD_USER_INPUT', /value: must be a decimal number written as text/);
  });

  it('refuses a rolling period with no end date', () => {
    specify(recordIndicatorValue)
      .given([maracDefined])
      .whenSent({ ...maracQ4, period: { kind: 'ROLLING_12_MONTHS' } })
      .thenThrows(
        'BAD_USER_INPUT',
        /period\.end: a rolling 12-month period needs the date it ends on/,
      );
  });

  it('refuses a period that ends before it starts', () => {
    specify(recordIndicatorValue)
      .given([maracDefined])
      .when({ ...maracQ4, period: { kind: 'DATE_RANGE', start: '2022-03-31', end: '2021-04-01' } })
      .thenThrows('BAD_USER_INPUT', /period\.end: the period ends \(2021-04-01\) before it starts/);
  });

  it('refuses an empty source and an unparseable date', () => {
    specify(recordIndicatorValue)
      .given([maracDefined])
      .whenSent({ ...maracQ4, source: '', recordedOn: '17/06/2022' })
      .thenThrows(
        'BAD_USER_INPUT',
        /source: must not be empty; recordedOn: must be a date written YYYY-MM-DD/,
      );
  });

  it('refuses an indicator that does not exist', () => {
    specify(recordIndicatorValue)
      .given([])
      .whenSent({ ...maracQ4, indicatorId: UNKNOWN })
      .thenThrows('NOT_FOUND', new RegExp(`indicator ${UNKNOWN} does not exist`));
  });

  it('refuses a second value for a period, pointing to correctIndicatorValue', () => {
    specify(recordIndicatorValue)
      .given([maracDefined, maracAt(RECORD_1, '2022-03-31', '36')])
      .whenSent({ ...maracQ4, value: '37' })
      .thenThrows(
        'CONFLICT',
        new RegExp(
          `already has 36 for 12 months to 2022-03-31 \\(record ${RECORD_1}\\); to change it, use correctIndicatorValue with supersedesRecordId ${RECORD_1}`,
        ),
      );
  });

  it('treats a financial year and the rolling 12 months to its last day as the same period', () => {
    specify(recordIndicatorValue)
      .given([maracDefined, maracAt(RECORD_1, '2022-03-31', '36')])
      .when({ ...maracQ4, period: { kind: 'FINANCIAL_YEAR', financialYear: '2021/22' } })
      .thenThrows('CONFLICT', /already has 36/);
  });

  it('refuses a record id already used', () => {
    specify(recordIndicatorValue)
      .given([maracDefined, maracAt(RECORD_1, '2020-06-30', '51')])
      .whenSent({ ...maracQ4, recordId: RECORD_1 })
      .thenThrows('CONFLICT', new RegExp(`record ${RECORD_1} already exists`));
  });
});

describe('correctIndicatorValue', () => {
  const correction = {
    indicatorId: TRIGGERS,
    supersedesRecordId: RECORD_1,
    recordId: RECORD_2,
    value: '8',
    source: 'LSCSB minutes, 18 March 2022',
    reason: 'After the meeting the figure of 6 was corrected to 8 for 2021/22',
    recordedOn: '2022-03-21',
  };
  const triggers8: IndicatorEvent = {
    type: 'IndicatorValueCorrected',
    data: {
      indicatorId: TRIGGERS,
      recordId: RECORD_2,
      period: financialYearPeriod('2021/22'),
      value: '8',
      source: 'LSCSB minutes, 18 March 2022',
      note: '',
      recordedOn: '2022-03-21',
      supersedesRecordId: RECORD_1,
      reason: 'After the meeting the figure of 6 was corrected to 8 for 2021/22',
    },
  };

  it('corrects Charnwood’s Community Triggers from 6 to 8 as a new record for the same period', () => {
    specify(correctIndicatorValue)
      .given([triggersDefined, triggers6])
      .when(correction)
      .then([triggers8]);
  });

  it('keeps the superseded record in the history and leaves it out of the standing', () => {
    const state = fold(indicator, [triggersDefined, triggers6, triggers8]);
    expect(state.records.map((r) => [r.recordId, r.value, r.supersededBy])).toEqual([
      [RECORD_1, '6', RECORD_2],
      [RECORD_2, '8', null],
    ]);
    const standing = assessIndicator(
      { polarity: 'LOWER_IS_BETTER', thresholds: state.thresholds, stableWithin: '0' },
      state.records.map((r) => ({
        ...r,
        periodStart: r.period.start,
        periodEnd: r.period.end,
      })),
    );
    expect(standing.latest?.value).toBe('8');
  });

  it('can correct the period too', () => {
    specify(correctIndicatorValue)
      .given([maracDefined, maracAt(RECORD_1, '2022-02-28', '36')])
      .whenSent({
        indicatorId: MARAC,
        supersedesRecordId: RECORD_1,
        recordId: RECORD_2,
        period: { kind: 'ROLLING_12_MONTHS', end: '2022-03-31' },
        value: '36',
        source: Q4_PAPER,
        reason: 'The Q4 dashboard covers the 12 months to March 2022',
        recordedOn: '2022-06-17',
      })
      .then([
        {
          type: 'IndicatorValueCorrected',
          data: {
            ...maracAt(RECORD_2, '2022-03-31', '36').data,
            supersedesRecordId: RECORD_1,
            reason: 'The Q4 dashboard covers the 12 months to March 2022',
          },
        },
      ]);
  });

  it('lets a new value be recorded only by correcting the record now in force', () => {
    specify(recordIndicatorValue)
      .given([triggersDefined, triggers6, triggers8])
      .when({
        indicatorId: TRIGGERS,
        period: { kind: 'FINANCIAL_YEAR', financialYear: '2021/22' },
        value: '9',
        source: 'LSCSB minutes',
      })
      .thenThrows('CONFLICT', new RegExp(`already has 8 for 2021/22 \\(record ${RECORD_2}\\)`));
  });

  it('refuses to correct a record that was already corrected, naming the record to correct', () => {
    specify(correctIndicatorValue)
      .given([triggersDefined, triggers6, triggers8])
      .when({ ...correction, recordId: RECORD_3, value: '9' })
      .thenThrows(
        'CONFLICT',
        new RegExp(
          `record ${RECORD_1} was already corrected by record ${RECORD_2}; run correctIndicatorValue with supersedesRecordId ${RECORD_2} instead`,
        ),
      );
  });

  it('refuses a record that does not exist', () => {
    specify(correctIndicatorValue)
      .given([triggersDefined, triggers6])
      .when({ ...correction, supersedesRecordId: UNKNOWN })
      .thenThrows('NOT_FOUND', new RegExp(`indicator value record ${UNKNOWN} does not exist`));
  });

  it('refuses an indicator that does not exist', () => {
    specify(correctIndicatorValue)
      .given([])
      .when(correction)
      .thenThrows('NOT_FOUND', new RegExp(`indicator ${TRIGGERS} does not exist`));
  });

  it('refuses a correction without a reason', () => {
    specify(correctIndicatorValue)
      .given([triggersDefined, triggers6])
      .when({ ...correction, reason: '  ' })
      .thenThrows('BAD_USER_INPUT', /reason: must not be empty/);
  });

  it('refuses a corrected value the unit does not allow', () => {
    specify(correctIndicatorValue)
      .given([maracDefined, maracAt(RECORD_1, '2022-03-31', '36')])
      .when({ ...correction, indicatorId: MARAC, value: '360' })
      .thenThrows('BAD_USER_INPUT', /value: 360 is not a percentage/);
  });

  it('refuses to move a value onto a period that already has one', () => {
    specify(correctIndicatorValue)
      .given([
        maracDefined,
        maracAt(RECORD_1, '2020-06-30', '51'),
        maracAt(RECORD_2, '2022-03-31', '36'),
      ])
      .when({
        ...correction,
        indicatorId: MARAC,
        supersedesRecordId: RECORD_1,
        recordId: RECORD_3,
        value: '51',
        period: { kind: 'ROLLING_12_MONTHS', end: '2022-03-31' },
      })
      .thenThrows(
        'CONFLICT',
        new RegExp(`already has 36 for 12 months to 2022-03-31 \\(record ${RECORD_2}\\)`),
      );
  });
});
