import { describe, expect, it } from 'vitest';
import { SPB, UNKNOWN } from '../../testing/delivery-plan';
import type { InitiativeEvent } from '../initiative/initiative';
import { fold } from '../kernel/decider';
import { memberIdFor } from '../kernel/ids';
import { specify } from '../../testing/specification';
import {
  correctInitiativeOutcome,
  initiativeOutcomes,
  recordInitiativeOutcome,
  type InitiativeOutcomeEvent,
} from './outcome';
import { dateRangePeriod } from './period';

/** Outcomes reported to the Health and Wellbeing Board, 11 July 2019. */
const ENGAGE = 'a1000000-0000-4000-8000-000000000001';
const LIONHEART = 'a1000000-0000-4000-8000-000000000002';
const RECORD_1 = 'b1000000-0000-4000-8000-000000000001';
const RECORD_2 = 'b1000000-0000-4000-8000-000000000002';
const HWB = 'Health and Wellbeing Board, 11 July 2019: SPB update';

const registered = (initiativeId: string, title: string): InitiativeEvent[] => [
  {
    type: 'InitiativeRegistered',
    data: {
      initiativeId,
      title,
      description: '',
      owningBoardId: SPB,
      priorityIds: [],
      leadOrganisationIds: [],
      leadOfficers: [],
      status: 'IN_PROGRESS',
      registeredOn: '2019-04-09',
    },
  },
];
const lionheart = { initiative: registered(LIONHEART, 'Operation Lionheart') };
const engage = { initiative: registered(ENGAGE, 'EnGage') };

const lionheartInput = {
  initiativeId: LIONHEART,
  recordId: RECORD_1,
  title: 'Operation Lionheart: intensive enforcement stage',
  figures: [
    { name: 'warrants executed', value: '124' },
    { name: 'people arrested', value: '87' },
    { name: 'people charged', value: '82' },
    { name: 'vulnerable adults identified', value: '15' },
    { name: 'vulnerable children identified', value: '15' },
  ],
  period: { kind: 'DATE_RANGE', start: '2019-04-09', end: '2019-07-11' },
  source: HWB,
  recordedOn: '2019-07-11',
};

const lionheartData = {
  initiativeId: LIONHEART,
  recordId: RECORD_1,
  source: HWB,
  note: '',
  recordedOn: '2019-07-11',
  title: 'Operation Lionheart: intensive enforcement stage',
  figures: lionheartInput.figures,
  period: dateRangePeriod('2019-04-09', '2019-07-11'),
};
const lionheartRecorded: InitiativeOutcomeEvent = {
  type: 'InitiativeOutcomeRecorded',
  data: lionheartData,
};

const engageData = {
  initiativeId: ENGAGE,
  recordId: RECORD_1,
  source: HWB,
  note: '18-24 year olds after a community resolution or conditional caution',
  recordedOn: '2019-07-11',
  title: 'EnGage',
  figures: [
    { name: 'referrals and interventions', value: '395' },
    { name: 'no further offence', value: '375' },
  ],
  period: null,
};

