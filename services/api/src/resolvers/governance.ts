import { boardStreamId, priorityStreamId } from '@tracker/domain';
import {
  boardsProjection,
  decisionsProjection,
  meetingsProjection,
  organisationsProjection,
  prioritiesProjection,
  termsInForce,
  type BoardView,
  type PriorityView,
} from '@tracker/projections';
import { connectionFrom } from '../connection';
import type { Resolvers } from '../generated/graphql';
import type { ReadModels } from '../read-models';
import { many, matchesText, optional, required } from './links';
import type { NodeType } from './nodes';

/** Boards (members, chairs, terms of reference, dissolution) and priorities. */

export const governanceNodes: NodeType[] = [
  {
    typename: 'Board',
    projection: boardsProjection,
    streamOf: (b: BoardView) => boardStreamId(b.id),
  },
  {
    typename: 'Priority',
    projection: prioritiesProjection,
    streamOf: (p: PriorityView) => priorityStreamId(p.id),
  },
];

const decisionOf = (readModels: ReadModels, id: string | null) =>
  optional(readModels, decisionsProjection, id);

const boardOf = (readModels: ReadModels, id: string) =>
  required(readModels, boardsProjection, id, 'board');

const current = (p: PriorityView, includeRetired: boolean | null | undefined) =>
  includeRetired || p.retirement === null;

export const governanceResolvers: Resolvers = {
  Query: {
    boards: (_, { first, after, filter }, { readModels }) => {
      const { byId, order } = readModels.state(boardsProjection);
      const boards = order
        .map((id) => byId[id]!)
        .filter(
          (b) =>
            (!filter?.parentBoardId || b.parentBoardId === filter.parentBoardId) &&
            (!filter?.topLevel || b.parentBoardId === null) &&
            (filter?.dissolved == null || (b.dissolution !== null) === filter.dissolved) &&
            (!filter?.memberOrganisationId ||
              b.members.some((m) => m.organisationId === filter.memberOrganisationId)) &&
            matchesText(filter?.text, b.name, b.purpose),
        );
      return connectionFrom(boards, { first, after });
    },
    board: (_, { id }, { readModels }) => readModels.load(boardsProjection, id),
    priorities: async (_, { first, after, filter }, { readModels }) => {
      const state = readModels.state(prioritiesProjection);
      const ids = filter?.boardId ? (state.idsByBoard[filter.boardId] ?? []) : state.order;
      const priorities = (await many(readModels, prioritiesProjection, ids)).filter(
        (p) =>
          current(p, filter?.includeRetired) && matchesText(filter?.text, p.title, p.rationale),
      );
      return connectionFrom(priorities, { first, after });
    },
    priority: (_, { id }, { readModels }) => readModels.load(prioritiesProjection, id),
  },
  Board: {
    parent: (board, _, { readModels }) =>
      optional(readModels, boardsProjection, board.parentBoardId),
    subBoards: (board, _, { readModels }) =>
      many(readModels, boardsProjection, board.childBoardIds),
    members: (board, { includeFormer }) =>
      includeFormer ? [...board.members, ...board.formerMembers] : board.members,
    termsOfReference: (board) => termsInForce(board),
    termsOfReferenceVersions: (board) => board.termsOfReference,
    dissolved: (board) => board.dissolution !== null,
    successor: (board, _, { readModels }) =>
      optional(readModels, boardsProjection, board.dissolution?.successorBoardId),
    predecessors: (board, _, { readModels }) =>
      many(readModels, boardsProjection, board.predecessorBoardIds),
    decision: (board, _, { readModels }) => decisionOf(readModels, board.decisionId),
    priorities: async (board, { first, after, includeRetired }, { readModels }) => {
      const ids = readModels.state(prioritiesProjection).idsByBoard[board.id] ?? [];
      const priorities = await many(readModels, prioritiesProjection, ids);
      return connectionFrom(
        priorities.filter((p) => current(p, includeRetired)),
        { first, after },
      );
    },
    meetings: async (board, { first, after }, { readModels }) => {
      const ids = readModels.state(meetingsProjection).idsByBoard[board.id] ?? [];
      return connectionFrom(await many(readModels, meetingsProjection, ids), { first, after });
    },
    decisions: async (board, { first, after, kind }, { readModels }) => {
      const ids = readModels.state(decisionsProjection).idsByBoard[board.id] ?? [];
      const decisions = await many(readModels, decisionsProjection, ids);
      return connectionFrom(
        decisions.filter((d) => !kind || d.kind === kind),
        { first, after },
      );
    },
  },
  Chair: {
    organisation: (chair, _, { readModels }) =>
      optional(readModels, organisationsProjection, chair.organisationId),
    decision: (chair, _, { readModels }) => decisionOf(readModels, chair.decisionId),
  },
  BoardMember: {
    organisation: (member, _, { readModels }) =>
      required(readModels, organisationsProjection, member.organisationId, 'organisation'),
    decision: (member, _, { readModels }) => decisionOf(readModels, member.decisionId),
    removalDecision: (member, _, { readModels }) =>
      decisionOf(readModels, member.removalDecisionId),
  },
  TermsOfReference: {
    decision: (terms, _, { readModels }) => decisionOf(readModels, terms.decisionId),
  },
  BoardDissolution: {
    successor: (dissolution, _, { readModels }) =>
      boardOf(readModels, dissolution.successorBoardId),
    decision: (dissolution, _, { readModels }) => decisionOf(readModels, dissolution.decisionId),
  },
  Priority: {
    board: (priority, _, { readModels }) => boardOf(readModels, priority.boardId),
    decision: (priority, _, { readModels }) => decisionOf(readModels, priority.decisionId),
    retired: (priority) => priority.retirement !== null,
  },
  PriorityRevision: {
    decision: (revision, _, { readModels }) =>
      required(readModels, decisionsProjection, revision.decisionId, 'decision'),
  },
  PriorityRetirement: {
    decision: (retirement, _, { readModels }) =>
      required(readModels, decisionsProjection, retirement.decisionId, 'decision'),
  },
};
