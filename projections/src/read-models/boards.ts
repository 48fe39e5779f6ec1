import { defineProjection, type ProjectedEvent } from '../projection';

/** The board structure: every board with its chair, parent and sub-boards. */

export interface ChangeStamp {
  /** Business time of the change. */
  at: string;
  /** Recorded time of the change. */
  recordedAt: string;
  by: string;
}

export interface BoardView {
  id: string;
  name: string;
  purpose: string;
  parentBoardId: string | null;
  childBoardIds: string[];
  chair: { name: string; role: string | null } | null;
  established: ChangeStamp;
  lastChanged: ChangeStamp;
}

export interface BoardsState {
  byId: Record<string, BoardView>;
  /** Board ids in the order they were established. */
  order: string[];
}

export const stampOf = (event: ProjectedEvent): ChangeStamp => ({
  at: event.metadata.occurredAt,
  recordedAt: event.recordedAt,
  by: event.metadata.actor,
});

export const boardsProjection = defineProjection<BoardsState>({
  name: 'boards',
  version: 1,
  initialState: () => ({ byId: {}, order: [] }),
  on: {
    BoardEstablished: (state, event) => {
      const { boardId, name, purpose, parentBoardId, chair } = event.data;
      const stamp = stampOf(event);
      state.byId[boardId] = {
        id: boardId,
        name,
        purpose,
        parentBoardId,
        childBoardIds: [],
        chair: chair ? { name: chair.name, role: chair.role ?? null } : null,
        established: stamp,
        lastChanged: stamp,
      };
      state.order.push(boardId);
      if (parentBoardId) state.byId[parentBoardId]?.childBoardIds.push(boardId);
      return state;
    },
  },
});
