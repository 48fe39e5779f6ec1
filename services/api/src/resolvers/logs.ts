import { actionLogStreamId, issueStreamId } from '@tracker/domain';
import {
  actionsProjection,
  boardsProjection,
  isActionOverdue,
  issuesProjection,
  organisationsProjection,
  type ActionView,
  type IssueView,
} from '@tracker/projections';
import { connectionFrom } from '../connection';
import type { GraphQLContext } from '../context';
import type { ActionFilter, IssueFilter, Resolvers } from '../generated/graphql';
import type { ReadModels } from '../read-models';
import type { NodeType } from './nodes';
import { optional, required } from './links';
import { today } from './portfolio';

/** The issue log and the action logs. */

export const logsNodes: NodeType[] = [
  {
    typename: 'Issue',
    projection: issuesProjection,
    streamOf: (i: IssueView) => issueStreamId(i.id),
  },
  {
    typename: 'Action',
    projection: actionsProjection,
    // A board's actions share one stream, the board's action log; each event names its action.
    streamOf: (a: ActionView) => actionLogStreamId(a.boardId),
    concerns: (event, a: ActionView) => (event.data as { actionId?: string }).actionId === a.id,
  },
];

const boardOf = (entity: { boardId: string }, _: unknown, { readModels }: GraphQLContext) =>
  required(readModels, boardsProjection, entity.boardId, 'board');

/** Every action, board by board (in the order each log began), each log in number order. */
function actionsOf(readModels: ReadModels, filter: ActionFilter | null | undefined): ActionView[] {
  const { byId, idsByBoard } = readModels.state(actionsProjection);
  const boards = filter?.boardId ? [filter.boardId] : Object.keys(idsByBoard);
  const owner = filter?.owner?.trim().toLowerCase();
  const text = filter?.text?.trim().toLowerCase();
  return boards
    .flatMap((boardId) => (idsByBoard[boardId] ?? []).map((id) => byId[id]!))
    .filter(
      (a) =>
        (filter?.open == null || (a.completedOn === null) === filter.open) &&
        (!filter?.overdueAt || isActionOverdue(a, filter.overdueAt)) &&
        (!owner || a.responsibleOfficers.some((o) => o.toLowerCase() === owner)) &&
        (!filter?.status?.length || filter.status.includes(a.status)) &&
        (!filter?.rag?.length || (a.rag !== null && filter.rag.includes(a.rag))) &&
        (!text ||
          a.action.toLowerCase().includes(text) ||
          a.responsibleOfficers.some((o) => o.toLowerCase().includes(text))),
    );
}

/** The issues matching a filter, in the order logged. */
function issuesOf(readModels: ReadModels, filter: IssueFilter | null | undefined): IssueView[] {
  const { byId, order } = readModels.state(issuesProjection);
  const category = filter?.category?.trim().toLowerCase();
  return order
    .map((id) => byId[id]!)
    .filter(
      (i) =>
        (!filter?.boardId || i.boardId === filter.boardId) &&
        (!filter?.status?.length || filter.status.includes(i.status)) &&
        (!category || i.category.toLowerCase() === category),
    );
}

export const logsResolvers: Resolvers = {
  Query: {
    issues: (_, { first, after, filter }, { readModels }) =>
      connectionFrom(issuesOf(readModels, filter), { first, after }),
    issue: (_, { id }, { readModels }) => readModels.load(issuesProjection, id),
    actions: (_, { first, after, filter }, { readModels }) =>
      connectionFrom(actionsOf(readModels, filter), { first, after }),
    action: (_, { id }, { readModels }) => readModels.load(actionsProjection, id),
  },
  Board: {
    issues: (board, { first, after, filter }, { readModels }) =>
      connectionFrom(issuesOf(readModels, { ...filter, boardId: board.id }), { first, after }),
    actions: (board, { first, after, filter }, { readModels }) =>
      connectionFrom(actionsOf(readModels, { ...filter, boardId: board.id }), { first, after }),
    actionLogVersion: (board, _, { readModels }) =>
      readModels.state(actionsProjection).versionByBoard[board.id] ?? -1,
  },
  Issue: { board: boardOf },
  IssueParty: {
    organisation: (party, _, { readModels }) =>
      optional(readModels, organisationsProjection, party.organisationId),
  },
  Action: {
    board: boardOf,
    open: (a) => a.completedOn === null,
    overdue: (a, { on }) => isActionOverdue(a, on ?? today()),
  },
};
