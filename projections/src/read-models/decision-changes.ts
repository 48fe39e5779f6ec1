import { defineProjection } from '../projection';

/**
 * What each decision changed: every event recorded under it (the command cited the decision,
 * so the command handler put its id in the event's metadata), across all entities, in log
 * order. It keeps only where each change is; the changes themselves are read from the store,
 * so auditors see them exactly as recorded.
 */

export interface DecisionChangeRef {
  streamId: string;
  position: number;
}

export interface DecisionChangesState {
  byDecision: Record<string, DecisionChangeRef[]>;
}

export const decisionChangesProjection = defineProjection<DecisionChangesState>({
  name: 'decisionChanges',
  version: 1,
  initialState: () => ({ byDecision: {} }),
  on: {},
  onAny: (state, event) => {
    const decisionId = event.metadata.decisionId;
    if (decisionId) {
      (state.byDecision[decisionId] ??= []).push({
        streamId: event.streamId,
        position: event.position,
      });
    }
    return state;
  },
});
