import { z } from 'zod';
import { board, requireSittingBoard } from '../board/board';
import { periodFromLabel } from '../indicator/period';
import {
  defineCommand,
  streamIdOf,
  type Aggregate,
  type EventsOf,
  noOtherEvent,
} from '../kernel/decider';
import { conflict, DomainError, notFound } from '../kernel/errors';
import { memberIdFor } from '../kernel/ids';
import {
  choiceOf,
  dateOf,
  entityId,
  isoDate,
  optionalText,
  personName,
  requiredText,
} from '../kernel/schemas';
import { organisationRegistryReference, requireOrganisation } from '../organisation/organisation';
import { priority } from '../priority/priority';

/**
 * A delivery plan: activities, how each is taken forward, its timeline and the body it reports
 * to (Annex B: SPB Executive Domestic Abuse Priority Actions Delivery Plan, nine activities).
 * The plan owns its activities: they are added, updated, replanned and completed in its stream.
 */

export const activityStatuses = [
  'NOT_STARTED',
  'IN_PROGRESS',
  'ON_HOLD',
  'COMPLETE',
  'CANCELLED',
] as const;
export type ActivityStatus = (typeof activityStatuses)[number];

export const ragRatings = ['RED', 'AMBER', 'GREEN'] as const;
export type RagRating = (typeof ragRatings)[number];

export const timelineKinds = ['DUE_DATE', 'PERIOD', 'ONGOING'] as const;

// Events

/**
 * When an activity is due: by a date, within a period ("Q2 2021/22": due by its last day), or
 * ongoing (no due date). `description` keeps the plan's own wording.
 */
export const timelineData = z.object({
  kind: z.enum(timelineKinds),
  /** The date it is due by; null when ongoing. */
  dueDate: z.string().nullable(),
  /** The period label when due within a period, e.g. "2021/22 Q2". */
  period: z.string().nullable(),
  description: z.string(),
});
export type Timeline = z.infer<typeof timelineData>;

export const deliveryPlanCreatedData = z.object({
  deliveryPlanId: entityId,
  title: z.string(),
  boardId: entityId,
  priorityId: entityId.nullable(),
  createdOn: z.string(),
});

export const planActivityAddedData = z.object({
  deliveryPlanId: entityId,
  activityId: entityId,
  what: z.string(),
  how: z.string(),
  timeline: timelineData,
  /** The board the activity reports to; null when none (N/A in the plan). */
  reportsToBoardId: entityId.nullable(),
  /** How reporting happens when it is not a board, e.g. "Directors report in at 12 months". */
  reportingNote: z.string(),
  ownerOrganisationId: entityId.nullable(),
  /** The officer who owns it (personal data), or null. */
  ownerOfficer: z.string().nullable(),
  addedOn: z.string(),
});

export const activityStatusUpdatedData = z.object({
  deliveryPlanId: entityId,
  activityId: entityId,
  status: z.enum(activityStatuses),
  rag: z.enum(ragRatings),
  comment: z.string(),
  asOf: z.string(),
});

export const activityReplannedData = z.object({
  deliveryPlanId: entityId,
  activityId: entityId,
  previousTimeline: timelineData,
  timeline: timelineData,
  reason: z.string(),
  replannedOn: z.string(),
});

export const activityCompletedData = z.object({
  deliveryPlanId: entityId,
  activityId: entityId,
  completedOn: z.string(),
  comment: z.string(),
});

/** Its events by type, each with the schema of its data. */
export const deliveryPlanEventSchemas = {
  DeliveryPlanCreated: deliveryPlanCreatedData,
  PlanActivityAdded: planActivityAddedData,
  ActivityStatusUpdated: activityStatusUpdatedData,
  ActivityReplanned: activityReplannedData,
  ActivityCompleted: activityCompletedData,
} as const;

export type DeliveryPlanEvent = EventsOf<typeof deliveryPlanEventSchemas>;

// State

export interface ActivityState {
  activityId: string;
  what: string;
  status: ActivityStatus;
  timeline: Timeline;
  /** Earlier timelines, oldest first: a replan keeps the date it replaced. */
  timelineHistory: Timeline[];
  completedOn: string | null;
}

