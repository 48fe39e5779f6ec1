import type { AnyCommandDefinition } from '../kernel/execute';
import { describe, expect, it } from 'vitest';
import { fold } from '../kernel/decider';
import { specify } from '../../testing/specification';
import { established, PEOPLE_AND_PLACE, peopleAndPlaceDissolved } from '../../testing/board';
import { UNKNOWN } from '../../testing/organisation';
import {
  actionIdFor,
  actionLog,
  actionStatusOf,
  commentOnAction,
  completeAction,
  logAction,
  nextActionNumber,
  setActionRag,
  type ActionLogEvent,
} from './action-log';

const LSCSB = 'b1000000-0000-4000-8000-0000000000f2';
const lscsb = [established(LSCSB, 'Leicestershire Safer Communities Strategy Board', null)];

/** An action on the LSCSB action log, as the June 2022 agenda pack lists it. */
const logged = (
  number: number,
  raisedOn: string,
  action: string,
  responsibleOfficers: string[],
  dueOn: string | null = null,
): ActionLogEvent => ({
  type: 'ActionLogged',
  data: {
    boardId: LSCSB,
    actionId: actionIdFor(LSCSB, number),
    number,
    raisedOn,
    action,
    responsibleOfficers,
    dueOn,
  },
});

const key = (number: number) => ({
  boardId: LSCSB,
  actionId: actionIdFor(LSCSB, number),
  number,
});

const ragSet = (
  number: number,
  rag: 'RED' | 'AMBER' | 'GREEN',
  previousRag = null,
): ActionLogEvent => ({
  type: 'ActionRagSet',
  data: { ...key(number), rag, previousRag, setOn: '2022-03-18' },
});

const completed = (number: number, completedOn: string): ActionLogEvent => ({
  type: 'ActionCompleted',
  data: { ...key(number), completedOn, comment: '' },
});

const covidLessons = logged(
  1,
  '2020-06-26',
  'Leicestershire Police to provide a report to a future meeting of the Board regarding lessons ' +
    'learned from the Covid-19 pandemic and how the Force will operate in future.',
  ['Rik Basra', 'Adam Slonecki'],
);
const glenParva = logged(
  2,
  '2021-06-18',
  'Arrange for LSCSB members to attend Glen Parva Prison site visit',
  ['Nick Dann', 'Raj Singh'],
);
const warningZone = logged(
  3,
  '2021-09-24',
  'Further presentation from Warning Zone in September 2022',
  ['Elaine Stevenson'],
);
const asbUpdates = logged(
  4,
  '2021-12-10',
  'Regular updates on work of ASB System Governance Coordination officer to come to Board ' +
    'including March 2022 meeting.',
  ['Rik Basra', 'Charlotte Keedwell'],
);
const dsvaUpdate = logged(
  5,
  '2021-12-10',
  'Update on DSVa service in particular case management system to come to Board in 6 months time',
  ['Joshna Mavji'],
  '2022-06-17',
);
const modernSlaveryTraining = logged(
  7,
  '2021-03-18',
  'Training on Modern Slavery to be arranged for local authority officers and LSCSB members.',
  ['Gary Bee', 'Rik Basra'],
);

/** The June 2022 log up to action 5 (action 6 was done and dropped). */
const logToAction5 = [covidLessons, glenParva, warningZone, asbUpdates, dsvaUpdate];

