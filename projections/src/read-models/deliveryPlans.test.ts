import type { DeliveryPlanEvent, Timeline } from '@tracker/domain';
import { describe, expect, it } from 'vitest';
import { project } from '../projection';
import { envelopes } from '../../testing/envelopes';
import {
  deliveryPlansProjection,
  isOverdueAt,
  planActivitiesProjection,
  planProgress,
} from './deliveryPlans';

const PLAN = '40000000-0000-4000-8000-000000000001';
const SPB_EXECUTIVE = '50000000-0000-4000-8000-000000000001';
const VULNERABILITY_EXECUTIVE = '50000000-0000-4000-8000-000000000002';
const DSVA_OPS = '50000000-0000-4000-8000-000000000003';
const activity = (n: number) => `40000000-0000-4000-8000-00000000010${n}`;

const due = (dueDate: string, description = ''): Timeline => ({
  kind: 'DUE_DATE',
  dueDate,
  period: null,
  description,
});

const added = (
  n: number,
  what: string,
  timeline: Timeline,
  reportsToBoardId: string | null,
): DeliveryPlanEvent => ({
  type: 'PlanActivityAdded',
  data: {
    deliveryPlanId: PLAN,
    activityId: activity(n),
    what,
    how: `How ${n}`,
    timeline,
    reportsToBoardId,
    reportingNote: '',
    ownerOrganisationId: null,
    ownerOfficer: null,
    addedOn: '2021-03-19',
  },
});

const events: DeliveryPlanEvent[] = [
  {
    type: 'DeliveryPlanCreated',
    data: {
      deliveryPlanId: PLAN,
      title: 'SPB Executive Domestic Abuse Priority Actions Delivery Plan',
      boardId: SPB_EXECUTIVE,
      priorityId: null,
      createdOn: '2021-03-19',
    },
  },
  added(1, 'Identify risk factors common across harmful behaviours', due('2021-02-28'), null),
  added(
    2,
    'Map out preparedness for the forthcoming DA Bill',
    due('2021-02-05'),
    VULNERABILITY_EXECUTIVE,
  ),
  added(
    3,
    'Perpetrator behaviour change provision is mainstreamed across LLR',
    { kind: 'PERIOD', dueDate: '2021-09-30', period: '2021/22 Q2', description: 'after Q2' },
    DSVA_OPS,
  ),
  added(
    4,
    'Preventing DA is everyone’s business',
    { kind: 'ONGOING', dueDate: null, period: null, description: '12 months' },
    null,
  ),
  {
    type: 'ActivityStatusUpdated',
    data: {
      deliveryPlanId: PLAN,
      activityId: activity(2),
      status: 'IN_PROGRESS',
      rag: 'AMBER',
      comment: 'Workshop held',
      asOf: '2021-02-10',
    },
  },
  {
    type: 'ActivityReplanned',
    data: {
      deliveryPlanId: PLAN,
      activityId: activity(2),
      previousTimeline: due('2021-02-05'),
      timeline: due('2021-04-01'),
      reason: 'The Bill is expected to be implemented by 1 April 2021',
      replannedOn: '2021-02-10',
    },
  },
  {
    type: 'ActivityCompleted',
    data: {
      deliveryPlanId: PLAN,
      activityId: activity(1),
      completedOn: '2021-03-10',
      comment: 'Done through the ACEs work',
    },
  },
];

const state = () => ({
  plans: project(deliveryPlansProjection, envelopes(events)),
  activities: project(planActivitiesProjection, envelopes(events)),
});

describe('delivery plans and activities', () => {
  it('keeps the plan and its activities numbered in the order added, by reporting board', () => {
    const { plans, activities } = state();
    expect(plans.order).toEqual([PLAN]);
    expect(plans.byId[PLAN]).toMatchObject({ boardId: SPB_EXECUTIVE, createdOn: '2021-03-19' });
    expect(activities.idsByPlan[PLAN]).toEqual([1, 2, 3, 4].map(activity));
    expect(activities.byId[activity(3)]).toMatchObject({
      number: 3,
      timeline: { kind: 'PERIOD', period: '2021/22 Q2', dueDate: '2021-09-30' },
      status: 'NOT_STARTED',
      rag: null,
    });
    expect(activities.idsByReportingBoard[VULNERABILITY_EXECUTIVE]).toEqual([activity(2)]);
  });

  it('keeps status updates with RAG and comment, and the timeline a replan replaced', () => {
    const bill = state().activities.byId[activity(2)]!;
    expect(bill).toMatchObject({
      status: 'IN_PROGRESS',
      rag: 'AMBER',
      timeline: due('2021-04-01'),
    });
    expect(bill.updates.map((u) => [u.status, u.rag, u.comment])).toEqual([
      ['IN_PROGRESS', 'AMBER', 'Workshop held'],
    ]);
    expect(bill.replans).toEqual([
      expect.objectContaining({
        timeline: due('2021-02-05'),
        reason: 'The Bill is expected to be implemented by 1 April 2021',
      }),
    ]);
  });

  it('says what is overdue at a date: past due and not complete by then; never ongoing work', () => {
    const { activities } = state();
    const overdue = (date: string) =>
      activities.idsByPlan[PLAN]!.filter((id) => isOverdueAt(activities.byId[id]!, date)).map(
        (id) => activities.byId[id]!.number,
      );
    expect(overdue('2021-03-01')).toEqual([1]);
    expect(overdue('2021-03-19')).toEqual([]);
    expect(overdue('2021-04-02')).toEqual([2]);
    expect(overdue('2021-10-01')).toEqual([2, 3]);
  });

  it('counts progress by status', () => {
    const { activities } = state();
    const progress = planProgress(activities.idsByPlan[PLAN]!.map((id) => activities.byId[id]!));
    expect(progress).toEqual({
      total: 4,
      byStatus: { NOT_STARTED: 2, IN_PROGRESS: 1, ON_HOLD: 0, COMPLETE: 1, CANCELLED: 0 },
      percentComplete: 25,
    });
    expect(state().activities.byId[activity(1)]).toMatchObject({
      status: 'COMPLETE',
      completedOn: '2021-03-10',
    });
  });
});