export interface DeliveryPlanState {
  exists: boolean;
  title: string;
  activities: ActivityState[];
}

const updateActivity = (
  state: DeliveryPlanState,
  activityId: string,
  change: (activity: ActivityState) => ActivityState,
): DeliveryPlanState => ({
  ...state,
  activities: state.activities.map((a) => (a.activityId === activityId ? change(a) : a)),
});

export const deliveryPlan: Aggregate<DeliveryPlanEvent, DeliveryPlanState> = {
  name: 'deliveryPlan',
  initialState: () => ({ exists: false, title: '', activities: [] }),
  evolve: (state, event) => {
    switch (event.type) {
      case 'DeliveryPlanCreated':
        return { ...state, exists: true, title: event.data.title };
      case 'PlanActivityAdded':
        return {
          ...state,
          activities: [
            ...state.activities,
            {
              activityId: event.data.activityId,
              what: event.data.what,
              status: 'NOT_STARTED',
              timeline: event.data.timeline,
              timelineHistory: [],
              completedOn: null,
            },
          ],
        };
      case 'ActivityStatusUpdated':
        return updateActivity(state, event.data.activityId, (a) => ({
          ...a,
          status: event.data.status,
          completedOn: event.data.status === 'COMPLETE' ? event.data.asOf : null,
        }));
      case 'ActivityReplanned':
        return updateActivity(state, event.data.activityId, (a) => ({
          ...a,
          timeline: event.data.timeline,
          timelineHistory: [...a.timelineHistory, event.data.previousTimeline],
        }));
      case 'ActivityCompleted':
        return updateActivity(state, event.data.activityId, (a) => ({
          ...a,
          status: 'COMPLETE',
          completedOn: event.data.completedOn,
        }));
      default:
        return noOtherEvent(event, state);
    }
  },
};

export const deliveryPlanStreamId = (deliveryPlanId: string) =>
  streamIdOf(deliveryPlan, deliveryPlanId);

const existingPlan = (id: string, state: DeliveryPlanState) => {
  if (!state.exists) throw notFound('delivery plan', id);
  return state;
};

const existingActivity = (id: string, state: DeliveryPlanState, activityId: string) => {
  const activity = existingPlan(id, state).activities.find((a) => a.activityId === activityId);
  if (!activity)
    throw new DomainError(
      'NOT_FOUND',
      `activity ${activityId} is not on delivery plan "${state.title}"; check the activityId`,
      { what: 'activity', id: activityId },
    );
  return activity;
};

const notComplete = (plan: DeliveryPlanState, activity: ActivityState, toDo: string) => {
  if (activity.status === 'COMPLETE')
    throw conflict(
      `activity "${activity.what}" on "${plan.title}" is already complete (${activity.completedOn}); ` +
        `to ${toDo}, first reopen it with updateActivityStatus`,
    );
};

// createDeliveryPlan

export const createDeliveryPlanInput = z.object({
  deliveryPlanId: entityId.optional(),
  title: requiredText('title'),

  boardId: entityId.describe('The board that owns the plan (sitting).'),
  /** The priority it delivers, e.g. domestic abuse. */
  priorityId: entityId.optional().nullable(),
  createdOn: isoDate.optional(),
});

export const createDeliveryPlan = defineCommand({
  type: 'CreateDeliveryPlan',
  input: createDeliveryPlanInput,
  aggregate: deliveryPlan,
  targetId: (input, mint) => input.deliveryPlanId ?? mint(),
  references: (input) => ({
    board: { aggregate: board, id: input.boardId },
    priority: input.priorityId ? { aggregate: priority, id: input.priorityId } : null,
  }),
  decide: ({ id, input, refs, occurredAt }, state): DeliveryPlanEvent[] => {
    if (state.exists) throw conflict(`delivery plan ${id} already exists as "${state.title}"`);
    requireSittingBoard(refs.board, 'boardId');
    if (input.priorityId && !refs.priority?.exists) throw notFound('priority', input.priorityId);
    return [
      {
        type: 'DeliveryPlanCreated',
        data: {
          deliveryPlanId: id,
          title: input.title,
          boardId: input.boardId,
          priorityId: input.priorityId ?? null,
          createdOn: input.createdOn ?? dateOf(occurredAt),
        },
      },
    ];
  },
});