describe('logAction', () => {
  it('logs the first action on the LSCSB log', () => {
    specify(logAction)
      .given([], { board: lscsb })
      .when({
        boardId: LSCSB,
        number: 1,
        raisedOn: '2020-06-26',
        action:
          'Leicestershire Police to provide a report to a future meeting of the Board regarding ' +
          'lessons learned from the Covid-19 pandemic and how the Force will operate in future.',
        responsibleOfficers: ['Rik Basra', 'Adam Slonecki'],
      })
      .then([covidLessons]);
  });

  it('logs an action with a due date six months on', () => {
    specify(logAction)
      .given(logToAction5.slice(0, 4), { board: lscsb })
      .when({
        boardId: LSCSB,
        raisedOn: '2021-12-10',
        action:
          'Update on DSVa service in particular case management system to come to Board in 6 months time',
        responsibleOfficers: ['Joshna Mavji'],
        dueOn: '2022-06-17',
      })
      .then([dsvaUpdate]);
  });

  it('leaves a gap and accepts a number whose date is earlier than those before it', () => {
    specify(logAction)
      .given(logToAction5, { board: lscsb })
      .when({
        boardId: LSCSB,
        number: 7,
        raisedOn: '2021-03-18',
        action:
          'Training on Modern Slavery to be arranged for local authority officers and LSCSB members.',
        responsibleOfficers: ['Gary Bee', 'Rik Basra'],
      })
      .then([modernSlaveryTraining]);
  });

  it('takes the number after the highest when none is given', () => {
    specify(logAction)
      .given([...logToAction5, modernSlaveryTraining], { board: lscsb })
      .when({
        boardId: LSCSB,
        raisedOn: '2021-03-18',
        action:
          'Invite Kevin Wright/Lucy Batchelor to a future meeting of the Board to explain how the ' +
          'MARAC repeat referral rate has been reduced.',
        responsibleOfficers: ['Rik Basra'],
      })
      .then([
        logged(
          8,
          '2021-03-18',
          'Invite Kevin Wright/Lucy Batchelor to a future meeting of the Board to explain how the ' +
            'MARAC repeat referral rate has been reduced.',
          ['Rik Basra'],
        ),
      ]);
  });

  it('keeps the log in number order whatever order the actions were logged in', () => {
    const state = fold(actionLog, [modernSlaveryTraining, dsvaUpdate, covidLessons]);
    expect(state.actions.map((a) => a.number)).toEqual([1, 5, 7]);
    expect(nextActionNumber(state)).toBe(8);
    expect(nextActionNumber(fold(actionLog, []))).toBe(1);
  });

  it('refuses a number already on the log, suggesting the next free one', () => {
    const error = specify(logAction)
      .given(logToAction5, { board: lscsb })
      .when({
        boardId: LSCSB,
        number: 2,
        raisedOn: '2022-03-18',
        action: 'Arrange a second prison site visit',
        responsibleOfficers: ['Nick Dann'],
      })
      .thenThrows(
        'CONFLICT',
        'action 2 is already on the log of "Leicestershire Safer Communities Strategy Board" ' +
          '("Arrange for LSCSB members to attend Glen Parva Prison site visit"); give another ' +
          'number, e.g. 6',
      );
    expect(error.details).toEqual({ field: 'number', number: 2, next: 6 });
  });

  it('refuses a due date before the date raised', () => {
    specify(logAction)
      .given([], { board: lscsb })
      .when({
        boardId: LSCSB,
        raisedOn: '2021-12-10',
        action: 'Update on DSVa service to come to Board',
        responsibleOfficers: ['Joshna Mavji'],
        dueOn: '2021-06-10',
      })
      .thenThrows(
        'BAD_USER_INPUT',
        'dueOn: 2021-06-10 is before the date raised (2021-12-10); give a date on or after it',
      );
  });

  it('refuses a date raised written as the paper writes it', () => {
    specify(logAction)
      .given([], { board: lscsb })
      .when({
        boardId: LSCSB,
        raisedOn: '26.6.20',
        action: 'Report on lessons learned from Covid-19',
        responsibleOfficers: ['Rik Basra'],
      })
      .thenThrows('BAD_USER_INPUT', /raisedOn: must be a date written YYYY-MM-DD/);
  });

  it('refuses an empty action with nobody responsible', () => {
    specify(logAction)
      .given([], { board: lscsb })
      .when({ boardId: LSCSB, raisedOn: '2021-09-24', action: ' ', responsibleOfficers: [] })
      .thenThrows(
        'BAD_USER_INPUT',
        /action: must not be empty; responsibleOfficers: must name at least one responsible officer/,
      );
  });

  it('refuses numbers that are not whole and positive', () => {
    const input = {
      boardId: LSCSB,
      raisedOn: '2021-09-24',
      action: 'Further presentation from Warning Zone in September 2022',
      responsibleOfficers: ['Elaine Stevenson'],
    };
    specify(logAction)
      .given([], { board: lscsb })
      .when({ ...input, number: 0 })
      .thenThrows('BAD_USER_INPUT', /number: must be 1 or more/);
    specify(logAction)
      .given([], { board: lscsb })
      .when({ ...input, number: 2.5 })
      .thenThrows('BAD_USER_INPUT', /number: must be a whole number/);
  });

  it('refuses a board that has been dissolved', () => {
    specify(logAction)
      .given([], { board: peopleAndPlaceDissolved })
      .when({
        boardId: PEOPLE_AND_PLACE,
        raisedOn: '2022-04-01',
        action: 'Report on People Zones evaluation',
        responsibleOfficers: ['Gurjit Samra-Rai'],
      })
      .thenThrows(
        'CONFLICT',
        /boardId: board "People and Place" .* was dissolved on 2022-03-18; .*; name a board that still sits/,
      );
  });

  it('refuses a board that does not exist', () => {
    specify(logAction)
      .given([], { board: [] })
      .when({
        boardId: UNKNOWN,
        raisedOn: '2021-09-24',
        action: 'Further presentation from Warning Zone',
        responsibleOfficers: ['Elaine Stevenson'],
      })
      .thenThrows('NOT_FOUND', `board ${UNKNOWN} does not exist`);
  });
});

