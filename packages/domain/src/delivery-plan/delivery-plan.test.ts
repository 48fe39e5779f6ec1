import { describe, expect, it } from 'vitest';
import { fold } from '../kernel/decider';
import { memberIdFor } from '../kernel/ids';
import { specify } from '../../testing/specification';
import {
  addPlanActivity,
  completeActivity,
  createDeliveryPlan,
  deliveryPlan,
  replanActivity,
  updateActivityStatus,
  type DeliveryPlanEvent,
  type Timeline,
} from './delivery-plan';
import {
  DOMESTIC_ABUSE,
  DSVA_OPS_GROUP,
  OPCC,
  SPB_EXECUTIVE,
  UNKNOWN,
  VULNERABILITY_EXECUTIVE,
  domesticAbuse,
  dsvaOpsGroup,
  organisations,
  vulnerabilityExecutiveDissolved,
  spbExecutive,
  vulnerabilityExecutive,
} from '../../testing/delivery-plan';

/** Annex B, LSCSB 19 March 2021: SPB Executive Domestic Abuse Priority Actions Delivery Plan. */
const PLAN = 'c0000000-0000-4000-8000-000000000001';
const DA_BILL = 'd0000000-0000-4000-8000-000000000001';
const PERPETRATOR = 'd0000000-0000-4000-8000-000000000002';
const DISTRICTS = 'd0000000-0000-4000-8000-000000000003';
const TITLE = 'SPB Executive Domestic Abuse Priority Actions Delivery Plan';

const planCreated: DeliveryPlanEvent = {
  type: 'DeliveryPlanCreated',
  data: {
    deliveryPlanId: PLAN,
    title: TITLE,
    boardId: SPB_EXECUTIVE,
    priorityId: DOMESTIC_ABUSE,
    createdOn: '2021-03-19',
  },
};

const daBillInput = {
  deliveryPlanId: PLAN,
  activityId: DA_BILL,
  what: 'Map out preparedness for the forthcoming DA Bill and ensure we are ready for the changes',
  how: 'DSVA Ops group to hold workshop to consider how prepared we are and identify any steps required to further prepare ourselves.',
  timeline: {
    kind: 'DUE_DATE',
    dueDate: '2021-02-15',
    description:
      'Bill expected to be implemented by 1st April 2021 so need to understand how prepared we are by early February',
  },
  reportsToBoardId: VULNERABILITY_EXECUTIVE,
  addedOn: '2021-03-19',
};

const daBillTimeline: Timeline = {
  kind: 'DUE_DATE',
  dueDate: '2021-02-15',
  period: null,
  description: daBillInput.timeline.description,
};

const daBillAdded: DeliveryPlanEvent = {
  type: 'PlanActivityAdded',
  data: {
    deliveryPlanId: PLAN,
    activityId: DA_BILL,
    what: daBillInput.what,
    how: daBillInput.how,
    timeline: daBillTimeline,
    reportsToBoardId: VULNERABILITY_EXECUTIVE,
    reportingNote: '',
    ownerOrganisationId: null,
    ownerOfficer: null,
    addedOn: '2021-03-19',
  },
};

const perpetratorTimeline: Timeline = {
  kind: 'PERIOD',
  dueDate: '2021-09-30',
  period: '2021/22 Q2',
  description: 'Sufficient evidence should be available after Q2 2021/22',
};
const PERPETRATOR_HOW =
  'Current LLR DA Perpetrator Project Board collect evidence for pilot and develops case for continued funding';

const perpetratorAdded: DeliveryPlanEvent = {
  type: 'PlanActivityAdded',
  data: {
    deliveryPlanId: PLAN,
    activityId: PERPETRATOR,
    what: 'Perpetrator behaviour change provision is mainstreamed across LLR',
    how: PERPETRATOR_HOW,
    timeline: perpetratorTimeline,
    reportsToBoardId: DSVA_OPS_GROUP,
    reportingNote: '',
    ownerOrganisationId: null,
    ownerOfficer: null,
    addedOn: '2021-03-19',
  },
};

