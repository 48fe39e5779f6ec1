import { describe, expect, it } from 'vitest';
import {
  PEOPLE_AND_PLACE,
  SPB,
  SPB_EXECUTIVE,
  peopleAndPlace,
  peopleAndPlaceDissolved,
  spb,
} from '../../testing/board';
import { fold } from '../kernel/decider';
import { specify } from '../../testing/specification';
import { OPCC, registry, UNKNOWN } from '../../testing/organisation';
import { CHILDHOOD_TRAUMA, childhoodTrauma } from '../../testing/priority';
import { decision, decisionStreamId, type DecisionEvent } from '../decision/decision';
import {
  BUSINESS_PLAN_APPROVED,
  businessPlanApproved,
  SPB_20_MAY_2021,
  SPB_25_FEB_2021,
  TRAUMA_INTENT_AGREED,
  scheduled,
  spbFebruary2021,
  spbMay2021,
  traumaIntentAgreed,
} from '../../testing/meeting';
import { recordDecision } from './meeting';

const TRAUMA_STRATEGY = 'f1000000-0000-4000-8000-000000000002';

const atFebruaryMeeting = { meeting: spbFebruary2021, board: spb };

const traumaIntent = {
  decisionId: TRAUMA_INTENT_AGREED,
  meetingId: SPB_25_FEB_2021,
  boardId: SPB,
  resolution: 'To agree the adoption of the proposed strategic intent for this work',
  kind: 'AGREED',
};

const recorded = (data: Partial<DecisionEvent['data']>): DecisionEvent[] => [
  {
    type: 'DecisionRecorded',
    data: { ...traumaIntentAgreed[0]!.data, ...data },
  },
];

