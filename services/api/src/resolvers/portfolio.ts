import { initiativeStreamId, nextInitiativeStatuses } from '@tracker/domain';
import {
  boardsProjection,
  completedLate,
  countInitiatives,
  initiativesProjection,
  isMilestoneOverdue,
  prioritiesProjection,
  type InitiativeView,
} from '@tracker/projections';
import { connectionFrom } from '../connection';
import { notFoundError } from '../errors';
import type { InitiativeFilter, Resolvers } from '../generated/graphql';
import type { ReadModels } from '../read-models';
import type { NodeType } from './nodes';

/** The SPB portfolio: initiatives, their counts and the dashboard. */

export const portfolioNodes: NodeType[] = [
  {
    typename: 'Initiative',
    projection: initiativesProjection,
    streamOf: (i: InitiativeView) => initiativeStreamId(i.id),
  },
];

/** Entities that may be missing from a read model, dropped. */
export const present = <T>(items: (T | null)[]): T[] => items.filter((i): i is T => i !== null);

/** The entity a link names, or NOT_FOUND (a link to an entity the read model lacks). */
export const required = async <T>(what: string, id: string, found: Promise<T | null>) =>
  (await found) ?? Promise.reject(notFoundError(what, id));

const board = (readModels: ReadModels, id: string) =>
  required('board', id, readModels.load(boardsProjection, id));

/** Today's date, UTC: the default day overdue milestones and actions are judged on. */
export const today = () => new Date().toISOString().slice(0, 10);

function filtered(readModels: ReadModels, filter: InitiativeFilter | null | undefined) {
  const { byId, order } = readModels.state(initiativesProjection);
  const text = filter?.text?.trim().toLowerCase();
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
        (!text ||
          [i.title, i.description, i.nextSteps?.text ?? ''].some((t) =>
            t.toLowerCase().includes(text),
          )),
    );
}

const initiativeOf = (
  payload: { id: string },
  _: unknown,
  { readModels }: { readModels: ReadModels },
) => required('initiative', payload.id, readModels.load(initiativesProjection, payload.id));

const live = (i: InitiativeView) => i.status !== 'COMPLETED' && i.status !== 'CLOSED';

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
    nextStatuses: (i) => [...nextInitiativeStatuses(i.status)],
    board: (i, _, { readModels }) => board(readModels, i.boardId),
    owningBoard: (i, _, { readModels }) => board(readModels, i.owningBoardId),
    priorities: async (i, _, { readModels }) =>
      present(await readModels.loadMany(prioritiesProjection, i.priorityIds)),
  },
  InitiativeStatusChange: {
    board: (change, _, { readModels }) => board(readModels, change.boardId),
    targetBoard: (change, _, { readModels }) =>
      change.targetBoardId ? readModels.load(boardsProjection, change.targetBoardId) : null,
  },
  InitiativeMilestone: {
    completedLate: (m) => completedLate(m),
  },
  RegisterInitiativePayload: { initiative: initiativeOf },
  ChangeInitiativeStatusPayload: { initiative: initiativeOf },
  SetDeliveryConfidencePayload: { initiative: initiativeOf },
  AddMilestonePayload: { initiative: initiativeOf },
  RedateMilestonePayload: { initiative: initiativeOf },
  CompleteMilestonePayload: { initiative: initiativeOf },
  RecordNextStepsPayload: { initiative: initiativeOf },
};
