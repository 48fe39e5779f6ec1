import { initiativeStreamId, nextInitiativeStatuses } from '@tracker/domain';
import {
  boardsProjection,
  completedLate,
  countInitiatives,
  statusOn,
  decisionsProjection,
  initiativesProjection,
  isMilestoneOverdue,
  organisationsProjection,
  prioritiesProjection,
  type InitiativeView,
} from '@tracker/projections';
import { connectionFrom } from '../connection';
import type { GraphQLContext } from '../context';
import type { InitiativeFilter, Resolvers } from '../generated/graphql';
import type { ReadModels } from '../read-models';
import { many, matchesText, optional, required } from './links';
import type { NodeType } from './nodes';

/** The SPB portfolio: initiatives, their counts and the dashboard. */

export const portfolioNodes: NodeType[] = [
  {
    typename: 'Initiative',
    projection: initiativesProjection,
    streamOf: (i: InitiativeView) => initiativeStreamId(i.id),
  },
];

/** Today's date, UTC: the default day overdue milestones and actions are judged on. */
export const today = () => new Date().toISOString().slice(0, 10);

/** The initiatives matching a filter, in the order they were registered. */
function filtered(readModels: ReadModels, filter: InitiativeFilter | null | undefined) {
  const { byId, order } = readModels.state(initiativesProjection);
  return order
    .map((id) => byId[id]!)
    .filter(
      (i) =>
        (!filter?.status?.length || filter.status.includes(i.status)) &&
        (!filter?.boardId || i.boardId === filter.boardId) &&
        (!filter?.priorityId || i.priorityIds.includes(filter.priorityId)) &&
        (!filter?.leadOrganisationId ||
          i.leadOrganisationIds.includes(filter.leadOrganisationId)) &&
        (!filter?.confidence?.length ||
          (i.confidence !== null && filter.confidence.includes(i.confidence.rating))) &&
        (filter?.unassessed == null || (i.confidence === null) === filter.unassessed) &&
        matchesText(filter?.text, i.title, i.description, i.nextSteps?.text ?? null) &&
        (!filter?.registeredBy || i.registeredOn <= filter.registeredBy),
    );
}

/** The decision an entity cites, when it cites one. */
const decisionOf = (
  entity: { decisionId: string | null },
  _: unknown,
  { readModels }: GraphQLContext,
) => optional(readModels, decisionsProjection, entity.decisionId);

const live = (i: InitiativeView) => i.status !== 'COMPLETED' && i.status !== 'CLOSED';

/** An entity's initiatives: the filter given, narrowed to those linked to it. */
const initiativesOf =
  (link: (entityId: string) => InitiativeFilter) =>
  (
    entity: { id: string },
    {
      first,
      after,
      filter,
    }: { first?: number | null; after?: string | null; filter?: InitiativeFilter | null },
    { readModels }: GraphQLContext,
  ) =>
    connectionFrom(filtered(readModels, { ...filter, ...link(entity.id) }), { first, after });

export const portfolioResolvers: Resolvers = {
  Query: {
    initiatives: (_, { first, after, filter }, { readModels }) =>
      connectionFrom(filtered(readModels, filter), { first, after }),
    initiative: (_, { id }, { readModels }) => readModels.load(initiativesProjection, id),
    initiativeCounts: (_, { filter }, { readModels }) =>
      countInitiatives(filtered(readModels, filter)),
    portfolioDashboard: (_, { filter, on }, { readModels }) => {
      const initiatives = filtered(readModels, filter);
      const day = on ?? today();
      return {
        counts: countInitiatives(initiatives),
        withOverdueMilestones: initiatives.filter(
          (i) => live(i) && i.milestones.some((m) => isMilestoneOverdue(m, day)),
        ),
        on: day,
      };
    },
  },
  Initiative: {
    decision: decisionOf,
    nextStatuses: (i) => [...nextInitiativeStatuses(i.status)],
    statusOn: (i, { date }) => statusOn(i, date),
    board: (i, _, { readModels }) => required(readModels, boardsProjection, i.boardId, 'board'),
    owningBoard: (i, _, { readModels }) =>
      required(readModels, boardsProjection, i.owningBoardId, 'board'),
    priorities: (i, _, { readModels }) => many(readModels, prioritiesProjection, i.priorityIds),
    leadOrganisations: (i, _, { readModels }) =>
      many(readModels, organisationsProjection, i.leadOrganisationIds),
  },
  Board: { initiatives: initiativesOf((boardId) => ({ boardId })) },
  Priority: { initiatives: initiativesOf((priorityId) => ({ priorityId })) },
  Organisation: {
    leadsInitiatives: initiativesOf((leadOrganisationId) => ({ leadOrganisationId })),
  },
  InitiativeStatusChange: {
    decision: decisionOf,
    board: (change, _, { readModels }) =>
      required(readModels, boardsProjection, change.boardId, 'board'),
    targetBoard: (change, _, { readModels }) =>
      optional(readModels, boardsProjection, change.targetBoardId),
  },
  InitiativeMilestone: {
    completedLate: (m) => completedLate(m),
  },
};
