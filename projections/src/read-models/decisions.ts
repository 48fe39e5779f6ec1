import type { DecisionConcern, DecisionKind } from '@tracker/domain';
import { defineProjection } from '../projection';
import { stampOf, type ChangeStamp } from './touch';
import { insertByDate } from './meetings';

/**
 * The decision log: what each board RESOLVED, agreed, approved, noted, rejected or deferred, at
 * which meeting, about which entities, and which later decisions superseded it. A decision is
 * never edited: the supersession is recorded on the later decision (`supersedes`), and this read
 * model shows it on the earlier one too (`supersededByIds`).
 */

/** An entity a decision concerns, as a typed reference `{ kind, id }`. */
export type DecisionConcernView = DecisionConcern;

export interface DecisionView {
  id: string;
  boardId: string;
  meetingId: string;
  /** The date of the meeting it was made at. */
  decidedOn: string;
  kind: DecisionKind;
  /** The resolution as minuted. */
  resolution: string;
  concerns: DecisionConcernView[];
  /** The earlier decision this one supersedes. */
  supersedes: string | null;
  /** Later decisions that supersede this one, in the order they were recorded. */
  supersededByIds: string[];
  lastChanged: ChangeStamp;
}

export interface DecisionsState {
  byId: Record<string, DecisionView>;
  /** Decision ids by the date they were made, then the order they were recorded. */
  order: string[];
  /** Each board's decision ids, by date. */
  idsByBoard: Record<string, string[]>;
  /** The decisions concerning each entity (by the entity's id), by date. */
  idsByConcern: Record<string, string[]>;
}

const decisionDate = (decision: DecisionView) => decision.decidedOn;

export const decisionsProjection = defineProjection<DecisionsState>({
  name: 'decisions',
  version: 1,
  initialState: () => ({ byId: {}, order: [], idsByBoard: {}, idsByConcern: {} }),
  on: {
    DecisionRecorded: (state, event) => {
      const { decisionId, meetingId, boardId, decidedOn, kind, resolution, concerns, supersedes } =
        event.data;
      state.byId[decisionId] = {
        id: decisionId,
        boardId,
        meetingId,
        decidedOn,
        kind,
        resolution,
        concerns: concerns.map(({ kind: concernKind, id }) => ({ kind: concernKind, id })),
        supersedes,
        supersededByIds: [],
        lastChanged: stampOf(event),
      };
      const { byId } = state;
      insertByDate(state.order, decisionId, decidedOn, byId, decisionDate);
      insertByDate((state.idsByBoard[boardId] ??= []), decisionId, decidedOn, byId, decisionDate);
      for (const { id } of concerns)
        insertByDate((state.idsByConcern[id] ??= []), decisionId, decidedOn, byId, decisionDate);
      if (supersedes) state.byId[supersedes]?.supersededByIds.push(decisionId);
      return state;
    },
  },
});
