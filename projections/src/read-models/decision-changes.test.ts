import { describe, expect, it } from 'vitest';
import { project } from '../projection';
import { envelopes } from '../../testing/envelopes';
import { decisionChangesProjection } from './decision-changes';

const DECISION = 'c0ffee00-1111-4222-8333-444455556666';
const BOARD = '3d1f8c52-7a4e-4d36-9b8a-2f6c1e0a9b71';

describe('decisionChanges', () => {
  it('lists every event recorded under a decision, whatever its type, in log order', () => {
    const events = envelopes([
      {
        type: 'BoardEstablished',
        streamId: `board-${BOARD}`,
        data: {
          boardId: BOARD,
          name: 'SPB',
          purpose: '',
          parentBoardId: null,
          chair: null,
        },
      } as never,
      {
        type: 'PriorityAgreed',
        streamId: 'priority-1',
        data: { priorityId: 'p1', boardId: BOARD, title: 'Childhood trauma' },
      } as never,
      {
        type: 'PriorityRetired',
        streamId: 'priority-2',
        data: { priorityId: 'p2' },
      } as never,
    ]).map((e, i) => (i === 0 ? e : { ...e, metadata: { ...e.metadata, decisionId: DECISION } }));
    expect(project(decisionChangesProjection, events)).toEqual({
      byDecision: {
        [DECISION]: [
          { streamId: 'priority-1', position: 2 },
          { streamId: 'priority-2', position: 3 },
        ],
      },
    });
  });
});
