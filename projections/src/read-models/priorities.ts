import { defineProjection } from '../projection';
import { stampOf, type ChangeStamp } from './boards';

/** Priorities by board: the harmful behaviours and aims each board focuses on. */

export interface PriorityView {
  id: string;
  boardId: string;
  title: string;
  rationale: string;
  agreedAt: string;
  decisionId: string | null;
  lastChanged: ChangeStamp;
}

export interface PrioritiesState {
  byId: Record<string, PriorityView>;
  idsByBoard: Record<string, string[]>;
}

export const prioritiesProjection = defineProjection<PrioritiesState>({
  name: 'priorities',
  version: 1,
  initialState: () => ({ byId: {}, idsByBoard: {} }),
  on: {
    PriorityAgreed: (state, event) => {
      const { priorityId, boardId, title, rationale, agreedAt, decisionId } = event.data;
      state.byId[priorityId] = {
        id: priorityId,
        boardId,
        title,
        rationale,
        agreedAt,
        decisionId,
        lastChanged: stampOf(event),
      };
      (state.idsByBoard[boardId] ??= []).push(priorityId);
      return state;
    },
  },
});
