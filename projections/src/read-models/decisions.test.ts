import { describe, expect, it } from 'vitest';
import { project } from '../projection';
import { envelopes } from '../../testing/envelopes';
import { decisionsProjection } from './decisions';
import {
  DECISION_1,
  DECISION_2,
  MEETING_FEB,
  MEETING_MAR,
  PRIORITY,
  SPB,
  decisionRecorded,
  spbMeetingsOf2021,
} from '../../testing/governance';

describe('decisions read model', () => {
  const state = project(decisionsProjection, spbMeetingsOf2021());

  it('lists decisions by the date they were made, by board and by entity concerned', () => {
    expect(state.order).toEqual([DECISION_1, DECISION_2]);
    expect(state.idsByBoard[SPB]).toEqual([DECISION_1, DECISION_2]);
    expect(state.idsByConcern[PRIORITY]).toEqual([DECISION_1, DECISION_2]);
  });

  it('links a superseded decision to the later one, whichever was recorded first', () => {
    // The later decision was recorded before the earlier one here, so the link can only be made
    // if the earlier decision is known: the read model is rebuilt in log order, as it was.
    expect(state.byId[DECISION_2]!.supersedes).toBe(DECISION_1);
    expect(state.byId[DECISION_1]!.supersededByIds).toEqual([]);
    const inOrder = project(
      decisionsProjection,
      envelopes([
        decisionRecorded(
          DECISION_1,
          MEETING_FEB,
          '2021-02-25',
          'That childhood trauma be a priority',
        ),
        decisionRecorded(DECISION_2, MEETING_MAR, '2021-03-22', 'That it be revised', DECISION_1),
      ]),
    );
    expect(inOrder.byId[DECISION_1]!.supersededByIds).toEqual([DECISION_2]);
    expect(inOrder.byId[DECISION_1]).toMatchObject({
      kind: 'AGREED',
      meetingId: MEETING_FEB,
      concerns: [{ kind: 'PRIORITY', id: PRIORITY }],
    });
  });
});