describe('commentOnAction', () => {
  it('comments on the Glen Parva visit by its number', () => {
    specify(commentOnAction)
      .given(logToAction5)
      .when({
        boardId: LSCSB,
        number: 2,
        comment: 'Site visit to be postponed and rearranged due to Covid restrictions.',
        commentedOn: '2021-12-10',
      })
      .then([
        {
          type: 'ActionCommented',
          data: {
            ...key(2),
            comment: 'Site visit to be postponed and rearranged due to Covid restrictions.',
            commentedOn: '2021-12-10',
          },
        },
      ]);
  });

  it('comments by action id, dated from the command, even once the action is complete', () => {
    specify(commentOnAction)
      .given([...logToAction5, completed(5, '2022-06-17')])
      .when(
        {
          boardId: LSCSB,
          actionId: actionIdFor(LSCSB, 5),
          comment: 'This is on the June 2022 agenda',
        },
        { occurredAt: '2022-06-17T10:00:00+01:00' },
      )
      .then([
        {
          type: 'ActionCommented',
          data: {
            ...key(5),
            comment: 'This is on the June 2022 agenda',
            commentedOn: '2022-06-17',
          },
        },
      ]);
  });

  it('refuses a comment dated before the action was raised (the paper has "18/3/21" for 18/3/22)', () => {
    specify(commentOnAction)
      .given(logToAction5)
      .when({
        boardId: LSCSB,
        number: 2,
        comment: 'Site visit postponed again due to covid outbreak',
        commentedOn: '2021-03-18',
      })
      .thenThrows(
        'BAD_USER_INPUT',
        'commentedOn: 2021-03-18 is before the date action 2 was raised (2021-06-18)',
      );
  });

  it('refuses an empty comment', () => {
    specify(commentOnAction)
      .given(logToAction5)
      .when({ boardId: LSCSB, number: 2, comment: '' })
      .thenThrows('BAD_USER_INPUT', /comment: must not be empty/);
  });

  it('refuses a command that names no action', () => {
    specify(commentOnAction)
      .given(logToAction5)
      .when({ boardId: LSCSB, comment: 'Noted' })
      .thenThrows('BAD_USER_INPUT', /number: name the action by its number .* or its id/);
  });

  it('refuses an id and a number that name different actions', () => {
    specify(commentOnAction)
      .given(logToAction5)
      .when({ boardId: LSCSB, actionId: actionIdFor(LSCSB, 4), number: 5, comment: 'Noted' })
      .thenThrows('BAD_USER_INPUT', /number: actionId .* is action 4, not 5/);
  });
});

