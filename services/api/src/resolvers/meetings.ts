import { decisionStreamId, meetingStreamId, type DecisionConcernKind } from '@tracker/domain';
import {
  boardsProjection,
  commissionedServicesProjection,
  decisionChangesProjection,
  decisionsProjection,
  deliveryPlansProjection,
  fundingStreamsProjection,
  indicatorsProjection,
  initiativesProjection,
  meetingsProjection,
  organisationsProjection,
  peopleZonesProjection,
  prioritiesProjection,
  type DecisionView,
  type MeetingView,
} from '@tracker/projections';
import { connectionFrom } from '../connection';
import { changesAt } from '../history';
import type { Resolvers } from '../generated/graphql';
import { many, optional, required } from './links';
import type { NodeType } from './nodes';

/** Meetings and the decision log. */

export const meetingNodes: NodeType[] = [
  {
    typename: 'Meeting',
    projection: meetingsProjection,
    streamOf: (m: MeetingView) => meetingStreamId(m.id),
  },
  {
    typename: 'Decision',
    projection: decisionsProjection,
    streamOf: (d: DecisionView) => decisionStreamId(d.id),
  },
];

const inRange = (date: string, from?: string | null, to?: string | null) =>
  (!from || date >= from) && (!to || date <= to);

/** The read model holding each kind of entity a decision may concern. */
const concernProjections: Record<DecisionConcernKind, NodeType['projection']> = {
  ORGANISATION: organisationsProjection,
  BOARD: boardsProjection,
  MEETING: meetingsProjection,
  DECISION: decisionsProjection,
  PRIORITY: prioritiesProjection,
  INITIATIVE: initiativesProjection,
  PEOPLE_ZONE: peopleZonesProjection,
  FUNDING_STREAM: fundingStreamsProjection,
  COMMISSIONED_SERVICE: commissionedServicesProjection,
  DELIVERY_PLAN: deliveryPlansProjection,
  INDICATOR: indicatorsProjection,
};

export const meetingResolvers: Resolvers = {
  Query: {
    meetings: async (_, { first, after, filter }, { readModels }) => {
      const state = readModels.state(meetingsProjection);
      const ids = filter?.boardId ? (state.idsByBoard[filter.boardId] ?? []) : state.order;
      const meetings = (await many(readModels, meetingsProjection, ids)).filter((m) =>
        inRange(m.date, filter?.from, filter?.to),
      );
      return connectionFrom(meetings, { first, after });
    },
    meeting: (_, { id }, { readModels }) => readModels.load(meetingsProjection, id),
    decisions: async (_, { first, after, filter }, { readModels }) => {
      const state = readModels.state(decisionsProjection);
      const ids = filter?.concerning
        ? (state.idsByConcern[filter.concerning] ?? [])
        : filter?.boardId
          ? (state.idsByBoard[filter.boardId] ?? [])
          : state.order;
      const decisions = (await many(readModels, decisionsProjection, ids)).filter(
        (d) =>
          (!filter?.boardId || d.boardId === filter.boardId) &&
          (!filter?.meetingId || d.meetingId === filter.meetingId) &&
          (!filter?.kind || d.kind === filter.kind) &&
          (filter?.superseded == null || d.supersededByIds.length > 0 === filter.superseded) &&
          inRange(d.decidedOn, filter?.from, filter?.to),
      );
      return connectionFrom(decisions, { first, after });
    },
    decision: (_, { id }, { readModels }) => readModels.load(decisionsProjection, id),
  },
  Meeting: {
    board: (meeting, _, { readModels }) =>
      required(readModels, boardsProjection, meeting.boardId, 'board'),
    decision: (meeting, _, { readModels }) =>
      optional(readModels, decisionsProjection, meeting.decisionId),
    decisions: (meeting, _, { readModels }) =>
      many(readModels, decisionsProjection, meeting.decisionIds),
  },
  Decision: {
    board: (decision, _, { readModels }) =>
      required(readModels, boardsProjection, decision.boardId, 'board'),
    meeting: (decision, _, { readModels }) =>
      required(readModels, meetingsProjection, decision.meetingId, 'meeting'),
    supersedes: (decision, _, { readModels }) =>
      optional(readModels, decisionsProjection, decision.supersedes),
    supersededBy: (decision, _, { readModels }) =>
      many(readModels, decisionsProjection, decision.supersededByIds),
    superseded: (decision) => decision.supersededByIds.length > 0,
    changes: async (decision, args, context) => {
      const refs = context.readModels.state(decisionChangesProjection).byDecision[decision.id];
      return connectionFrom(await changesAt(context, refs ?? []), args);
    },
  },
  DecisionConcern: {
    // The concern's kind names its read model: no search through every kind, and no import of
    // the node registry (which imports this file).
    node: (concern, _, { readModels }) =>
      readModels.load(concernProjections[concern.kind], concern.id) as never,
  },
};
