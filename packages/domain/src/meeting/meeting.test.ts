import { describe, it } from 'vitest';
import {
  PEOPLE_AND_PLACE,
  SPB,
  SPB_EXECUTIVE,
  peopleAndPlaceDissolved,
  spb,
  spbExecutive,
} from '../../testing/board';
import { specify } from '../../testing/specification';
import { UNKNOWN } from '../../testing/organisation';
import {
  SPB_20_MAY_2021,
  SPB_25_FEB_2021,
  TRAUMA_INTENT_AGREED,
  spbExecMarch2021,
  spbFebruary2021,
  spbMay2021,
  traumaIntentAgreed,
} from '../../testing/meeting';
import { scheduleMeeting } from './meeting';

describe('scheduleMeeting', () => {
  it('schedules the SPB meetings of 2021 with their themes', () => {
    specify(scheduleMeeting)
      .given([], { board: spb })
      .when({
        meetingId: SPB_25_FEB_2021,
        boardId: SPB,
        date: '2021-02-25',
        theme: 'Childhood trauma: approach to prevention and mitigation',
      })
      .then(spbFebruary2021);
    specify(scheduleMeeting)
      .given([], { board: spb })
      .when({
        meetingId: SPB_20_MAY_2021,
        boardId: SPB,
        date: '2021-05-20',
        theme:
          'Introduction to new PCC; annual report on work of SPB and sub-groups; draft business plan',
      })
      .then(spbMay2021);
  });

  it('schedules a meeting of the SPB Executive, minting its id', () => {
    specify(scheduleMeeting)
      .given([], { board: spbExecutive })
      .when({
        boardId: SPB_EXECUTIVE,
        date: '2021-03-22',
        theme: 'Initial analysis of substance misuse',
      })
      .then((id) => [
        {
          type: 'MeetingScheduled',
          data: { ...spbExecMarch2021[0]!.data, meetingId: id },
        },
      ]);
  });

  it('schedules a meeting without a theme ("No theme identified at this point")', () => {
    specify(scheduleMeeting)
      .given([], { board: spb })
      .when({ meetingId: SPB_25_FEB_2021, boardId: SPB, date: '2021-11-25' })
      .then([
        {
          type: 'MeetingScheduled',
          data: {
            meetingId: SPB_25_FEB_2021,
            boardId: SPB,
            date: '2021-11-25',
            theme: '',
            decisionId: null,
          },
        },
      ]);
  });

  it('cites the decision that set the meeting', () => {
    specify(scheduleMeeting)
      .given([], { board: spb, decision: traumaIntentAgreed })
      .when({
        meetingId: SPB_20_MAY_2021,
        boardId: SPB,
        date: '2021-05-20',
        theme: 'Draft business plan',
        decisionId: TRAUMA_INTENT_AGREED,
      })
      .then([
        {
          type: 'MeetingScheduled',
          data: {
            meetingId: SPB_20_MAY_2021,
            boardId: SPB,
            date: '2021-05-20',
            theme: 'Draft business plan',
            decisionId: TRAUMA_INTENT_AGREED,
          },
        },
      ]);
  });

  it('refuses a board that does not exist', () => {
    specify(scheduleMeeting)
      .given([], { board: [] })
      .when({ boardId: SPB, date: '2021-02-25' })
      .thenThrows('NOT_FOUND', new RegExp(`board ${SPB} does not exist`));
  });

  it('refuses a board that has been dissolved', () => {
    specify(scheduleMeeting)
      .given([], { board: peopleAndPlaceDissolved })
      .when({ boardId: PEOPLE_AND_PLACE, date: '2022-06-17' })
      .thenThrows(
        'CONFLICT',
        /boardId: board "People and Place" .* was dissolved on 2022-03-18; .* name a board that still sits/,
      );
  });

  it('refuses a meeting id already scheduled', () => {
    specify(scheduleMeeting)
      .given(spbFebruary2021, { board: spb })
      .when({ meetingId: SPB_25_FEB_2021, boardId: SPB, date: '2021-02-25' })
      .thenThrows(
        'CONFLICT',
        /meeting .* is already scheduled \(2021-02-25\); give a new meetingId/,
      );
  });

  it('refuses a date that cannot be read', () => {
    specify(scheduleMeeting)
      .given([], { board: spb })
      .when({ boardId: SPB, date: '25 February 2021' })
      .thenThrows('BAD_USER_INPUT', /date: must be a date written YYYY-MM-DD, e.g. 2021-03-19/);
  });

  it('refuses a cited decision that was never recorded', () => {
    specify(scheduleMeeting)
      .given([], { board: spb, decision: [] })
      .when({ boardId: SPB, date: '2021-02-25', decisionId: UNKNOWN })
      .thenThrows('NOT_FOUND', new RegExp(`decision ${UNKNOWN} does not exist`));
  });
});
