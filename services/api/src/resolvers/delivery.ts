import {
  activityStatuses,
  deliveryPlanStreamId,
  indicatorStreamId,
  initiativeOutcomesStreamId,
  peopleZoneStreamId,
} from '@tracker/domain';
import type { RecordedEvent } from '@tracker/event-store';
import {
  boardsProjection,
  byAdvancement,
  deliveryPlansProjection,
  indicatorsProjection,
  initiativeOutcomesProjection,
  initiativesProjection,
  isOverdueAt,
  organisationsProjection,
  peopleZonesProjection,
  planActivitiesProjection,
  planProgress,
  prioritiesProjection,
  stageRank,
  valuesInForce,
  type DeliveryPlanView,
  type IndicatorView,
  type InitiativeOutcomeView,
  type PeopleZoneView,
  type PlanActivityView,
} from '@tracker/projections';
import { connectionFrom } from '../connection';
import type {
  ActivityStatus,
  IndicatorFilter,
  PeopleZoneFilter,
  PlanActivityFilter,
  Resolvers,
} from '../generated/graphql';
import type { ReadModels } from '../read-models';
import type { NodeType } from './nodes';
import { many, matchesText, optional, required } from './links';

/**
 * People Zones, delivery plans, indicators and initiative outcomes. Filtering and shaping only:
 * what is overdue, progress, advancement and every judgement against thresholds come from the
 * read models and the domain.
 */

/** The parent of PlanProgress: a plan's activities (overdueAt counts them at a date). */
export type PlanProgressParent = { activities: PlanActivityView[] };

/** Events about one entity kept in another aggregate's stream, by the id field they carry. */
const about =
  (field: string, alsoField?: string) =>
  (event: RecordedEvent, entity: { id: string }): boolean => {
    const data = event.data as Record<string, unknown> | null;
    return (
      data?.[field] === entity.id || (alsoField !== undefined && data?.[alsoField] === entity.id)
    );
  };

export const deliveryNodes: NodeType[] = [
  {
    typename: 'PeopleZone',
    projection: peopleZonesProjection,
    streamOf: (z: PeopleZoneView) => peopleZoneStreamId(z.id),
  },
  {
    typename: 'DeliveryPlan',
    projection: deliveryPlansProjection,
    streamOf: (p: DeliveryPlanView) => deliveryPlanStreamId(p.id),
  },
  {
    typename: 'PlanActivity',
    projection: planActivitiesProjection,
    streamOf: (a: PlanActivityView) => deliveryPlanStreamId(a.deliveryPlanId),
    concerns: about('activityId'),
  },
  {
    typename: 'Indicator',
    projection: indicatorsProjection,
    streamOf: (i: IndicatorView) => indicatorStreamId(i.id),
  },
  {
    typename: 'InitiativeOutcome',
    projection: initiativeOutcomesProjection,
    streamOf: (o: InitiativeOutcomeView) => initiativeOutcomesStreamId(o.initiativeId),
    // A record's history: its recording and the correction that superseded it.
    concerns: about('recordId', 'supersedesRecordId'),
  },
];

const activitiesOf = (readModels: ReadModels, deliveryPlanId: string) =>
  many(
    readModels,
    planActivitiesProjection,
    readModels.state(planActivitiesProjection).idsByPlan[deliveryPlanId] ?? [],
  );

const matchesActivity = (
  a: PlanActivityView,
  filter: Omit<PlanActivityFilter, 'deliveryPlanId'> | null | undefined,
) =>
  (!filter?.status || a.status === filter.status) &&
  (!filter?.reportsToBoardId || a.reportsToBoardId === filter.reportsToBoardId) &&
  (!filter?.overdueAt || isOverdueAt(a, filter.overdueAt));

function zonesMatching(readModels: ReadModels, filter: PeopleZoneFilter | null | undefined) {
  const { byId, order } = readModels.state(peopleZonesProjection);
  return order
    .map((id) => byId[id]!)
    .filter(
      (z) =>
        (!filter?.stage || z.stage === filter.stage) &&
        (!filter?.atLeastStage || stageRank(z.stage) >= stageRank(filter.atLeastStage)) &&
        (!filter?.district || z.district.toLowerCase() === filter.district.trim().toLowerCase()) &&
        (!filter?.leadAgencyId || z.leadAgencyId === filter.leadAgencyId) &&
        (!filter?.organisationId ||
          z.leadAgencyId === filter.organisationId ||
          z.partnerOrganisationIds.includes(filter.organisationId)) &&
        matchesText(filter?.text, z.name, z.locality, z.problem),
    );
}

function indicatorsMatching(readModels: ReadModels, filter: IndicatorFilter | null | undefined) {
  const { byId, order } = readModels.state(indicatorsProjection);
  return order
    .map((id) => byId[id]!)
    .filter((i) => {
      const latest = i.standing.latest;
      const range = latest?.range;
      return (
        (!filter?.boardId || i.boardId === filter.boardId) &&
        (!filter?.priorityId || i.priorityId === filter.priorityId) &&
        (!filter?.unit || i.unit === filter.unit) &&
        (!filter?.verdict || (latest?.verdict ?? 'NO_THRESHOLD') === filter.verdict) &&
        (filter?.outsideRange == null ||
          (range != null && (range.position !== 'WITHIN') === filter.outsideRange)) &&
        matchesText(filter?.text, i.name, i.description)
      );
    });
}

const outcomesOf = async (
  readModels: ReadModels,
  initiativeId: string,
  includeSuperseded: boolean | null | undefined,
) => {
  const ids = readModels.state(initiativeOutcomesProjection).idsByInitiative[initiativeId] ?? [];
  const records = await many(readModels, initiativeOutcomesProjection, ids);
  return includeSuperseded ? records : records.filter((r) => r.supersededBy === null);
};