const statusUpdated = (
  activityId: string,
  status: 'IN_PROGRESS' | 'COMPLETE' | 'ON_HOLD',
  asOf: string,
): DeliveryPlanEvent => ({
  type: 'ActivityStatusUpdated',
  data: {
    deliveryPlanId: PLAN,
    activityId,
    status,
    rag: 'GREEN',
    comment: 'Workshop held',
    asOf,
  },
});

const daBillCompleted: DeliveryPlanEvent = {
  type: 'ActivityCompleted',
  data: {
    deliveryPlanId: PLAN,
    activityId: DA_BILL,
    completedOn: '2021-03-31',
    comment: '',
  },
};

describe('createDeliveryPlan', () => {
  const input = {
    deliveryPlanId: PLAN,
    title: TITLE,
    boardId: SPB_EXECUTIVE,
    priorityId: DOMESTIC_ABUSE,
    createdOn: '2021-03-19',
  };

  it('creates the SPB Executive domestic abuse delivery plan for its priority', () => {
    specify(createDeliveryPlan)
      .given([], { board: spbExecutive, priority: domesticAbuse })
      .when(input)
      .then([planCreated]);
  });

  it('creates a plan with no priority, minting its id and dating it from the command', () => {
    specify(createDeliveryPlan)
      .given([], { board: spbExecutive })
      .when({ title: TITLE, boardId: SPB_EXECUTIVE }, { occurredAt: '2021-03-19T10:00:00Z' })
      .then((id) => [
        {
          type: 'DeliveryPlanCreated',
          data: { ...planCreated.data, deliveryPlanId: id, priorityId: null },
        },
      ]);
  });

  it('refuses an empty title', () => {
    specify(createDeliveryPlan)
      .given([], { board: spbExecutive })
      .when({ ...input, title: '' })
      .thenThrows('BAD_USER_INPUT', /title: must not be empty/);
  });

  it('refuses an unparseable date', () => {
    specify(createDeliveryPlan)
      .given([], { board: spbExecutive, priority: domesticAbuse })
      .when({ ...input, createdOn: '19 March 2021' })
      .thenThrows('BAD_USER_INPUT', /createdOn: must be a date written YYYY-MM-DD/);
  });

  it('refuses a board that does not exist', () => {
    specify(createDeliveryPlan)
      .given([], { board: [], priority: domesticAbuse })
      .when(input)
      .thenThrows('NOT_FOUND', new RegExp(`board ${SPB_EXECUTIVE} does not exist`));
  });

  it('refuses a board that has been dissolved', () => {
    specify(createDeliveryPlan)
      .given([], { board: vulnerabilityExecutiveDissolved, priority: domesticAbuse })
      .when({ ...input, boardId: VULNERABILITY_EXECUTIVE })
      .thenThrows(
        'CONFLICT',
        /boardId: board "Vulnerability Executive" .* was dissolved on 2022-04-01/,
      );
  });

  it('refuses a priority that does not exist', () => {
    specify(createDeliveryPlan)
      .given([], { board: spbExecutive, priority: [] })
      .when(input)
      .thenThrows('NOT_FOUND', new RegExp(`priority ${DOMESTIC_ABUSE} does not exist`));
  });

  it('refuses to create the same plan twice', () => {
    specify(createDeliveryPlan)
      .given([planCreated], { board: spbExecutive, priority: domesticAbuse })
      .when(input)
      .thenThrows('CONFLICT', /already exists as "SPB Executive Domestic Abuse/);
  });
});

describe('addPlanActivity', () => {
  it('adds an activity due by a date, reporting to the Vulnerability Executive', () => {
    specify(addPlanActivity)
      .given([planCreated], { reportsTo: vulnerabilityExecutive })
      .whenSent(daBillInput)
      .then([daBillAdded]);
  });

  it('adds an activity due within a period, due by the period’s last day', () => {
    specify(addPlanActivity)
      .given([planCreated, daBillAdded], { reportsTo: dsvaOpsGroup })
      .when({
        deliveryPlanId: PLAN,
        activityId: PERPETRATOR,
        what: perpetratorAdded.data.what,
        how: PERPETRATOR_HOW,
        timeline: {
          kind: 'PERIOD',
          period: 'Q2 2021/22',
          description: 'Sufficient evidence should be available after Q2 2021/22',
        },
        reportsToBoardId: DSVA_OPS_GROUP,
        addedOn: '2021-03-19',
      })
      .then([perpetratorAdded]);
  });

  it('adds an ongoing activity with no reporting board, deriving its id', () => {
    specify(addPlanActivity)
      .given([planCreated, daBillAdded])
      .when(
        {
          deliveryPlanId: PLAN,
          what: "Preventing, identifying and reporting DA is everyone's business and business plans reflect this",
          how: 'Individual Directors/heads of service ensure that tackling domestic abuse is captured within their business plans',
          timeline: {
            kind: 'ONGOING',
            description: '12 months (depending on when business plans developed)',
          },
          reportingNote:
            'Directors asked to report in at 12 months whether their business plans reflect DA.',
          ownerOfficer: 'Directors and heads of service',
        },
        { occurredAt: '2021-03-19' },
      )
      .then([
        {
          type: 'PlanActivityAdded',
          data: {
            deliveryPlanId: PLAN,
            activityId: memberIdFor(PLAN, 'activity', 1),
            what: "Preventing, identifying and reporting DA is everyone's business and business plans reflect this",
            how: 'Individual Directors/heads of service ensure that tackling domestic abuse is captured within their business plans',
            timeline: {
              kind: 'ONGOING',
              dueDate: null,
              period: null,
              description: '12 months (depending on when business plans developed)',
            },
            reportsToBoardId: null,
            reportingNote:
              'Directors asked to report in at 12 months whether their business plans reflect DA.',
            ownerOrganisationId: null,
            ownerOfficer: 'Directors and heads of service',
            addedOn: '2021-03-19',
          },
        },
      ]);
  });

  const dashboardInput = {
    deliveryPlanId: PLAN,
    activityId: DISTRICTS,
    what: 'Further Development/upkeep of a domestic abuse dashboard to monitor effectiveness of the LLR effort in tackling domestic abuse',
    how: 'Secure funding for a part time DA analyst post to sit within the OPCC',
    timeline: {
      kind: 'PERIOD',
      period: '2021/22',
      description: 'likely to be for the 2021/22 financial year only initially',
    },
    reportsToBoardId: DSVA_OPS_GROUP,
    ownerOrganisationId: OPCC,
    addedOn: '2021-03-19',
  };

  it('adds an activity owned by an organisation, due within a financial year', () => {
    specify(addPlanActivity)
      .given([planCreated], { reportsTo: dsvaOpsGroup, organisations })
      .whenSent(dashboardInput)
      .then([
        {
          type: 'PlanActivityAdded',
          data: {
            deliveryPlanId: PLAN,
            activityId: DISTRICTS,
            what: dashboardInput.what,
            how: dashboardInput.how,
            timeline: {
              kind: 'PERIOD',
              dueDate: '2022-03-31',
              period: '2021/22',
              description: 'likely to be for the 2021/22 financial year only initially',
            },
            reportsToBoardId: DSVA_OPS_GROUP,
            reportingNote: '',
            ownerOrganisationId: OPCC,
            ownerOfficer: null,
            addedOn: '2021-03-19',
          },
        },
      ]);
  });

  it('refuses an owner that is not a registered organisation', () => {
    specify(addPlanActivity)
      .given([planCreated], { reportsTo: dsvaOpsGroup, organisations })
      .whenSent({ ...dashboardInput, ownerOrganisationId: UNKNOWN })
      .thenThrows('NOT_FOUND', new RegExp(`owner organisation ${UNKNOWN} does not exist`));
  });

  it('refuses an activity on a plan that does not exist', () => {
    specify(addPlanActivity)
      .given([], { reportsTo: vulnerabilityExecutive })
      .whenSent(daBillInput)
      .thenThrows('NOT_FOUND', new RegExp(`delivery plan ${PLAN} does not exist`));
  });

  it('refuses a reporting board that does not exist', () => {
    specify(addPlanActivity)
      .given([planCreated], { reportsTo: [] })
      .whenSent(daBillInput)
      .thenThrows('NOT_FOUND', new RegExp(`board ${VULNERABILITY_EXECUTIVE} does not exist`));
  });

  it('refuses a reporting board that has been dissolved, naming its successor', () => {
    specify(addPlanActivity)
      .given([planCreated], { reportsTo: vulnerabilityExecutiveDissolved })
      .whenSent(daBillInput)
      .thenThrows(
        'CONFLICT',
        /reportsToBoardId: board "Vulnerability Executive" .* was dissolved on 2022-04-01; its open work went to board 7777/,
      );
  });

  it('refuses a period it cannot read, saying how to write one', () => {
    specify(addPlanActivity)
      .given([planCreated], { reportsTo: vulnerabilityExecutive })
      .when({ ...daBillInput, timeline: { kind: 'PERIOD', period: 'after Q2' } })
      .thenThrows(
        'BAD_USER_INPUT',
        /timeline\.period: write a quarter as "Q2 2021\/22" or a financial year as "2021\/22"/,
      );
  });

  it('refuses an unparseable due date and an unknown timeline kind', () => {
    specify(addPlanActivity)
      .given([planCreated], { reportsTo: vulnerabilityExecutive })
      .when({ ...daBillInput, timeline: { kind: 'DUE_DATE', dueDate: 'early February' } })
      .thenThrows('BAD_USER_INPUT', /timeline\.dueDate: must be a date written YYYY-MM-DD/);
    specify(addPlanActivity)
      .given([planCreated], { reportsTo: vulnerabilityExecutive })
      .whenSent({ ...daBillInput, timeline: { kind: 'SOON' } })
      .thenThrows('BAD_USER_INPUT', /timeline\.kind: must be one of DUE_DATE, PERIOD, ONGOING/);
  });

  it('refuses empty text', () => {
    specify(addPlanActivity)
      .given([planCreated], { reportsTo: vulnerabilityExecutive })
      .whenSent({ ...daBillInput, what: ' ', how: '' })
      .thenThrows('BAD_USER_INPUT', /what: must not be empty; how: must not be empty/);
  });

  it('refuses an activity id already on the plan', () => {
    specify(addPlanActivity)
      .given([planCreated, daBillAdded], { reportsTo: vulnerabilityExecutive })
      .whenSent({ ...daBillInput, what: 'Another activity' })
      .thenThrows('CONFLICT', new RegExp(`activity ${DA_BILL} is already on "${TITLE}"`));
  });

  it('refuses the same activity twice, pointing to the one to update', () => {
    specify(addPlanActivity)
      .given([planCreated, daBillAdded], { reportsTo: vulnerabilityExecutive })
      .whenSent({ ...daBillInput, activityId: DISTRICTS, what: daBillInput.what.toUpperCase() })
      .thenThrows('CONFLICT', new RegExp(`already has this activity \\(${DA_BILL}\\)`));
  });
});

describe('updateActivityStatus', () => {
  const input = {
    deliveryPlanId: PLAN,
    activityId: PERPETRATOR,
    status: 'IN_PROGRESS',
    rag: 'AMBER',
    comment: 'Evidence being collected; business case expected October 2021',
    asOf: '2021-06-30',
  };

  it('records progress with a RAG rating and comment', () => {
    specify(updateActivityStatus)
      .given([planCreated, perpetratorAdded])
      .whenSent(input)
      .then([
        {
          type: 'ActivityStatusUpdated',
          data: {
            deliveryPlanId: PLAN,
            activityId: PERPETRATOR,
            status: 'IN_PROGRESS',
            rag: 'AMBER',
            comment: 'Evidence being collected; business case expected October 2021',
            asOf: '2021-06-30',
          },
        },
      ]);
  });

  it('can record an activity as complete, and reopen a completed one', () => {
    specify(updateActivityStatus)
      .given([planCreated, daBillAdded])
      .when({
        ...input,
        activityId: DA_BILL,
        status: 'COMPLETE',
        rag: 'GREEN',
        comment: 'Workshop held',
        asOf: '2021-03-31',
      })
      .then([statusUpdated(DA_BILL, 'COMPLETE', '2021-03-31')]);
    specify(updateActivityStatus)
      .given([planCreated, daBillAdded, daBillCompleted])
      .when({
        ...input,
        activityId: DA_BILL,
        status: 'IN_PROGRESS',
        rag: 'GREEN',
        comment: 'Workshop held',
        asOf: '2021-04-30',
      })
      .then([statusUpdated(DA_BILL, 'IN_PROGRESS', '2021-04-30')]);
  });

  it('refuses to record complete again an activity already complete', () => {
    specify(updateActivityStatus)
      .given([planCreated, daBillAdded, daBillCompleted])
      .when({ ...input, activityId: DA_BILL, status: 'COMPLETE', rag: 'GREEN' })
      .thenThrows('CONFLICT', /is already complete \(2021-03-31\)/);
  });

  it('refuses an unknown status or RAG rating, and an empty comment', () => {
    specify(updateActivityStatus)
      .given([planCreated, perpetratorAdded])
      .whenSent({ ...input, status: 'DONE', rag: 'BLUE', comment: '' })
      .thenThrows(
        'BAD_USER_INPUT',
        /status: must be one of NOT_STARTED, IN_PROGRESS, ON_HOLD, COMPLETE, CANCELLED; rag: must be one of RED, AMBER, GREEN; comment: must not be empty/,
      );
  });

  it('refuses an activity that is not on the plan', () => {
    specify(updateActivityStatus)
      .given([planCreated, perpetratorAdded])
      .whenSent({ ...input, activityId: UNKNOWN })
      .thenThrows(
        'NOT_FOUND',
        new RegExp(`activity ${UNKNOWN} is not on delivery plan "${TITLE}"`),
      );
  });

  it('refuses a plan that does not exist', () => {
    specify(updateActivityStatus)
      .given([])
      .whenSent(input)
      .thenThrows('NOT_FOUND', new RegExp(`delivery plan ${PLAN} does not exist`));
  });
});

describe('replanActivity', () => {
  const input = {
    deliveryPlanId: PLAN,
    activityId: PERPETRATOR,
    newDueDate: '2021-10-31',
    reason: 'Business case should be available October 2021',
    replannedOn: '2021-07-01',
  };
  const replanned: DeliveryPlanEvent = {
    type: 'ActivityReplanned',
    data: {
      deliveryPlanId: PLAN,
      activityId: PERPETRATOR,
      previousTimeline: perpetratorTimeline,
      timeline: { kind: 'DUE_DATE', dueDate: '2021-10-31', period: null, description: '' },
      reason: 'Business case should be available October 2021',
      replannedOn: '2021-07-01',
    },
  };

  it('moves the due date, keeping the old timeline in the event', () => {
    specify(replanActivity).given([planCreated, perpetratorAdded]).when(input).then([replanned]);
  });

  it('keeps every earlier timeline in the activity’s history', () => {
    const state = fold(deliveryPlan, [planCreated, perpetratorAdded, replanned]);
    const activity = state.activities.find((a) => a.activityId === PERPETRATOR);
    expect(activity?.timeline.dueDate).toBe('2021-10-31');
    expect(activity?.timelineHistory).toEqual([perpetratorTimeline]);
  });

  it('refuses a replan without a reason', () => {
    specify(replanActivity)
      .given([planCreated, perpetratorAdded])
      .when({ ...input, reason: '' })
      .thenThrows('BAD_USER_INPUT', /reason: must not be empty/);
  });

  it('refuses an unparseable date', () => {
    specify(replanActivity)
      .given([planCreated, perpetratorAdded])
      .when({ ...input, newDueDate: '2021-02-30' })
      .thenThrows('BAD_USER_INPUT', /newDueDate: must be a date written YYYY-MM-DD/);
  });

  it('refuses the date the activity is already due on', () => {
    specify(replanActivity)
      .given([planCreated, daBillAdded])
      .when({ ...input, activityId: DA_BILL, newDueDate: '2021-02-15' })
      .thenThrows('CONFLICT', /is already due on 2021-02-15; give a different date/);
  });

  it('refuses to replan a completed activity', () => {
    specify(replanActivity)
      .given([planCreated, daBillAdded, daBillCompleted])
      .when({ ...input, activityId: DA_BILL })
      .thenThrows(
        'CONFLICT',
        /already complete .*to replan it, first reopen it with updateActivityStatus/,
      );
  });

  it('refuses an activity that is not on the plan, and a plan that does not exist', () => {
    specify(replanActivity)
      .given([planCreated])
      .when(input)
      .thenThrows('NOT_FOUND', new RegExp(`activity ${PERPETRATOR} is not on delivery plan`));
    specify(replanActivity)
      .given([])
      .when(input)
      .thenThrows('NOT_FOUND', new RegExp(`delivery plan ${PLAN} does not exist`));
  });
});

describe('completeActivity', () => {
  it('completes an activity on a date', () => {
    specify(completeActivity)
      .given([planCreated, daBillAdded])
      .when({ deliveryPlanId: PLAN, activityId: DA_BILL, completedOn: '2021-03-31' })
      .then([daBillCompleted]);
    const state = fold(deliveryPlan, [planCreated, daBillAdded, daBillCompleted]);
    expect(state.activities[0]).toMatchObject({ status: 'COMPLETE', completedOn: '2021-03-31' });
  });

  it('dates the completion from the command when no date is given', () => {
    specify(completeActivity)
      .given([planCreated, daBillAdded])
      .when(
        { deliveryPlanId: PLAN, activityId: DA_BILL, comment: 'Workshop held' },
        { occurredAt: '2021-04-01' },
      )
      .then([
        {
          type: 'ActivityCompleted',
          data: {
            deliveryPlanId: PLAN,
            activityId: DA_BILL,
            completedOn: '2021-04-01',
            comment: 'Workshop held',
          },
        },
      ]);
  });

  it('refuses to complete an activity twice', () => {
    specify(completeActivity)
      .given([planCreated, daBillAdded, statusUpdated(DA_BILL, 'COMPLETE', '2021-03-31')])
      .when({ deliveryPlanId: PLAN, activityId: DA_BILL })
      .thenThrows('CONFLICT', /is already complete \(2021-03-31\)/);
  });

  it('refuses an activity that is not on the plan', () => {
    specify(completeActivity)
      .given([planCreated, daBillAdded])
      .when({ deliveryPlanId: PLAN, activityId: DISTRICTS })
      .thenThrows('NOT_FOUND', new RegExp(`activity ${DISTRICTS} is not on delivery plan`));
  });

  it('refuses a plan that does not exist, and ids that are not UUIDs', () => {
    specify(completeActivity)
      .given([])
      .when({ deliveryPlanId: PLAN, activityId: DA_BILL })
      .thenThrows('NOT_FOUND', new RegExp(`delivery plan ${PLAN} does not exist`));
    specify(completeActivity)
      .given([])
      .when({ deliveryPlanId: 'annex-b', activityId: DA_BILL })
      .thenThrows('BAD_USER_INPUT', /deliveryPlanId: must be a UUID/);
  });
});