// addPlanActivity

const description = optionalText('prose').describe("The plan's own wording of the timeline.");

export const timelineInput = z
  .discriminatedUnion(
    'kind',
    [
      z.object({ kind: z.literal('DUE_DATE'), dueDate: isoDate, description }),
      z.object({
        kind: z.literal('PERIOD'),
        period: z
          .string({ message: 'write a quarter as "Q2 2021/22" or a financial year as "2021/22"' })
          .trim()
          .refine((text) => periodFromLabel(text) !== null, {
            message: 'write a quarter as "Q2 2021/22" or a financial year as "2021/22"',
          }),
        description,
      }),
      z.object({ kind: z.literal('ONGOING'), description }),
    ],
    {
      error: (issue) =>
        issue.code === 'invalid_union'
          ? `must be one of ${timelineKinds.join(', ')}`
          : 'must be a timeline: { kind: DUE_DATE, dueDate } | { kind: PERIOD, period } | { kind: ONGOING }',
    },
  )
  .meta({
    typeName: 'TimelineInput',
    discriminatorEnum: 'TimelineKind',
    description:
      'DUE_DATE needs dueDate; PERIOD needs period ("Q2 2021/22" or "2021/22"); ONGOING needs neither.',
  })
  .transform((timeline): Timeline => {
    const text = timeline.description ?? '';
    switch (timeline.kind) {
      case 'DUE_DATE':
        return { kind: 'DUE_DATE', dueDate: timeline.dueDate, period: null, description: text };
      case 'PERIOD': {
        const period = periodFromLabel(timeline.period);
        return {
          kind: 'PERIOD',
          dueDate: period?.end ?? null,
          period: period?.label ?? timeline.period,
          description: text,
        };
      }
      case 'ONGOING':
        return { kind: 'ONGOING', dueDate: null, period: null, description: text };
    }
  });

export const addPlanActivityInput = z.object({
  deliveryPlanId: entityId,
  activityId: entityId.optional(),

  what: requiredText('prose').describe('The activity.'),

  how: requiredText('prose').describe('How it is taken forward.'),
  timeline: timelineInput,
  reportsToBoardId: entityId
    .optional()
    .nullable()
    .describe('The board it reports to; omit when none.'),
  reportingNote: optionalText('prose').describe('How reporting happens when it is not a board.'),
  ownerOrganisationId: entityId.optional().nullable(),

  ownerOfficer: personName
    .optional()
    .describe('The officer who owns it (personal data: erasable on request).'),
  addedOn: isoDate.optional(),
});

export const addPlanActivity = defineCommand({
  type: 'AddPlanActivity',
  input: addPlanActivityInput,
  aggregate: deliveryPlan,
  subject: { kind: 'activity', field: 'activityId' },
  targetId: (input) => input.deliveryPlanId,
  references: (input) => ({
    reportsTo: input.reportsToBoardId ? { aggregate: board, id: input.reportsToBoardId } : null,
    organisations: input.ownerOrganisationId ? organisationRegistryReference() : null,
  }),
  decide: ({ id, input, refs, occurredAt }, state): DeliveryPlanEvent[] => {
    const plan = existingPlan(id, state);
    const activityId = input.activityId ?? memberIdFor(id, 'activity', plan.activities.length);
    if (plan.activities.some((a) => a.activityId === activityId))
      throw conflict(`activity ${activityId} is already on "${plan.title}"; give a new activityId`);
    const same = plan.activities.find((a) => a.what.toLowerCase() === input.what.toLowerCase());
    if (same)
      throw conflict(
        `"${plan.title}" already has this activity (${same.activityId}); update that one instead`,
        { activityId: same.activityId },
      );
    if (refs.reportsTo) requireSittingBoard(refs.reportsTo, 'reportsToBoardId');
    if (input.ownerOrganisationId && refs.organisations)
      requireOrganisation(refs.organisations, input.ownerOrganisationId, 'owner organisation');
    return [
      {
        type: 'PlanActivityAdded',
        data: {
          deliveryPlanId: id,
          activityId,
          what: input.what,
          how: input.how,
          timeline: input.timeline,
          reportsToBoardId: input.reportsToBoardId ?? null,
          reportingNote: input.reportingNote ?? '',
          ownerOrganisationId: input.ownerOrganisationId ?? null,
          ownerOfficer: input.ownerOfficer ?? null,
          addedOn: input.addedOn ?? dateOf(occurredAt),
        },
      },
    ];
  },
});

