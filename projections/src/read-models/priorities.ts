import { defineProjection } from '../projection';
import { stampOf, type ChangeStamp } from './touch';
import { touch } from './touch';

/**
 * Priorities by board: the harmful behaviours and aims each board focuses on, with every
 * revision of their title or rationale and, once retired, when, why and under which decision.
 */

export interface PriorityRevisionView {
  /** The title and rationale as revised. */
  title: string;
  rationale: string;
  /** The title and rationale before the revision. */
  previousTitle: string;
  previousRationale: string;
  revisedOn: string;
  decisionId: string;
}

export interface PriorityRetirementView {
  retiredOn: string;
  reason: string;
  decisionId: string;
}

export interface PriorityView {
  id: string;
  boardId: string;
  title: string;
  rationale: string;
  agreedAt: string;
  decisionId: string | null;
  /** Revisions, oldest first. */
  revisions: PriorityRevisionView[];
  retirement: PriorityRetirementView | null;
  lastChanged: ChangeStamp;
}

export interface PrioritiesState {
  byId: Record<string, PriorityView>;
  /** Priority ids of each board, in the order they were agreed (retired ones included). */
  idsByBoard: Record<string, string[]>;
  /** Every priority id in the order they were agreed. */
  order: string[];
}

export const prioritiesProjection = defineProjection<PrioritiesState>({
  name: 'priorities',
  version: 2,
  initialState: () => ({ byId: {}, idsByBoard: {}, order: [] }),
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
        revisions: [],
        retirement: null,
        lastChanged: stampOf(event),
      };
      (state.idsByBoard[boardId] ??= []).push(priorityId);
      state.order.push(priorityId);
      return state;
    },
    PriorityRevised: (state, event) => {
      const { priorityId, title, rationale, revisedOn, decisionId } = event.data;
      const priority = touch(state.byId, priorityId, event);
      if (!priority) return state;
      priority.revisions.push({
        title,
        rationale,
        previousTitle: priority.title,
        previousRationale: priority.rationale,
        revisedOn,
        decisionId,
      });
      priority.title = title;
      priority.rationale = rationale;
      return state;
    },
    PriorityRetired: (state, event) => {
      const { priorityId, reason, retiredOn, decisionId } = event.data;
      const priority = touch(state.byId, priorityId, event);
      if (priority) priority.retirement = { retiredOn, reason, decisionId };
      return state;
    },
  },
});