describe('setActionRag', () => {
  it('rates the Covid lessons action AMBER', () => {
    specify(setActionRag)
      .given(logToAction5)
      .when({ boardId: LSCSB, number: 1, rag: 'AMBER', setOn: '2022-03-18' })
      .then([ragSet(1, 'AMBER')]);
  });

  it('moves a rating on, keeping the one it replaces', () => {
    specify(setActionRag)
      .given([...logToAction5, ragSet(4, 'AMBER')])
      .when({ boardId: LSCSB, number: 4, rag: 'GREEN', setOn: '2022-06-17' })
      .then([
        {
          type: 'ActionRagSet',
          data: { ...key(4), rag: 'GREEN', previousRag: 'AMBER', setOn: '2022-06-17' },
        },
      ]);
  });

  it('gives the status column: not rated, the RAG, then complete', () => {
    const statuses = (events: ActionLogEvent[]) =>
      fold(actionLog, events).actions.map((a) => [a.number, actionStatusOf(a)]);
    expect(statuses([...logToAction5, ragSet(1, 'AMBER'), completed(5, '2022-06-17')])).toEqual([
      [1, 'AMBER'],
      [2, 'NOT_RATED'],
      [3, 'NOT_RATED'],
      [4, 'NOT_RATED'],
      [5, 'COMPLETE'],
    ]);
  });

  it('refuses the rating the action already has', () => {
    specify(setActionRag)
      .given([...logToAction5, ragSet(1, 'AMBER')])
      .when({ boardId: LSCSB, number: 1, rag: 'AMBER' })
      .thenThrows('CONFLICT', /action 1 is already AMBER; nothing to change/);
  });

  it('refuses a rating off the RAG scale (the papers use no BLUE)', () => {
    specify(setActionRag)
      .given(logToAction5)
      .whenSent({ boardId: LSCSB, number: 1, rag: 'BLUE' })
      .thenThrows('BAD_USER_INPUT', /rag: must be one of RED, AMBER, GREEN/);
  });

  it('refuses to rate a completed action', () => {
    specify(setActionRag)
      .given([...logToAction5, completed(5, '2022-06-17')])
      .when({ boardId: LSCSB, number: 5, rag: 'GREEN' })
      .thenThrows('CONFLICT', 'action 5 was completed on 2022-06-17; it cannot be rated');
  });

  it('refuses a rating dated before the action was raised', () => {
    specify(setActionRag)
      .given(logToAction5)
      .when({ boardId: LSCSB, number: 4, rag: 'AMBER', setOn: '2021-12-01' })
      .thenThrows('BAD_USER_INPUT', /setOn: 2021-12-01 is before the date action 4 was raised/);
  });
});

describe('completeAction', () => {
  it('completes the DSVA update when it comes to the June 2022 Board', () => {
    specify(completeAction)
      .given(logToAction5)
      .when({
        boardId: LSCSB,
        number: 5,
        completedOn: '2022-06-17',
        comment: 'DSVA service update presented to the Board',
      })
      .then([
        {
          type: 'ActionCompleted',
          data: {
            ...key(5),
            completedOn: '2022-06-17',
            comment: 'DSVA service update presented to the Board',
          },
        },
      ]);
  });

  it('refuses to complete an action twice', () => {
    specify(completeAction)
      .given([...logToAction5, completed(5, '2022-06-17')])
      .when({ boardId: LSCSB, number: 5, completedOn: '2022-06-18' })
      .thenThrows('CONFLICT', 'action 5 was completed on 2022-06-17; it cannot be completed again');
  });

  it('refuses a completion date before the action was raised', () => {
    specify(completeAction)
      .given(logToAction5)
      .when({ boardId: LSCSB, number: 3, completedOn: '2021-09-01' })
      .thenThrows(
        'BAD_USER_INPUT',
        /completedOn: 2021-09-01 is before the date action 3 was raised/,
      );
  });

  it('refuses a completion date that cannot be parsed, or none', () => {
    specify(completeAction)
      .given(logToAction5)
      .when({ boardId: LSCSB, number: 3, completedOn: '17 June 2022' })
      .thenThrows('BAD_USER_INPUT', /completedOn: must be a date written YYYY-MM-DD/);
    specify(completeAction)
      .given(logToAction5)
      .whenSent({ boardId: LSCSB, number: 3 })
      .thenThrows('BAD_USER_INPUT', /completedOn: must be a date written YYYY-MM-DD/);
  });
});

describe('commands on an action', () => {
  const onAction = [
    [commentOnAction, { comment: 'Noted' }],
    [setActionRag, { rag: 'GREEN' }],
    [completeAction, { completedOn: '2022-06-17' }],
  ] as const;
  for (const [command, input] of onAction) {
    it(`${command.type} refuses a number that is not on the log (6 was dropped)`, () => {
      specify(command as AnyCommandDefinition)
        .given([...logToAction5, modernSlaveryTraining])
        .whenSent({ boardId: LSCSB, number: 6, ...input })
        .thenThrows(
          'NOT_FOUND',
          `action 6 is not on the action log of board ${LSCSB}; check the number or actionId`,
        );
    });

    it(`${command.type} refuses an action id on a board with no log`, () => {
      specify(command as AnyCommandDefinition)
        .given([])
        .whenSent({ boardId: UNKNOWN, actionId: actionIdFor(UNKNOWN, 1), ...input })
        .thenThrows('NOT_FOUND', /action .* is not on the action log of board dead0000/);
    });
  }
});
