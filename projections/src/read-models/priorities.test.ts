import { describe, expect, it } from 'vitest';
import { project } from '../projection';
import { envelopes } from '../../testing/envelopes';
import { DECISION_1, DECISION_2, PRIORITY, SPB } from '../../testing/governance';
import { prioritiesProjection } from './priorities';

describe('priorities read model', () => {
  const state = project(
    prioritiesProjection,
    envelopes([
      {
        type: 'PriorityAgreed',
        data: {
          priorityId: PRIORITY,
          boardId: SPB,
          title: 'Childhood trauma',
          rationale: 'ACEs drive later harm',
          agreedAt: '2021-02-25',
          decisionId: null,
        },
      },
      {
        type: 'PriorityRevised',
        data: {
          priorityId: PRIORITY,
          title: 'Childhood trauma and adverse experiences',
          rationale: 'ACEs drive later harm',
          revisedOn: '2021-03-22',
          decisionId: DECISION_1,
        },
        occurredAt: '2021-03-22',
      },
      {
        type: 'PriorityRetired',
        data: {
          priorityId: PRIORITY,
          reason: 'Taken forward by the Prevention and Early Intervention Board',
          retiredOn: '2022-06-17',
          decisionId: DECISION_2,
        },
        occurredAt: '2022-06-17',
      },
    ]),
  );

  it('keeps each revision with the title before and after and the decision', () => {
    const priority = state.byId[PRIORITY]!;
    expect(priority.title).toBe('Childhood trauma and adverse experiences');
    expect(priority.revisions).toEqual([
      {
        title: 'Childhood trauma and adverse experiences',
        rationale: 'ACEs drive later harm',
        previousTitle: 'Childhood trauma',
        previousRationale: 'ACEs drive later harm',
        revisedOn: '2021-03-22',
        decisionId: DECISION_1,
      },
    ]);
  });

  it('records the retirement with its decision and keeps the priority listed by board', () => {
    expect(state.byId[PRIORITY]!.retirement).toEqual({
      retiredOn: '2022-06-17',
      reason: 'Taken forward by the Prevention and Early Intervention Board',
      decisionId: DECISION_2,
    });
    expect(state.byId[PRIORITY]!.lastChanged.at).toBe('2022-06-17');
    expect(state.idsByBoard[SPB]).toEqual([PRIORITY]);
    expect(state.order).toEqual([PRIORITY]);
  });
});
