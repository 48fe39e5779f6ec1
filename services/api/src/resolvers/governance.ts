import { boardStreamId, priorityStreamId } from '@tracker/domain';
import {
  boardsProjection,
  prioritiesProjection,
  type BoardView,
  type PriorityView,
} from '@tracker/projections';
import { connectionFrom } from '../connection';
import { notFoundError } from '../errors';
import type { Resolvers } from '../generated/graphql';
import type { NodeType } from './nodes';

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

const present = <T>(items: (T | null)[]): T[] => items.filter((i): i is T => i !== null);

export const governanceResolvers: Resolvers = {
  Query: {
    boards: (_, { first, after, filter }, { readModels }) => {
      const { byId, order } = readModels.state(boardsProjection);
      const text = filter?.text?.trim().toLowerCase();
      const boards = order
        .map((id) => byId[id]!)
        .filter(
          (b: BoardView) =>
            (!filter?.parentBoardId || b.parentBoardId === filter.parentBoardId) &&
            (!filter?.topLevel || b.parentBoardId === null) &&
            (!text ||
              b.name.toLowerCase().includes(text) ||
              b.purpose.toLowerCase().includes(text)),
        );
      return connectionFrom(boards, { first, after });
    },
    board: (_, { id }, { readModels }) => readModels.load(boardsProjection, id),
  },
  Board: {
    parent: (board, _, { readModels }) =>
      board.parentBoardId ? readModels.load(boardsProjection, board.parentBoardId) : null,
    subBoards: async (board, _, { readModels }) =>
      present(await readModels.loadMany(boardsProjection, board.childBoardIds)),
    priorities: async (board, { first, after }, { readModels }) => {
      const ids = readModels.state(prioritiesProjection).idsByBoard[board.id] ?? [];
      return connectionFrom(present(await readModels.loadMany(prioritiesProjection, ids)), {
        first,
        after,
      });
    },
  },
  Priority: {
    board: async (priority, _, { readModels }) =>
      (await readModels.load(boardsProjection, priority.boardId)) ??
      Promise.reject(notFoundError('board', priority.boardId)),
  },
  EstablishBoardPayload: {
    board: async (payload, _, { readModels }) =>
      (await readModels.load(boardsProjection, payload.id)) ??
      Promise.reject(notFoundError('board', payload.id)),
  },
  AgreePriorityPayload: {
    priority: async (payload, _, { readModels }) =>
      (await readModels.load(prioritiesProjection, payload.id)) ??
      Promise.reject(notFoundError('priority', payload.id)),
  },
};
