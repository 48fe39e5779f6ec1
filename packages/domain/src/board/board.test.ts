import { describe, it } from 'vitest';
import { specify } from '../kernel/specification';
import { establishBoard, type BoardEvent } from './board';

const SPB = '11111111-1111-4111-8111-111111111111';
const EXEC = '22222222-2222-4222-8222-222222222222';

const spbEstablished: BoardEvent = {
  type: 'BoardEstablished',
  data: {
    boardId: SPB,
    name: 'Strategic Partnership Board',
    purpose: '',
    parentBoardId: null,
    chair: { name: 'Lord Bach', role: 'Police and Crime Commissioner' },
  },
};

describe('establishBoard', () => {
  it('establishes a board under its parent', () => {
    specify(establishBoard)
      .given([], { parent: [spbEstablished] })
      .when({
        boardId: EXEC,
        name: 'SPB Executive',
        parentBoardId: SPB,
        purpose: 'Drives delivery',
      })
      .then([
        {
          type: 'BoardEstablished',
          data: {
            boardId: EXEC,
            name: 'SPB Executive',
            purpose: 'Drives delivery',
            parentBoardId: SPB,
            chair: null,
          },
        },
      ]);
  });

  it('mints the board id from the command id when none is given', () => {
    specify(establishBoard)
      .given([])
      .when({ name: 'Strategic Partnership Board' })
      .then((id) => [
        {
          type: 'BoardEstablished',
          data: {
            boardId: id,
            name: 'Strategic Partnership Board',
            purpose: '',
            parentBoardId: null,
            chair: null,
          },
        },
      ]);
  });

  it('refuses an empty name, saying which field', () => {
    specify(establishBoard)
      .given([])
      .when({ name: '   ' })
      .thenThrows('BAD_USER_INPUT', /name: must not be empty/);
  });

  it('refuses a parent board that does not exist', () => {
    specify(establishBoard)
      .given([], { parent: [] })
      .when({ boardId: EXEC, name: 'SPB Executive', parentBoardId: SPB })
      .thenThrows('NOT_FOUND', new RegExp(`parent board ${SPB} does not exist`));
  });

  it('refuses to establish the same board twice', () => {
    specify(establishBoard)
      .given([spbEstablished])
      .when({ boardId: SPB, name: 'Strategic Partnership Board' })
      .thenThrows('CONFLICT', /already established/);
  });
});
