import { defineProjection, type ProjectedEvent } from '../projection';
import { stampOf, touch, type ChangeStamp } from './touch';

/**
 * The board structure: every board with its parent and sub-boards, its members (the
 * organisations and the role of whoever represents each), its chair and every chair it has had
 * (the PCC changes after elections), the terms of reference in force and the versions before
 * them, and, once dissolved, why, when and which board its open work went to.
 */

export interface ChairView {
  name: string;
  role: string | null;
  /** Null for the chair named when the board was established (no organisation recorded). */
  organisationId: string | null;
  /** When the chair took the chair; null for the chair named when the board was established. */
  from: string | null;
  /** When the next chair took over; null while in the chair. */
  until: string | null;
  decisionId: string | null;
}

export interface BoardMemberView {
  organisationId: string;
  /** The role of the person who represents the organisation, e.g. "Chief Constable". */
  role: string;
  representativeName: string | null;
  appointedOn: string;
  decisionId: string | null;
  /** Set once the member has been removed. */
  removedOn: string | null;
  removalReason: string | null;
  removalDecisionId: string | null;
}

export interface TermsOfReferenceView {
  version: number;
  purpose: string;
  missionStatements: string[];
  membershipSummary: string;
  adoptedOn: string;
  decisionId: string | null;
}

export interface BoardDissolutionView {
  dissolvedOn: string;
  reason: string;
  successorBoardId: string;
  decisionId: string | null;
}

export interface BoardView {
  id: string;
  name: string;
  purpose: string;
  parentBoardId: string | null;
  childBoardIds: string[];
  /** The chair now (a copy of the last entry of chairHistory). */
  chair: ChairView | null;
  /** Every chair, oldest first. */
  chairHistory: ChairView[];
  /** The seats held now, in the order they were filled. */
  members: BoardMemberView[];
  /** Seats held once and since removed, in the order they were removed. */
  formerMembers: BoardMemberView[];
  /** Every version of the terms of reference adopted, oldest first; the last is in force. */
  termsOfReference: TermsOfReferenceView[];
  dissolution: BoardDissolutionView | null;
  /** Boards dissolved with their open work passed to this one. */
  predecessorBoardIds: string[];
  /** The decision the board was established under, when cited. */
  decisionId: string | null;
  established: ChangeStamp;
  lastChanged: ChangeStamp;
}

export interface BoardsState {
  byId: Record<string, BoardView>;
  /** Board ids in the order they were established. */
  order: string[];
}

/** The board an event changes, stamped with the change; undefined if it was never established. */
const changed = (state: BoardsState, event: ProjectedEvent & { data: { boardId: string } }) =>
  touch(state.byId, event.data.boardId, event);

const sameSeat = (member: BoardMemberView, organisationId: string, role: string) =>
  member.organisationId === organisationId && member.role === role;

export const boardsProjection = defineProjection<BoardsState>({
  name: 'boards',
  version: 2,
  initialState: () => ({ byId: {}, order: [] }),
  on: {
    BoardEstablished: (state, event) => {
      const { boardId, name, purpose, parentBoardId, chair, decisionId } = event.data;
      const stamp = stampOf(event);
      const first: ChairView | null = chair
        ? {
            name: chair.name,
            role: chair.role ?? null,
            organisationId: null,
            from: null,
            until: null,
            decisionId: decisionId ?? null,
          }
        : null;
      state.byId[boardId] = {
        id: boardId,
        name,
        purpose,
        parentBoardId,
        childBoardIds: [],
        chair: first && { ...first },
        chairHistory: first ? [first] : [],
        members: [],
        formerMembers: [],
        termsOfReference: [],
        dissolution: null,
        predecessorBoardIds: [],
        decisionId: decisionId ?? null,
        established: stamp,
        lastChanged: stamp,
      };
      state.order.push(boardId);
      if (parentBoardId) state.byId[parentBoardId]?.childBoardIds.push(boardId);
      return state;
    },
    BoardMemberAppointed: (state, event) => {
      const { organisationId, role, representativeName, appointedOn, decisionId } = event.data;
      changed(state, event)?.members.push({
        organisationId,
        role,
        representativeName,
        appointedOn,
        decisionId,
        removedOn: null,
        removalReason: null,
        removalDecisionId: null,
      });
      return state;
    },
    BoardMemberRemoved: (state, event) => {
      const board = changed(state, event);
      if (!board) return state;
      const { organisationId, role, reason, removedOn, decisionId } = event.data;
      const seat = board.members.find((m) => sameSeat(m, organisationId, role));
      if (!seat) return state;
      board.members = board.members.filter((m) => m !== seat);
      board.formerMembers.push({
        ...seat,
        removedOn,
        removalReason: reason,
        removalDecisionId: decisionId,
      });
      return state;
    },
    ChairAppointed: (state, event) => {
      const board = changed(state, event);
      if (!board) return state;
      const { chair, from, decisionId } = event.data;
      const previous = board.chairHistory[board.chairHistory.length - 1];
      if (previous) previous.until = from;
      const appointed: ChairView = { ...chair, from, until: null, decisionId };
      board.chairHistory.push(appointed);
      board.chair = { ...appointed };
      return state;
    },
    TermsOfReferenceAdopted: (state, event) => {
      const { version, purpose, missionStatements, membershipSummary, adoptedOn, decisionId } =
        event.data;
      changed(state, event)?.termsOfReference.push({
        version,
        purpose,
        missionStatements: [...missionStatements],
        membershipSummary,
        adoptedOn,
        decisionId,
      });
      return state;
    },
    BoardDissolved: (state, event) => {
      const board = changed(state, event);
      if (!board) return state;
      const { successorBoardId, reason, dissolvedOn, decisionId } = event.data;
      board.dissolution = { dissolvedOn, reason, successorBoardId, decisionId };
      state.byId[successorBoardId]?.predecessorBoardIds.push(board.id);
      return state;
    },
  },
});

/** The terms of reference in force: the last version adopted. */
export const termsInForce = (board: BoardView): TermsOfReferenceView | null =>
  board.termsOfReference[board.termsOfReference.length - 1] ?? null;