describe('recordDecision', () => {
  it('records what the board agreed at a meeting, dated by the meeting', () => {
    specify(recordDecision)
      .given([], atFebruaryMeeting)
      .whenSent(traumaIntent)
      .then(traumaIntentAgreed);
  });

  it('records the entities a decision concerns, as typed references checked to exist', () => {
    const concerns = [
      { kind: 'PRIORITY', id: CHILDHOOD_TRAUMA },
      { kind: 'INITIATIVE', id: TRAUMA_STRATEGY },
      { kind: 'ORGANISATION', id: OPCC },
    ] as const;
    specify(recordDecision)
      .given([], {
        ...atFebruaryMeeting,
        concern0: childhoodTrauma,
        concern1: [{ type: 'InitiativeRegistered', data: { initiativeId: TRAUMA_STRATEGY } }],
        organisations: registry,
      })
      .whenSent({ ...traumaIntent, concerns })
      .then(recorded({ concerns: [...concerns] }));
  });

  it('mints the decision id from the command id when none is given', () => {
    specify(recordDecision)
      .given([], atFebruaryMeeting)
      .when({
        ...traumaIntent,
        decisionId: undefined,
        kind: 'NOTED',
        resolution: 'To note the proposed core elements of the emerging strategy',
      })
      .then((id) =>
        recorded({
          decisionId: id,
          kind: 'NOTED',
          resolution: 'To note the proposed core elements of the emerging strategy',
        }),
      );
  });

  it('supersedes an earlier decision: the supersession is recorded on the new decision', () => {
    const { data } = businessPlanApproved[0]!;
    specify(recordDecision)
      .given([], { meeting: spbMay2021, board: spb, superseded: traumaIntentAgreed })
      .when(
        {
          decisionId: BUSINESS_PLAN_APPROVED,
          meetingId: SPB_20_MAY_2021,
          boardId: SPB,
          resolution: data.resolution,
          kind: 'APPROVED',
          supersedes: TRAUMA_INTENT_AGREED,
        },
        { occurredAt: '2021-05-20T15:30:00+01:00' },
      )
      .then([
        {
          type: 'DecisionRecorded',
          data: { ...data, concerns: [], supersedes: TRAUMA_INTENT_AGREED },
        },
      ]);
  });

  it('keeps a decision as it was made: its stream holds the one event for ever', () => {
    const state = fold(decision, traumaIntentAgreed);
    expect(state).toEqual({
      exists: true,
      boardId: SPB,
      meetingId: SPB_25_FEB_2021,
      decidedOn: '2021-02-25',
      kind: 'AGREED',
      resolution: 'To agree the adoption of the proposed strategic intent for this work',
      supersedes: null,
    });
    expect(decisionStreamId(TRAUMA_INTENT_AGREED)).toBe(`decision-${TRAUMA_INTENT_AGREED}`);
  });

  it('refuses to record a decision again: a decision is never edited', () => {
    specify(recordDecision)
      .given(traumaIntentAgreed, atFebruaryMeeting)
      .when({ ...traumaIntent, kind: 'REJECTED' })
      .thenThrows(
        'CONFLICT',
        /is already recorded .*; a decision is never edited: record a new decision that supersedes it/,
      );
  });

  it('refuses a meeting that does not exist', () => {
    specify(recordDecision)
      .given([], { meeting: [], board: spb })
      .whenSent(traumaIntent)
      .thenThrows('NOT_FOUND', new RegExp(`meeting ${SPB_25_FEB_2021} does not exist`));
  });

  it("refuses a board that is not the meeting's, naming the right one", () => {
    specify(recordDecision)
      .given([], { meeting: spbFebruary2021, board: spb })
      .whenSent({ ...traumaIntent, boardId: SPB_EXECUTIVE })
      .thenThrows(
        'BAD_USER_INPUT',
        new RegExp(
          `boardId: meeting .* is a meeting of board ${SPB}, not ${SPB_EXECUTIVE}; give boardId ${SPB}`,
        ),
      );
  });

  it('refuses a decision at a meeting of a dissolved board', () => {
    const meetingId = 'e1000000-0000-4000-8000-0000000000aa';
    specify(recordDecision)
      .given([], {
        meeting: [scheduled(meetingId, PEOPLE_AND_PLACE, '2022-02-10', 'People Zones evaluation')],
        board: peopleAndPlaceDissolved,
      })
      .whenSent({ ...traumaIntent, meetingId, boardId: PEOPLE_AND_PLACE })
      .thenThrows('CONFLICT', /boardId: board "People and Place" .* was dissolved on 2022-03-18/);
  });

  it('refuses a decision at a meeting that has not taken place yet', () => {
    specify(recordDecision)
      .given([], { meeting: spbMay2021, board: spb })
      .whenSent({ ...traumaIntent, meetingId: SPB_20_MAY_2021 }, { occurredAt: '2021-03-19' })
      .thenThrows(
        'BAD_USER_INPUT',
        /meetingId: the meeting of 2021-05-20 has not taken place yet \(this is recorded as of 2021-03-19\); record its decisions on or after the meeting/,
      );
  });

  it('refuses to supersede a decision that was never recorded', () => {
    specify(recordDecision)
      .given([], { ...atFebruaryMeeting, superseded: [] })
      .whenSent({ ...traumaIntent, supersedes: UNKNOWN })
      .thenThrows('NOT_FOUND', new RegExp(`decision ${UNKNOWN} does not exist`));
  });

  it('refuses a decision superseding itself', () => {
    specify(recordDecision)
      .given([], { ...atFebruaryMeeting, superseded: [] })
      .whenSent({ ...traumaIntent, supersedes: TRAUMA_INTENT_AGREED })
      .thenThrows('BAD_USER_INPUT', /supersedes: a decision cannot supersede itself/);
  });

  it('refuses to supersede a decision made after the meeting', () => {
    const later = recorded({ decisionId: BUSINESS_PLAN_APPROVED, decidedOn: '2021-05-20' });
    specify(recordDecision)
      .given([], { ...atFebruaryMeeting, superseded: later })
      .whenSent({ ...traumaIntent, supersedes: BUSINESS_PLAN_APPROVED })
      .thenThrows(
        'BAD_USER_INPUT',
        /supersedes: decision .* was made on 2021-05-20, after this meeting \(2021-02-25\); a decision can only supersede an earlier one/,
      );
  });

  it('refuses an entity concerned that does not exist', () => {
    specify(recordDecision)
      .given([], { ...atFebruaryMeeting, concern0: [] })
      .whenSent({ ...traumaIntent, concerns: [{ kind: 'PEOPLE_ZONE', id: UNKNOWN }] })
      .thenThrows('NOT_FOUND', new RegExp(`people zone ${UNKNOWN} does not exist`));
  });

  it('refuses an organisation concerned that is not registered', () => {
    specify(recordDecision)
      .given([], { ...atFebruaryMeeting, organisations: registry })
      .whenSent({ ...traumaIntent, concerns: [{ kind: 'ORGANISATION', id: UNKNOWN }] })
      .thenThrows('NOT_FOUND', new RegExp(`organisation ${UNKNOWN} does not exist`));
  });

  it('refuses a decision concerning itself', () => {
    specify(recordDecision)
      .given([], { ...atFebruaryMeeting, concern0: [] })
      .whenSent({ ...traumaIntent, concerns: [{ kind: 'DECISION', id: TRAUMA_INTENT_AGREED }] })
      .thenThrows('BAD_USER_INPUT', /concerns.0: a decision cannot concern itself/);
  });

  it('refuses an entity listed twice and a kind of entity it does not know', () => {
    specify(recordDecision)
      .given([], atFebruaryMeeting)
      .whenSent({
        ...traumaIntent,
        concerns: [
          { kind: 'BOARD', id: SPB },
          { kind: 'BOARD', id: SPB },
          { kind: 'COUNCIL', id: OPCC },
        ],
      })
      .thenThrows(
        'BAD_USER_INPUT',
        /concerns.2.kind: must be one of ORGANISATION, BOARD, .*INDICATOR/,
      );
    specify(recordDecision)
      .given([], atFebruaryMeeting)
      .whenSent({
        ...traumaIntent,
        concerns: [
          { kind: 'BOARD', id: SPB },
          { kind: 'BOARD', id: SPB },
        ],
      })
      .thenThrows('BAD_USER_INPUT', /concerns.1: lists BOARD:.* twice; list each entity once/);
  });

  it('refuses an empty resolution and a kind of decision it does not know', () => {
    specify(recordDecision)
      .given([], atFebruaryMeeting)
      .whenSent({ ...traumaIntent, resolution: ' ', kind: 'RESOLVED' })
      .thenThrows(
        'BAD_USER_INPUT',
        /resolution: must not be empty; kind: must be one of AGREED, APPROVED, NOTED, REJECTED, DEFERRED/,
      );
  });

  it('records decisions of a board as it still sits', () => {
    const meetingId = 'e1000000-0000-4000-8000-0000000000ab';
    specify(recordDecision)
      .given([], {
        meeting: [scheduled(meetingId, PEOPLE_AND_PLACE, '2019-02-20', 'People Zones')],
        board: peopleAndPlace,
      })
      .when({
        meetingId,
        boardId: PEOPLE_AND_PLACE,
        resolution: 'To implement and evaluate the effectiveness of the People Zones initiative',
        kind: 'AGREED',
      })
      .then((id) => [
        {
          type: 'DecisionRecorded',
          data: {
            decisionId: id,
            meetingId,
            boardId: PEOPLE_AND_PLACE,
            decidedOn: '2019-02-20',
            kind: 'AGREED',
            resolution:
              'To implement and evaluate the effectiveness of the People Zones initiative',
            concerns: [],
            supersedes: null,
          },
        },
      ]);
  });
});
