import { describe, it } from 'vitest';
import type { BoardEvent } from '../board/board';
import { specify } from '../kernel/specification';
import { agreePriority } from './priority';

const SPB = '11111111-1111-4111-8111-111111111111';
const PRIORITY = '33333333-3333-4333-8333-333333333333';
const spb: BoardEvent = {
  type: 'BoardEstablished',
  data: {
    boardId: SPB,
    name: 'Strategic Partnership Board',
    purpose: '',
    parentBoardId: null,
    chair: null,
  },
};

describe('agreePriority', () => {
  it('agrees a priority for an existing board', () => {
    specify(agreePriority)
      .given([], { board: [spb] })
      .when({
        priorityId: PRIORITY,
        boardId: SPB,
        title: 'Childhood trauma',
        agreedAt: '2021-02-25',
      })
      .then([
        {
          type: 'PriorityAgreed',
          data: {
            priorityId: PRIORITY,
            boardId: SPB,
            title: 'Childhood trauma',
            rationale: '',
            agreedAt: '2021-02-25',
            decisionId: null,
          },
        },
      ]);
  });

  it('refuses a board that does not exist', () => {
    specify(agreePriority)
      .given([], { board: [] })
      .when({ boardId: SPB, title: 'Childhood trauma', agreedAt: '2021-02-25' })
      .thenThrows('NOT_FOUND', /board 1111.* does not exist/);
  });

  it('refuses a date that cannot be parsed', () => {
    specify(agreePriority)
      .given([], { board: [spb] })
      .when({ boardId: SPB, title: 'Childhood trauma', agreedAt: '25/02/2021' })
      .thenThrows('BAD_USER_INPUT', /agreedAt: must be a date written YYYY-MM-DD/);
  });
});
