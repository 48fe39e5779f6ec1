import type { ActivityStatus, RagRating, Timeline } from '@tracker/domain';
import { defineProjection, type ProjectedEvent } from '../projection';
import { stampOf, type ChangeStamp } from './touch';
import { touch } from './touch';

/**
 * Delivery plans and their activities: what, how it is taken forward, the timeline (with
 * every earlier one a replan replaced), the body it reports to, status and RAG with comments.
 * Plans and activities are two read models so that each keeps its entities in `byId`.
 */

export interface DeliveryPlanView {
  id: string;
  title: string;
  boardId: string;
  priorityId: string | null;
  createdOn: string;
  created: ChangeStamp;
  lastChanged: ChangeStamp;
}

export interface DeliveryPlansState {
  byId: Record<string, DeliveryPlanView>;
  /** Plan ids in the order they were created. */
  order: string[];
}

export interface ActivityStatusUpdateView {
  status: ActivityStatus;
  rag: RagRating | null;
  comment: string;
  asOf: string;
  recorded: ChangeStamp;
}

export interface ReplacedTimelineView {
  /** The timeline before the replan. */
  timeline: Timeline;
  reason: string;
  replannedOn: string;
  recorded: ChangeStamp;
}

export interface PlanActivityView {
  id: string;
  deliveryPlanId: string;
  /** The activity's place in its plan, from 1. */
  number: number;
  what: string;
  how: string;
  timeline: Timeline;
  /** Timelines replans replaced, oldest first. */
  replans: ReplacedTimelineView[];
  reportsToBoardId: string | null;
  reportingNote: string;
  ownerOrganisationId: string | null;
  ownerOfficer: string | null;
  addedOn: string;
  status: ActivityStatus;
  rag: RagRating | null;
  /** Status updates and the completion, oldest first. */
  updates: ActivityStatusUpdateView[];
  completedOn: string | null;
  added: ChangeStamp;
  lastChanged: ChangeStamp;
}

export interface PlanActivitiesState {
  byId: Record<string, PlanActivityView>;
  idsByPlan: Record<string, string[]>;
  idsByReportingBoard: Record<string, string[]>;
}

export const deliveryPlansProjection = defineProjection<DeliveryPlansState>({
  name: 'deliveryPlans',
  version: 1,
  initialState: () => ({ byId: {}, order: [] }),
  on: {
    DeliveryPlanCreated: (state, event) => {
      const { deliveryPlanId, title, boardId, priorityId, createdOn } = event.data;
      const stamp = stampOf(event);
      state.byId[deliveryPlanId] = {
        id: deliveryPlanId,
        title,
        boardId,
        priorityId,
        createdOn,
        created: stamp,
        lastChanged: stamp,
      };
      state.order.push(deliveryPlanId);
      return state;
    },
    PlanActivityAdded: (state, event) => touchPlan(state, event),
    ActivityStatusUpdated: (state, event) => touchPlan(state, event),
    ActivityReplanned: (state, event) => touchPlan(state, event),
    ActivityCompleted: (state, event) => touchPlan(state, event),
  },
});

const touchPlan = (
  state: DeliveryPlansState,
  event: ProjectedEvent & { data: { deliveryPlanId: string } },
): DeliveryPlansState => {
  touch(state.byId, event.data.deliveryPlanId, event);
  return state;
};

const changeActivity = (
  state: PlanActivitiesState,
  event: ProjectedEvent & { data: { activityId: string } },
  change: (activity: PlanActivityView, stamp: ChangeStamp) => void,
): PlanActivitiesState => {
  const activity = touch(state.byId, event.data.activityId, event);
  if (!activity) return state;
  change(activity, activity.lastChanged);
  return state;
};

export const planActivitiesProjection = defineProjection<PlanActivitiesState>({
  name: 'planActivities',
  // v3: no log positions kept to find a command's answer (it names its subject).
  version: 3,
  initialState: () => ({ byId: {}, idsByPlan: {}, idsByReportingBoard: {} }),
  on: {
    PlanActivityAdded: (state, event) => {
      const data = event.data;
      const stamp = stampOf(event);
      const planIds = (state.idsByPlan[data.deliveryPlanId] ??= []);
      planIds.push(data.activityId);
      state.byId[data.activityId] = {
        id: data.activityId,
        deliveryPlanId: data.deliveryPlanId,
        number: planIds.length,
        what: data.what,
        how: data.how,
        timeline: { ...data.timeline },
        replans: [],
        reportsToBoardId: data.reportsToBoardId,
        reportingNote: data.reportingNote,
        ownerOrganisationId: data.ownerOrganisationId,
        ownerOfficer: data.ownerOfficer,
        addedOn: data.addedOn,
        status: 'NOT_STARTED',
        rag: null,
        updates: [],
        completedOn: null,
        added: stamp,
        lastChanged: stamp,
      };
      if (data.reportsToBoardId)
        (state.idsByReportingBoard[data.reportsToBoardId] ??= []).push(data.activityId);
      return state;
    },
    ActivityStatusUpdated: (state, event) =>
      changeActivity(state, event, (activity, recorded) => {
        const { status, rag, comment, asOf } = event.data;
        activity.status = status;
        activity.rag = rag;
        activity.completedOn = status === 'COMPLETE' ? asOf : null;
        activity.updates.push({ status, rag, comment, asOf, recorded });
      }),
    ActivityReplanned: (state, event) =>
      changeActivity(state, event, (activity, recorded) => {
        const { previousTimeline, timeline, reason, replannedOn } = event.data;
        activity.replans.push({ timeline: { ...previousTimeline }, reason, replannedOn, recorded });
        activity.timeline = { ...timeline };
      }),
    ActivityCompleted: (state, event) =>
      changeActivity(state, event, (activity, recorded) => {
        const { completedOn, comment } = event.data;
        activity.status = 'COMPLETE';
        activity.completedOn = completedOn;
        activity.updates.push({
          status: 'COMPLETE',
          rag: activity.rag,
          comment,
          asOf: completedOn,
          recorded,
        });
      }),
  },
});

/**
 * Whether an activity is overdue at a date: it has a due date before that date and was not
 * complete (or cancelled) by then. Ongoing activities are never overdue.
 */
export function isOverdueAt(activity: PlanActivityView, date: string): boolean {
  const due = activity.timeline.dueDate;
  if (due === null || due >= date) return false;
  if (activity.status === 'CANCELLED') return false;
  return activity.completedOn === null || activity.completedOn > date;
}

export interface PlanProgress {
  total: number;
  byStatus: Record<ActivityStatus, number>;
  /** Complete activities as a whole percentage of those not cancelled (0 when none). */
  percentComplete: number;
}

/** How far a plan has got: counts by status and the share complete. */
export function planProgress(activities: readonly PlanActivityView[]): PlanProgress {
  const byStatus: Record<ActivityStatus, number> = {
    NOT_STARTED: 0,
    IN_PROGRESS: 0,
    ON_HOLD: 0,
    COMPLETE: 0,
    CANCELLED: 0,
  };
  for (const activity of activities) byStatus[activity.status] += 1;
  const counted = activities.length - byStatus.CANCELLED;
  return {
    total: activities.length,
    byStatus,
    percentComplete: counted === 0 ? 0 : Math.floor((byStatus.COMPLETE * 100) / counted),
  };
}