describe('recordInitiativeOutcome', () => {
  it('records Operation Lionheart’s figures for the period since 9 April 2019', () => {
    specify(recordInitiativeOutcome)
      .given([], lionheart)
      .whenSent(lionheartInput)
      .then([lionheartRecorded]);
  });

  it('records EnGage figures to date, deriving the record id', () => {
    specify(recordInitiativeOutcome)
      .given([], engage)
      .when(
        {
          initiativeId: ENGAGE,
          title: 'EnGage',
          figures: engageData.figures,
          source: HWB,
          note: engageData.note,
        },
        { occurredAt: '2019-07-11' },
      )
      .then([
        {
          type: 'InitiativeOutcomeRecorded',
          data: { ...engageData, recordId: memberIdFor(ENGAGE, 'record', 0) },
        },
      ]);
  });

  it('refuses an outcome with no figures', () => {
    specify(recordInitiativeOutcome)
      .given([], lionheart)
      .whenSent({ ...lionheartInput, figures: [] })
      .thenThrows('BAD_USER_INPUT', /figures: give at least one figure/);
  });

  it('refuses a figure named twice', () => {
    specify(recordInitiativeOutcome)
      .given([], lionheart)
      .whenSent({
        ...lionheartInput,
        figures: [
          { name: 'people arrested', value: '87' },
          { name: 'People arrested', value: '82' },
        ],
      })
      .thenThrows(
        'BAD_USER_INPUT',
        /figures\.1\.name: "People arrested" is given twice; give each figure once/,
      );
  });

  it('refuses a figure that is not an exact decimal, and an empty figure name', () => {
    specify(recordInitiativeOutcome)
      .given([], lionheart)
      .whenSent({ ...lionheartInput, figures: [{ name: '', value: 124 }] })
      .thenThrows(
        'BAD_USER_INPUT',
        /figures\.0\.name: must not be empty; figures\.0\.value: must be a decimal number written as text/,
      );
  });

  it('refuses a period that ends before it starts', () => {
    specify(recordInitiativeOutcome)
      .given([], lionheart)
      .when({
        ...lionheartInput,
        period: { kind: 'DATE_RANGE', start: '2019-07-11', end: '2019-04-09' },
      })
      .thenThrows('BAD_USER_INPUT', /period\.end: the period ends \(2019-04-09\) before it starts/);
  });

  it('refuses an empty source', () => {
    specify(recordInitiativeOutcome)
      .given([], lionheart)
      .whenSent({ ...lionheartInput, source: '' })
      .thenThrows('BAD_USER_INPUT', /source: must not be empty/);
  });

  it('refuses an initiative that does not exist', () => {
    specify(recordInitiativeOutcome)
      .given([], { initiative: [] })
      .whenSent(lionheartInput)
      .thenThrows('NOT_FOUND', new RegExp(`initiative ${LIONHEART} does not exist`));
  });

  it('refuses a record id already used', () => {
    specify(recordInitiativeOutcome)
      .given([lionheartRecorded], lionheart)
      .whenSent(lionheartInput)
      .thenThrows('CONFLICT', new RegExp(`record ${RECORD_1} already exists`));
  });
});

describe('correctInitiativeOutcome', () => {
  const correction = {
    ...lionheartInput,
    recordId: RECORD_2,
    supersedesRecordId: RECORD_1,
    period: undefined,
    figures: [...lionheartInput.figures.slice(0, 2), { name: 'people charged', value: '83' }],
    reason: 'A further suspect was charged after the report was written',
    recordedOn: '2019-08-01',
  };

  it('records a correction that supersedes the earlier record, keeping its period', () => {
    specify(correctInitiativeOutcome)
      .given([lionheartRecorded], lionheart)
      .when(correction)
      .then([
        {
          type: 'InitiativeOutcomeCorrected',
          data: {
            ...lionheartData,
            recordId: RECORD_2,
            figures: correction.figures,
            recordedOn: '2019-08-01',
            supersedesRecordId: RECORD_1,
            reason: 'A further suspect was charged after the report was written',
          },
        },
      ]);
  });

  it('keeps both records, the first marked superseded', () => {
    const state = fold(initiativeOutcomes, [
      lionheartRecorded,
      {
        type: 'InitiativeOutcomeCorrected',
        data: { ...lionheartData, recordId: RECORD_2, supersedesRecordId: RECORD_1, reason: 'x' },
      },
    ]);
    expect(state.records.map((r) => [r.recordId, r.supersededBy])).toEqual([
      [RECORD_1, RECORD_2],
      [RECORD_2, null],
    ]);
  });

  it('refuses a record that does not exist', () => {
    specify(correctInitiativeOutcome)
      .given([lionheartRecorded], lionheart)
      .when({ ...correction, supersedesRecordId: UNKNOWN })
      .thenThrows('NOT_FOUND', new RegExp(`initiative outcome record ${UNKNOWN} does not exist`));
  });

  it('refuses to correct a record already corrected, naming the one to correct', () => {
    specify(correctInitiativeOutcome)
      .given(
        [
          lionheartRecorded,
          {
            type: 'InitiativeOutcomeCorrected',
            data: {
              ...lionheartData,
              recordId: RECORD_2,
              supersedesRecordId: RECORD_1,
              reason: 'x',
            },
          },
        ],
        lionheart,
      )
      .when({ ...correction, recordId: undefined })
      .thenThrows(
        'CONFLICT',
        new RegExp(
          `already corrected by record ${RECORD_2}; run correctInitiativeOutcome with supersedesRecordId ${RECORD_2}`,
        ),
      );
  });

  it('refuses an initiative that does not exist', () => {
    specify(correctInitiativeOutcome)
      .given([], { initiative: [] })
      .when(correction)
      .thenThrows('NOT_FOUND', new RegExp(`initiative ${LIONHEART} does not exist`));
  });

  it('refuses a correction without a reason', () => {
    specify(correctInitiativeOutcome)
      .given([lionheartRecorded], lionheart)
      .whenSent({ ...correction, reason: undefined })
      .thenThrows('BAD_USER_INPUT', /reason: is required/);
  });
});