// updateActivityStatus

const activityTarget = { deliveryPlanId: entityId, activityId: entityId };

export const updateActivityStatusInput = z.object({
  ...activityTarget,
  status: choiceOf(activityStatuses, 'ActivityStatus'),
  rag: choiceOf(ragRatings, 'RagRating'),
  comment: requiredText('prose'),
  asOf: isoDate.optional().describe('The date of the update, YYYY-MM-DD.'),
});

export const updateActivityStatus = defineCommand({
  type: 'UpdateActivityStatus',
  input: updateActivityStatusInput,
  aggregate: deliveryPlan,
  subject: { kind: 'activity', field: 'activityId' },
  targetId: (input) => input.deliveryPlanId,
  decide: ({ id, input, occurredAt }, state): DeliveryPlanEvent[] => {
    const activity = existingActivity(id, state, input.activityId);
    if (input.status === 'COMPLETE') notComplete(state, activity, 'record it as complete again');
    return [
      {
        type: 'ActivityStatusUpdated',
        data: {
          deliveryPlanId: id,
          activityId: input.activityId,
          status: input.status,
          rag: input.rag,
          comment: input.comment,
          asOf: input.asOf ?? dateOf(occurredAt),
        },
      },
    ];
  },
});

// replanActivity

export const replanActivityInput = z.object({
  ...activityTarget,
  newDueDate: isoDate.describe(
    "The new due date; the old timeline stays in the activity's replans.",
  ),
  reason: requiredText('prose'),
  replannedOn: isoDate.optional(),
});

export const replanActivity = defineCommand({
  type: 'ReplanActivity',
  input: replanActivityInput,
  aggregate: deliveryPlan,
  subject: { kind: 'activity', field: 'activityId' },
  targetId: (input) => input.deliveryPlanId,
  decide: ({ id, input, occurredAt }, state): DeliveryPlanEvent[] => {
    const activity = existingActivity(id, state, input.activityId);
    notComplete(state, activity, 'replan it');
    if (activity.timeline.kind === 'DUE_DATE' && activity.timeline.dueDate === input.newDueDate)
      throw conflict(
        `activity "${activity.what}" is already due on ${input.newDueDate}; give a different date`,
      );
    return [
      {
        type: 'ActivityReplanned',
        data: {
          deliveryPlanId: id,
          activityId: input.activityId,
          previousTimeline: activity.timeline,
          timeline: { kind: 'DUE_DATE', dueDate: input.newDueDate, period: null, description: '' },
          reason: input.reason,
          replannedOn: input.replannedOn ?? dateOf(occurredAt),
        },
      },
    ];
  },
});

// completeActivity

export const completeActivityInput = z.object({
  ...activityTarget,
  completedOn: isoDate.optional(),
  comment: optionalText('prose'),
});

export const completeActivity = defineCommand({
  type: 'CompleteActivity',
  input: completeActivityInput,
  aggregate: deliveryPlan,
  subject: { kind: 'activity', field: 'activityId' },
  targetId: (input) => input.deliveryPlanId,
  decide: ({ id, input, occurredAt }, state): DeliveryPlanEvent[] => {
    const activity = existingActivity(id, state, input.activityId);
    notComplete(state, activity, 'complete it again');
    return [
      {
        type: 'ActivityCompleted',
        data: {
          deliveryPlanId: id,
          activityId: input.activityId,
          completedOn: input.completedOn ?? dateOf(occurredAt),
          comment: input.comment ?? '',
        },
      },
    ];
  },
});