export const deliveryResolvers: Resolvers = {
  Query: {
    peopleZones: (_, { first, after, filter, orderBy }, { readModels }) => {
      const zones = zonesMatching(readModels, filter);
      return connectionFrom(orderBy === 'MOST_ADVANCED' ? byAdvancement(zones) : zones, {
        first,
        after,
      });
    },
    peopleZone: (_, { id }, { readModels }) => readModels.load(peopleZonesProjection, id),
    mostAdvancedPeopleZone: (_, __, { readModels }) =>
      byAdvancement(zonesMatching(readModels, null))[0] ?? null,
    deliveryPlans: (_, { first, after, filter }, { readModels }) => {
      const { byId, order } = readModels.state(deliveryPlansProjection);
      const plans = order
        .map((id) => byId[id]!)
        .filter(
          (p) =>
            (!filter?.boardId || p.boardId === filter.boardId) &&
            (!filter?.priorityId || p.priorityId === filter.priorityId) &&
            matchesText(filter?.text, p.title),
        );
      return connectionFrom(plans, { first, after });
    },
    deliveryPlan: (_, { id }, { readModels }) => readModels.load(deliveryPlansProjection, id),
    planActivities: async (_, { first, after, filter }, { readModels }) => {
      const state = readModels.state(planActivitiesProjection);
      const ids = filter?.deliveryPlanId
        ? (state.idsByPlan[filter.deliveryPlanId] ?? [])
        : filter?.reportsToBoardId
          ? (state.idsByReportingBoard[filter.reportsToBoardId] ?? [])
          : readModels
              .state(deliveryPlansProjection)
              .order.flatMap((planId) => state.idsByPlan[planId] ?? []);
      const activities = await many(readModels, planActivitiesProjection, ids);
      return connectionFrom(
        activities.filter((a) => matchesActivity(a, filter)),
        { first, after },
      );
    },
    indicators: (_, { first, after, filter }, { readModels }) =>
      connectionFrom(indicatorsMatching(readModels, filter), { first, after }),
    indicator: (_, { id }, { readModels }) => readModels.load(indicatorsProjection, id),
    initiativeOutcomes: async (
      _,
      { initiativeId, includeSuperseded, first, after },
      { readModels },
    ) =>
      connectionFrom(await outcomesOf(readModels, initiativeId, includeSuperseded), {
        first,
        after,
      }),
  },
  PeopleZone: {
    leadAgency: (z, _, { readModels }) =>
      optional(readModels, organisationsProjection, z.leadAgencyId),
    partners: (z, _, { readModels }) =>
      many(readModels, organisationsProjection, z.partnerOrganisationIds),
    provisionsInPlace: (z) => z.provisions.filter((p) => p.status === 'IN_PLACE').length,
    latestEvaluation: (z) =>
      z.evaluations.reduce<PeopleZoneView['evaluations'][number] | null>(
        (latest, e) => (latest === null || e.evaluatedOn >= latest.evaluatedOn ? e : latest),
        null,
      ),
  },
  ZoneWorkstream: {
    owner: (w, _, { readModels }) =>
      required(readModels, organisationsProjection, w.ownerOrganisationId, 'organisation'),
  },
  DeliveryPlan: {
    board: (p, _, { readModels }) => required(readModels, boardsProjection, p.boardId, 'board'),
    priority: (p, _, { readModels }) => optional(readModels, prioritiesProjection, p.priorityId),
    activities: async (p, { first, after, ...filter }, { readModels }) =>
      connectionFrom(
        (await activitiesOf(readModels, p.id)).filter((a) => matchesActivity(a, filter)),
        { first, after },
      ),
    progress: async (p, _, { readModels }) => ({
      activities: await activitiesOf(readModels, p.id),
    }),
  },
  PlanProgress: {
    total: ({ activities }) => planProgress(activities).total,
    byStatus: ({ activities }) => {
      const { byStatus } = planProgress(activities);
      return activityStatuses.map((status: ActivityStatus) => ({
        status,
        count: byStatus[status],
      }));
    },
    percentComplete: ({ activities }) => planProgress(activities).percentComplete,
    overdueAt: ({ activities }, { date }) => activities.filter((a) => isOverdueAt(a, date)).length,
  },
  PlanActivity: {
    deliveryPlan: (a, _, { readModels }) =>
      required(readModels, deliveryPlansProjection, a.deliveryPlanId, 'delivery plan'),
    reportsTo: (a, _, { readModels }) => optional(readModels, boardsProjection, a.reportsToBoardId),
    owner: (a, _, { readModels }) =>
      optional(readModels, organisationsProjection, a.ownerOrganisationId),
    statusUpdates: (a) => a.updates,
    overdueAt: (a, { date }) => isOverdueAt(a, date),
  },
  ActivityReplan: {
    previous: (r) => r.timeline,
  },
  Indicator: {
    board: (i, _, { readModels }) => optional(readModels, boardsProjection, i.boardId),
    priority: (i, _, { readModels }) => optional(readModels, prioritiesProjection, i.priorityId),
    values: (i, { includeSuperseded }) => (includeSuperseded ? i.values : valuesInForce(i)),
    latest: (i) => valuesInForce(i).at(-1) ?? null,
    assessment: (i) => i.standing.latest,
    direction: (i) => i.standing.direction,
  },
  IndicatorValue: {
    inForce: (v) => v.supersededBy === null,
  },
  InitiativeOutcome: {
    initiative: (o, _, { readModels }) => readModels.load(initiativesProjection, o.initiativeId),
    inForce: (o) => o.supersededBy === null,
  },
  Initiative: {
    outcomes: (i, { includeSuperseded }, { readModels }) =>
      outcomesOf(readModels, i.id, includeSuperseded),
  },
};
