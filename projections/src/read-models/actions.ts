import { actionStatusOf, type ActionStatus, type RagRating } from '@tracker/domain';
import { defineProjection, type ProjectedEvent } from '../projection';
import { stampOf, type ChangeStamp } from './touch';
import { touch } from './touch';

/**
 * The action logs (the LSCSB Action Log, June 2022): per board, the numbered actions in number
 * order with the date raised, the responsible officers, dated comments, the RAG status (every
 * rating kept), the due date when one was set, and completion.
 */

export interface ActionCommentView {
  comment: string;
  commentedOn: string;
  recorded: ChangeStamp;
}

export interface ActionRagChangeView {
  rag: RagRating;
  previousRag: RagRating | null;
  setOn: string;
}

export interface ActionView {
  /** The action's id (derived from the board and the number). */
  id: string;
  boardId: string;
  number: number;
  raisedOn: string;
  action: string;
  responsibleOfficers: string[];
  dueOn: string | null;
  /** The status column: COMPLETE once completed, else the RAG, else NOT_RATED. */
  status: ActionStatus;
  rag: RagRating | null;
  /** Every rating, oldest first. */
  ragHistory: ActionRagChangeView[];
  /** Oldest first; the completion comment is one of them when given. */
  comments: ActionCommentView[];
  completedOn: string | null;
  logged: ChangeStamp;
  lastChanged: ChangeStamp;
}

export interface ActionsState {
  byId: Record<string, ActionView>;
  /** Each board's action ids, in number order. */
  idsByBoard: Record<string, string[]>;
  /**
   * Each board's action log version: the revision of the latest event in its stream, what a
   * command's expectedVersion on that log is compared with.
   */
  versionByBoard: Record<string, number>;
}

/**
 * Whether an action was overdue on `date`: it had a due date before that day and was not
 * completed by that day. Actions without a due date are never overdue.
 */
export const isActionOverdue = (
  action: Pick<ActionView, 'dueOn' | 'completedOn'>,
  date: string,
): boolean =>
  action.dueOn !== null &&
  action.dueOn < date &&
  (action.completedOn === null || action.completedOn > date);

const touched = (
  state: ActionsState,
  event: ProjectedEvent & { data: { boardId: string; actionId: string } },
) => {
  state.versionByBoard[event.data.boardId] = event.revision;
  return touch(state.byId, event.data.actionId, event);
};

/** The number of the action at a place in a board's list. */
const numberAt = (state: ActionsState, ids: string[], at: number) => state.byId[ids[at]!]!.number;

/**
 * Puts an action's id in its place on the board's list, in number order. Actions are mostly
 * logged in number order, so the usual case appends; otherwise a binary search finds the place.
 * (`numberAt` is a module function, not a closure made per event: tsx names every inner
 * function it compiles with a defineProperty call, which a million-event rebuild notices.)
 */
function insertInNumberOrder(state: ActionsState, ids: string[], action: ActionView) {
  if (ids.length === 0 || numberAt(state, ids, ids.length - 1) < action.number) {
    ids.push(action.id);
    return;
  }
  let low = 0;
  let high = ids.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if (numberAt(state, ids, middle) < action.number) low = middle + 1;
    else high = middle;
  }
  ids.splice(low, 0, action.id);
}

export const actionsProjection = defineProjection<ActionsState>({
  name: 'actions',
  // 3: each board's log keeps its stream's version.
  version: 3,
  initialState: () => ({ byId: {}, idsByBoard: {}, versionByBoard: {} }),
  on: {
    ActionLogged: (state, event) => {
      const d = event.data;
      const stamp = stampOf(event);
      state.versionByBoard[d.boardId] = event.revision;
      state.byId[d.actionId] = {
        id: d.actionId,
        boardId: d.boardId,
        number: d.number,
        raisedOn: d.raisedOn,
        action: d.action,
        responsibleOfficers: [...d.responsibleOfficers],
        dueOn: d.dueOn,
        status: 'NOT_RATED',
        rag: null,
        ragHistory: [],
        comments: [],
        completedOn: null,
        logged: stamp,
        lastChanged: stamp,
      };
      insertInNumberOrder(state, (state.idsByBoard[d.boardId] ??= []), state.byId[d.actionId]!);
      return state;
    },
    ActionCommented: (state, event) => {
      const view = touched(state, event);
      view?.comments.push({
        comment: event.data.comment,
        commentedOn: event.data.commentedOn,
        recorded: view.lastChanged,
      });
      return state;
    },
    ActionRagSet: (state, event) => {
      const view = touched(state, event);
      if (!view) return state;
      const { rag, previousRag, setOn } = event.data;
      view.rag = rag;
      view.ragHistory.push({ rag, previousRag, setOn });
      view.status = actionStatusOf(view);
      return state;
    },
    ActionCompleted: (state, event) => {
      const view = touched(state, event);
      if (!view) return state;
      const { completedOn, comment } = event.data;
      view.completedOn = completedOn;
      if (comment)
        view.comments.push({ comment, commentedOn: completedOn, recorded: view.lastChanged });
      view.status = actionStatusOf(view);
      return state;
    },
  },
});
