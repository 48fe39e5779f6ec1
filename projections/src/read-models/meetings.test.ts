import { describe, expect, it } from 'vitest';
import { project } from '../projection';
import {
  DECISION_1,
  DECISION_2,
  MEETING_FEB,
  MEETING_MAR,
  SPB,
  spbMeetingsOf2021,
} from '../../testing/governance';
import { meetingsProjection } from './meetings';

describe('meetings read model', () => {
  const state = project(meetingsProjection, spbMeetingsOf2021());

  it('lists meetings by date, overall and by board', () => {
    expect(state.order).toEqual([MEETING_FEB, MEETING_MAR]);
    expect(state.idsByBoard[SPB]).toEqual([MEETING_FEB, MEETING_MAR]);
  });

  it('keeps the decisions recorded at each meeting', () => {
    expect(state.byId[MEETING_FEB]).toMatchObject({
      date: '2021-02-25',
      theme: 'Childhood trauma',
      decisionIds: [DECISION_1],
    });
    expect(state.byId[MEETING_MAR]!.decisionIds).toEqual([DECISION_2]);
  });
});
