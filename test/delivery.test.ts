import { beforeAll, describe, expect, it } from 'vitest';
import { useServer, type GraphQLResponse } from './support/server';

/**
 * Delivery over HTTP: the People Zones of paper 000 (2019), the Annex B Domestic Abuse delivery
 * plan of paper 002 (March 2021), the Q4 2021/22 indicators of paper 003 (June 2022) and
 * initiative outcomes, entered through GraphQL mutations and read back through the queries.
 */

const server = useServer();

const typeOf = (name: string) => `${name[0]!.toUpperCase()}${name.slice(1)}`;

/** Runs mutation `name` with an input; `select` picks fields of its payload. */
async function run<T = Record<string, unknown>>(
  name: string,
  input: Record<string, unknown>,
  select: string,
  options?: Record<string, unknown>,
): Promise<T> {
  const data = await server.ok<Record<string, T>>(
    `mutation ($input: ${typeOf(name)}Input!, $options: CommandOptions) {
      ${name}(input: $input, options: $options) { ${select} }
    }`,
    { input, options },
  );
  return data[name]!;
}

/** Sends a mutation that must be refused: answers its errors, checks nothing was appended. */
async function refused(
  name: string,
  input: Record<string, unknown>,
  as: 'office' | 'reader' = 'office',
): Promise<NonNullable<GraphQLResponse['errors']>[number]> {
  const before = await server.head();
  const result = await server.gql(
    `mutation ($input: ${typeOf(name)}Input!) { ${name}(input: $input) { commandId } }`,
    { input },
    as,
  );
  expect(result.errors?.length, JSON.stringify(result)).toBeGreaterThan(0);
  expect(await server.head()).toBe(before);
  return result.errors![0]!;
}

const idOf = async (name: string, input: Record<string, unknown>, entity: string) =>
  (await run<Record<string, { id: string }>>(name, input, `${entity} { id }`))[entity]!.id;

const organisation = (name: string, kind: string, shortName?: string) =>
  idOf('registerOrganisation', { name, kind, shortName }, 'organisation');

const board = (name: string, parentBoardId?: string) =>
  idOf('establishBoard', { name, parentBoardId }, 'board');

/** The names of the nodes the query's first field answers. */
const names = async (query: string, variables: Record<string, unknown>) => {
  const data = await server.ok<Record<string, { nodes: { name: string }[] }>>(query, variables);
  return Object.values(data)[0]!.nodes.map((n) => n.name);
};

const HISTORY_OF = `query ($id: ID!) { node(id: $id) { __typename ${[
  'PeopleZone',
  'DeliveryPlan',
  'PlanActivity',
  'Indicator',
  'InitiativeOutcome',
]
  .map((type) => `... on ${type} { history { nodes { eventType } } }`)
  .join(' ')} } }`;

/** A node's type and the event types of its history, as an auditor reads them. */
async function historyOf(id: string) {
  const { node } = await server.ok<{
    node: { __typename: string; history: { nodes: { eventType: string }[] } };
  }>(HISTORY_OF, { id }, 'auditor');
  return { type: node.__typename, events: node.history.nodes.map((c) => c.eventType) };
}

const ids = {} as Record<string, string>;

beforeAll(async () => {
  ids.charnwood = await organisation('Charnwood Borough Council', 'LOCAL_AUTHORITY_TIER2', 'CBC');
  ids.nwl = await organisation(
    'North West Leicestershire District Council',
    'LOCAL_AUTHORITY_TIER2',
  );
  ids.city = await organisation('Leicester City Council', 'LOCAL_AUTHORITY_TIER1');
  ids.police = await organisation('Leicestershire Police', 'POLICE');
  ids.university = await organisation('Loughborough University', 'ACADEMIC');
  ids.opcc = await organisation('Office of the Police and Crime Commissioner', 'OPCC', 'OPCC');
  ids.spb = await board('Strategic Partnership Board');
  ids.executive = await board('SPB Executive', ids.spb);
  ids.vulnerability = await board('Vulnerability Executive', ids.executive);
  ids.dsva = await board('DSVA Ops Group', ids.vulnerability);
  ids.lscsb = await board('Leicestershire Safer Communities Strategy Board');
  ids.domesticAbuse = await idOf(
    'agreePriority',
    { boardId: ids.executive, title: 'Domestic abuse', agreedAt: '2020-11-01' },
    'priority',
  );
  ids.reduceOffending = await idOf(
    'agreePriority',
    { boardId: ids.lscsb, title: 'Reduce offending and re-offending', agreedAt: '2016-12-08' },
    'priority',
  );
});

const ZONE = `id name locality district leadAgencyId partnerOrganisationIds stage stageSince
  leadAgency { name } partners { name }
  provisionsInPlace provisions { provision status } workstreams { workstream ownerOrganisationId owner { name } }
  latestEvaluation { coreProblem source evaluatedOn }
  stageHistory { from to direction reason effectiveOn }`;

interface ZoneData {
  id: string;
  name: string;
  stage: string;
  stageSince: string;
  provisionsInPlace: number;
  stageHistory: { from: string | null; to: string; direction: string; reason: string }[];
  [k: string]: unknown;
}

const PROBLEM =
  'Demand on public services from a small area with complex, entrenched problems: a whole-system, place-based response.';

describe('People Zones (paper 000, July 2019)', () => {
  const zone = {} as Record<'bell' | 'coalville' | 'newParks', string>;

  it('designates the three zones with their lead and partner agencies', async () => {
    const designated = await run<{ peopleZone: ZoneData; version: number }>(
      'designatePeopleZone',
      {
        name: 'Bell Foundry estate People Zone',
        locality: 'Loughborough',
        district: 'Charnwood',
        leadAgencyId: ids.charnwood,
        partnerOrganisationIds: [ids.police],
        problem: PROBLEM,
        designatedOn: '2018-06-08',
      },
      `version peopleZone { ${ZONE} }`,
    );
    zone.bell = designated.peopleZone.id;
    expect(designated.version).toBe(0);
    expect(designated.peopleZone).toMatchObject({
      name: 'Bell Foundry estate People Zone',
      locality: 'Loughborough',
      leadAgencyId: ids.charnwood,
      partnerOrganisationIds: [ids.police],
      leadAgency: { name: 'Charnwood Borough Council' },
      partners: [{ name: 'Leicestershire Police' }],
      stage: 'PROPOSED',
      stageSince: '2018-06-08',
      provisionsInPlace: 0,
    });
    // The papers name no lead agency for Coalville or New Parks: their councils stand in.
    zone.coalville = await idOf(
      'designatePeopleZone',
      {
        name: 'Coalville People Zone',
        locality: 'Coalville',
        district: 'North West Leicestershire',
        leadAgencyId: ids.nwl,
        problem: PROBLEM,
        designatedOn: '2018-06-08',
      },
      'peopleZone',
    );
    zone.newParks = await idOf(
      'designatePeopleZone',
      {
        name: 'New Parks People Zone',
        locality: 'New Parks',
        district: 'Leicester',
        leadAgencyId: ids.city,
        partnerOrganisationIds: [ids.police],
        problem: PROBLEM,
        designatedOn: '2018-06-08',
      },
      'peopleZone',
    );
  });

  it('moves every zone through research to established, Bell Foundry with its key provisions', async () => {
    for (const id of Object.values(zone)) {
      await run(
        'advancePeopleZoneStage',
        {
          peopleZoneId: id,
          stage: 'RESEARCHING',
          reason: 'Identified for further research before consideration by the SPB in July 2018.',
          effectiveOn: '2018-06-08',
        },
        'version',
      );
      await run(
        'advancePeopleZoneStage',
        {
          peopleZoneId: id,
          stage: 'ESTABLISHED',
          reason: '"These are now established and at varying stages of development" (para 7).',
          effectiveOn: '2019-07-11',
        },
        'version',
      );
    }
    for (const provision of [
      'COMMUNITY_LEADERSHIP',
      'ACCESS_TO_COMMUNITY_ASSETS',
      'INTEGRATED_LOCAL_AGENCIES',
      'SHARED_APPROACH_TO_ISSUE_RESOLUTION',
    ])
      await run(
        'recordKeyProvision',
        {
          peopleZoneId: zone.bell,
          provision,
          status: 'IN_PLACE',
          note: 'Has most of the key provisions in place (para 7).',
          assessedOn: '2019-07-11',
        },
        'version',
      );
    const assigned = await run<{ peopleZone: ZoneData }>(
      'assignWorkstream',
      {
        peopleZoneId: zone.bell,
        workstream: 'PROJECT_MANAGEMENT',
        ownerOrganisationId: ids.charnwood,
        assignedOn: '2019-07-11',
      },
      `peopleZone { ${ZONE} }`,
    );
    expect(assigned.peopleZone).toMatchObject({
      stage: 'ESTABLISHED',
      stageSince: '2019-07-11',
      provisionsInPlace: 4,
      workstreams: [
        {
          workstream: 'PROJECT_MANAGEMENT',
          ownerOrganisationId: ids.charnwood,
          owner: { name: 'Charnwood Borough Council' },
        },
      ],
    });
    expect(assigned.peopleZone.stageHistory.map((s) => [s.from, s.to])).toEqual([
      [null, 'PROPOSED'],
      ['PROPOSED', 'RESEARCHING'],
      ['RESEARCHING', 'ESTABLISHED'],
    ]);
  });

  it('records an evaluation after the Loughborough University model and answers with it', async () => {
    const evaluated = await run<{
      evaluation: { id: string; coreProblem: string; socialResilience: string | null };
      peopleZone: ZoneData;
    }>(
      'recordZoneEvaluation',
      {
        peopleZoneId: zone.bell,
        findings: { coreProblem: 'Impact of the People Zone on the core problem, to be measured.' },
        evaluatedOn: '2019-07-11',
        source: 'Loughborough University evaluation model',
      },
      `evaluation { id coreProblem socialResilience } peopleZone { ${ZONE} }`,
    );
    expect(evaluated.evaluation).toMatchObject({
      coreProblem: 'Impact of the People Zone on the core problem, to be measured.',
      socialResilience: null,
    });
    expect(evaluated.peopleZone.latestEvaluation).toEqual({
      coreProblem: 'Impact of the People Zone on the core problem, to be measured.',
      source: 'Loughborough University evaluation model',
      evaluatedOn: '2019-07-11',
    });
  });

  it('answers the zones status: Bell Foundry is the most advanced', async () => {
    const data = await server.ok<{
      mostAdvancedPeopleZone: { name: string; leadAgencyId: string };
      peopleZones: { totalCount: number; nodes: { name: string; provisionsInPlace: number }[] };
      charnwood: { totalCount: number; nodes: { name: string }[] };
    }>(`{
      mostAdvancedPeopleZone { name leadAgencyId }
      peopleZones(orderBy: MOST_ADVANCED, filter: { stage: ESTABLISHED }) {
        totalCount nodes { name provisionsInPlace }
      }
      charnwood: peopleZones(filter: { district: "charnwood" }) { totalCount nodes { name } }
    }`);
    expect(data.mostAdvancedPeopleZone).toEqual({
      name: 'Bell Foundry estate People Zone',
      leadAgencyId: ids.charnwood,
    });
    expect(data.peopleZones.totalCount).toBe(3);
    expect(data.peopleZones.nodes[0]).toEqual({
      name: 'Bell Foundry estate People Zone',
      provisionsInPlace: 4,
    });
    expect(data.charnwood.nodes).toEqual([{ name: 'Bell Foundry estate People Zone' }]);
    expect(
      await names(
        `query ($org: ID!) { peopleZones(filter: { organisationId: $org }) { nodes { name } } }`,
        { org: ids.police },
      ),
    ).toEqual(['Bell Foundry estate People Zone', 'New Parks People Zone']);
  });

  it('gives auditors the zone history and finds the zone as a node', async () => {
    expect(await historyOf(zone.coalville)).toEqual({
      type: 'PeopleZone',
      events: ['PeopleZoneDesignated', 'PeopleZoneStageChanged', 'PeopleZoneStageChanged'],
    });
  });

  it('refuses a stage that goes backwards without a reason, and accepts it with one', async () => {
    const error = await refused('advancePeopleZoneStage', {
      peopleZoneId: zone.newParks,
      stage: 'RESEARCHING',
    });
    expect(error.extensions?.code).toBe('BAD_USER_INPUT');
    expect(error.message).toMatch(/reason: moving People Zone "New Parks People Zone" back/);
    const moved = await run<{ peopleZone: ZoneData }>(
      'advancePeopleZoneStage',
      { peopleZoneId: zone.newParks, stage: 'RESEARCHING', reason: 'Lead agency review' },
      `peopleZone { ${ZONE} }`,
      { occurredAt: '2019-09-01' },
    );
    expect(moved.peopleZone.stageHistory.at(-1)).toMatchObject({
      from: 'ESTABLISHED',
      to: 'RESEARCHING',
      direction: 'BACKWARD',
      reason: 'Lead agency review',
    });
  });

  it('refuses the same stage (CONFLICT), an unknown zone (NOT_FOUND), a bad stage, a reader', async () => {
    const same = await refused('advancePeopleZoneStage', {
      peopleZoneId: zone.bell,
      stage: 'ESTABLISHED',
    });
    expect(same.extensions?.code).toBe('CONFLICT');
    expect(same.message).toMatch(/already at stage ESTABLISHED/);
    const unknown = await refused('recordKeyProvision', {
      peopleZoneId: '99999999-9999-4999-8999-999999999999',
      provision: 'COMMUNITY_LEADERSHIP',
      status: 'IN_PLACE',
    });
    expect(unknown.extensions?.code).toBe('NOT_FOUND');
    const lead = await refused('designatePeopleZone', {
      name: 'Somewhere',
      locality: 'Hinckley',
      district: 'Hinckley and Bosworth',
      leadAgencyId: ids.police,
      partnerOrganisationIds: [ids.police],
      problem: PROBLEM,
    });
    expect(lead.extensions?.code).toBe('BAD_USER_INPUT');
    expect(lead.message).toMatch(/partnerOrganisationIds: .* is the lead agency/);
    const reader = await refused(
      'recordKeyProvision',
      { peopleZoneId: zone.bell, provision: 'COMMUNITY_LEADERSHIP', status: 'MISSING' },
      'reader',
    );
    expect(reader.extensions?.code).toBe('FORBIDDEN');
  });
});

/** Annex B of paper 002: the nine activities, as the plan words them. */
const annexB = () => [
  {
    what: 'Identify risk factors common across the many harmful behaviours we are interested in as a Board so that we can focus efforts in tackling them/ identify existing practice that supports trauma informed work',
    how: 'This links well with the ACEs work being undertaken within SPB.',
    timeline: {
      kind: 'DUE_DATE',
      dueDate: '2021-02-28',
      description: 'by the end of February 2021',
    },
    reportsToBoardId: ids.spb,
    reportingNote: 'SPB (or sub-group)',
  },
  {
    what: 'Produce a theory of change/ logic model around DA which will help us identify gaps in provision',
    how: 'Explore with the DSVA Ops Group how a theory of change might be developed.',
    timeline: {
      kind: 'ONGOING',
      description: 'Initial exploration at DSVA Ops Group in February 2021',
    },
    reportsToBoardId: ids.vulnerability,
  },
  {
    what: 'Map out preparedness for the forthcoming DA Bill and ensure we are ready for the changes',
    how: 'DSVA Ops group to hold workshop to consider how prepared we are.',
    timeline: { kind: 'DUE_DATE', dueDate: '2021-02-05', description: 'by early February' },
    reportsToBoardId: ids.vulnerability,
  },
  {
    what: 'Districts and Boroughs being represented in partnership meetings regarding domestic abuse',
    how: 'Districts to agree on representatives for Vulnerability Executive, DSVA Ops Group and sub-groups.',
    timeline: { kind: 'DUE_DATE', dueDate: '2021-03-31', description: 'by March 2021' },
    reportingNote: 'N/A',
  },
  {
    what: 'Perpetrator behaviour change provision is mainstreamed across LLR',
    how: 'Current LLR DA Perpetrator Project Board collect evidence for pilot and develops case.',
    timeline: { kind: 'PERIOD', period: 'Q2 2021/22', description: 'business case October 2021' },
    reportsToBoardId: ids.dsva,
  },
  {
    what: 'Daily MARAC fully mainstreamed and linked into local partnership problem solving approaches',
    how: 'DSVA Ops Group and Vulnerability Executive to consider business case from MARAC Operations Group.',
    timeline: {
      kind: 'DUE_DATE',
      dueDate: '2021-04-01',
      description: 'continuation from 1st April 2021',
    },
    reportsToBoardId: ids.vulnerability,
  },
  {
    what: 'Ensure that there is a suitable trauma informed prevention response for all children effected by DA',
    how: 'Largely undertaken through the piece of work around ACEs; review of operation Encompass.',
    timeline: { kind: 'ONGOING', description: 'Op Encompass review already underway' },
    reportsToBoardId: ids.vulnerability,
  },
  {
    what: "Preventing, identifying and reporting DA is everyone's business and business plans reflect this",
    how: 'Individual Directors/heads of service ensure that tackling domestic abuse is captured within their business plans.',
    timeline: {
      kind: 'ONGOING',
      description: '12 months (depending on when business plans developed)',
    },
    reportingNote:
      'Directors asked to report in at 12 months whether their business plans reflect DA.',
  },
  {
    what: 'Further Development/upkeep of a domestic abuse dashboard to monitor effectiveness of the LLR effort in tackling domestic abuse',
    how: 'An initial dashboard and data group already exists as a sub-group of the DSVA Ops Group.',
    timeline: { kind: 'PERIOD', period: '2021/22', description: 'within their first 3 months' },
    reportsToBoardId: ids.dsva,
    // The part-time DA analyst post is to sit within the OPCC.
    ownerOrganisationId: ids.opcc,
  },
];

const ACTIVITY = `id number what status rag completedOn timeline { kind dueDate period description }
  reportsTo { name } reportingNote owner { name } replans { previous { dueDate } reason }
  statusUpdates { status rag comment asOf }`;

interface ActivityData {
  id: string;
  number: number;
  what: string;
  status: string;
  rag: string | null;
  timeline: { kind: string; dueDate: string | null; period: string | null };
  reportsTo: { name: string } | null;
  replans: { previous: { dueDate: string | null }; reason: string }[];
  statusUpdates: { status: string; rag: string | null; comment: string; asOf: string }[];
  [k: string]: unknown;
}

describe('the Annex B Domestic Abuse Priority Actions Delivery Plan (paper 002, March 2021)', () => {
  let planId: string;
  let activities: ActivityData[];

  it('creates the plan on the SPB Executive and adds its nine activities', async () => {
    const created = await run<{
      deliveryPlan: { id: string; board: { name: string }; priority: { title: string } };
    }>(
      'createDeliveryPlan',
      {
        title: 'SPB Executive Domestic Abuse Priority Actions Delivery Plan',
        boardId: ids.executive,
        priorityId: ids.domesticAbuse,
        createdOn: '2021-03-19',
      },
      'deliveryPlan { id board { name } priority { title } }',
    );
    planId = created.deliveryPlan.id;
    expect(created.deliveryPlan).toMatchObject({
      board: { name: 'SPB Executive' },
      priority: { title: 'Domestic abuse' },
    });
    activities = [];
    for (const activity of annexB()) {
      const added = await run<{ activity: ActivityData }>(
        'addPlanActivity',
        { deliveryPlanId: planId, addedOn: '2021-03-19', ...activity },
        `activity { ${ACTIVITY} }`,
      );
      activities.push(added.activity);
    }
    expect(activities.map((a) => a.number)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9]);
    expect(activities[4]!.timeline).toEqual({
      kind: 'PERIOD',
      dueDate: '2021-09-30',
      period: '2021/22 Q2',
      description: 'business case October 2021',
    });
    expect(activities[8]).toMatchObject({
      owner: { name: 'Office of the Police and Crime Commissioner' },
      reportsTo: { name: 'DSVA Ops Group' },
      timeline: { kind: 'PERIOD', dueDate: '2022-03-31', period: '2021/22' },
    });
    expect(activities[3]).toMatchObject({
      reportsTo: null,
      reportingNote: 'N/A',
      owner: null,
      status: 'NOT_STARTED',
    });
  });

  it('answers the plan with its activities, what is overdue at a date, and by reporting board', async () => {
    const data = await server.ok<{
      deliveryPlan: {
        activities: { totalCount: number };
        overdue: { nodes: { number: number }[] };
        progress: { total: number; percentComplete: number; overdueAt: number };
      };
      vulnerability: { totalCount: number; nodes: { number: number }[] };
      plans: { totalCount: number; nodes: { title: string }[] };
    }>(
      `query ($id: ID!, $board: ID!, $executive: ID!) {
        deliveryPlan(id: $id) {
          activities { totalCount }
          overdue: activities(overdueAt: "2021-03-19") { nodes { number } }
          progress { total percentComplete overdueAt(date: "2021-04-02") }
        }
        vulnerability: planActivities(filter: { reportsToBoardId: $board }) { totalCount nodes { number } }
        plans: deliveryPlans(filter: { boardId: $executive }) { totalCount nodes { title } }
      }`,
      { id: planId, board: ids.vulnerability, executive: ids.executive },
    );
    expect(data.deliveryPlan.activities.totalCount).toBe(9);
    // At the SPB of 19 March 2021: risk factors (end of February) and the DA Bill (early February).
    expect(data.deliveryPlan.overdue.nodes).toEqual([{ number: 1 }, { number: 3 }]);
    expect(data.deliveryPlan.progress).toEqual({ total: 9, percentComplete: 0, overdueAt: 4 });
    expect(data.vulnerability).toEqual({
      totalCount: 4,
      nodes: [{ number: 2 }, { number: 3 }, { number: 6 }, { number: 7 }],
    });
    expect(data.plans.nodes).toEqual([
      { title: 'SPB Executive Domestic Abuse Priority Actions Delivery Plan' },
    ]);
  });

  it('updates status and RAG, replans (keeping the old date) and completes activities', async () => {
    const bill = activities[2]!;
    const updated = await run<{ activity: ActivityData }>(
      'updateActivityStatus',
      {
        deliveryPlanId: planId,
        activityId: bill.id,
        status: 'IN_PROGRESS',
        rag: 'AMBER',
        comment:
          'DSVA Ops Group workshop held; the Bill is expected to be implemented by 1 April 2021.',
        asOf: '2021-03-19',
      },
      `activity { ${ACTIVITY} }`,
    );
    expect(updated.activity).toMatchObject({ status: 'IN_PROGRESS', rag: 'AMBER' });
    const replanned = await run<{ activity: ActivityData }>(
      'replanActivity',
      {
        deliveryPlanId: planId,
        activityId: bill.id,
        newDueDate: '2021-04-01',
        reason: 'Expected to be implemented by 1st April 2021',
        replannedOn: '2021-03-19',
      },
      `activity { ${ACTIVITY} }`,
    );
    expect(replanned.activity.timeline.dueDate).toBe('2021-04-01');
    expect(replanned.activity.replans).toEqual([
      {
        previous: { dueDate: '2021-02-05' },
        reason: 'Expected to be implemented by 1st April 2021',
      },
    ]);
    const completed = await run<{
      activity: ActivityData;
      deliveryPlan: {
        progress: { byStatus: { status: string; count: number }[]; percentComplete: number };
      };
    }>(
      'completeActivity',
      { deliveryPlanId: planId, activityId: activities[0]!.id, completedOn: '2021-03-10' },
      `activity { ${ACTIVITY} } deliveryPlan { progress { byStatus { status count } percentComplete } }`,
    );
    expect(completed.activity).toMatchObject({ status: 'COMPLETE', completedOn: '2021-03-10' });
    expect(completed.deliveryPlan.progress.percentComplete).toBe(11);
    expect(completed.deliveryPlan.progress.byStatus).toEqual([
      { status: 'NOT_STARTED', count: 7 },
      { status: 'IN_PROGRESS', count: 1 },
      { status: 'ON_HOLD', count: 0 },
      { status: 'COMPLETE', count: 1 },
      { status: 'CANCELLED', count: 0 },
    ]);
    const overdue = await server.ok<{ planActivities: { nodes: { number: number }[] } }>(
      `{ planActivities(filter: { overdueAt: "2021-03-19" }) { nodes { number } } }`,
    );
    expect(overdue.planActivities.nodes).toEqual([]);
  });

  it('keeps each activity’s own history inside the plan’s stream', async () => {
    expect(await historyOf(activities[2]!.id)).toEqual({
      type: 'PlanActivity',
      events: ['PlanActivityAdded', 'ActivityStatusUpdated', 'ActivityReplanned'],
    });
    expect((await historyOf(planId)).events).toHaveLength(13);
  });

  it('refuses an activity on a plan that does not exist, a bad period, a second completion', async () => {
    const noPlan = await refused('addPlanActivity', {
      ...annexB()[0]!,
      deliveryPlanId: '99999999-9999-4999-8999-999999999999',
    });
    expect(noPlan.extensions?.code).toBe('NOT_FOUND');
    expect(noPlan.message).toMatch(/delivery plan/);
    const period = await refused('addPlanActivity', {
      deliveryPlanId: planId,
      what: 'Something new',
      how: 'Somehow',
      timeline: { kind: 'PERIOD', period: 'autumn' },
    });
    expect(period.extensions?.code).toBe('BAD_USER_INPUT');
    expect(period.message).toMatch(/Q2 2021\/22/);
    const again = await refused('completeActivity', {
      deliveryPlanId: planId,
      activityId: activities[0]!.id,
    });
    expect(again.extensions?.code).toBe('CONFLICT');
    expect(again.message).toMatch(/already complete/);
  });
});

const INDICATOR = `id name unit polarity thresholds { targetRange { low high } targetValue }
  values { id period { label start end } value }
  latest { value period { label } }
  assessment { value verdict range { position favourable } }
  direction { direction change }`;

interface IndicatorData {
  id: string;
  values: { id: string; period: { label: string }; value: string }[];
  latest: { value: string; period: { label: string } } | null;
  assessment: { value: string; verdict: string; range: { position: string } | null } | null;
  direction: { direction: string; change: string } | null;
  [k: string]: unknown;
}

const PERFORMANCE = 'LSCSB 17 June 2022, Safer Communities Performance Q4 2021/22';

describe('indicators against thresholds (paper 003, June 2022)', () => {
  const indicator = {} as Record<'fte' | 'marac' | 'reoffending' | 'ete', string>;
  let maracAt51: number;

  const define = (input: Record<string, unknown>) =>
    idOf('defineIndicator', { boardId: ids.lscsb, definedOn: '2016-12-08', ...input }, 'indicator');
  const value = (indicatorId: string, period: Record<string, unknown>, v: string) =>
    run<{ position: number; value: { id: string }; indicator: IndicatorData }>(
      'recordIndicatorValue',
      { indicatorId, period, value: v, source: PERFORMANCE, recordedOn: '2022-06-17' },
      `position value { id } indicator { ${INDICATOR} }`,
    );

  // The indicators with unit, polarity and thresholds, as paper 003 reports them.
  beforeAll(async () => {
    indicator.fte = await define({
      name: 'First time entrants to the criminal justice system aged 10-17',
      unit: 'COUNT',
      polarity: 'LOWER_IS_BETTER',
      priorityId: ids.reduceOffending,
    });
    indicator.marac = await define({
      name: 'MARAC repeat referral rate',
      unit: 'PERCENTAGE',
      polarity: 'LOWER_IS_BETTER',
      thresholds: { targetRange: { low: '28', high: '40' } },
    });
    indicator.reoffending = await define({
      name: 'Rate of re-offending by young offenders',
      unit: 'RATIO',
      polarity: 'LOWER_IS_BETTER',
      priorityId: ids.reduceOffending,
    });
    indicator.ete = await define({
      name: 'Education, Training and Employment (ETE) of Young Offenders',
      unit: 'PERCENTAGE',
      polarity: 'HIGHER_IS_BETTER',
      stableWithin: '1',
      definedOn: '2020-01-01',
    });
  });

  it('records first-time entrants 2014/15 to 2021/22 and shows the series and direction', async () => {
    const series: [string, string][] = [
      ['2014/15', '190'],
      ['2015/16', '124'],
      ['2016/17', '126'],
      ['2017/18', '101'],
      ['2018/19', '100'],
      ['2019/20', '111'],
      ['2020/21', '88'],
      ['2021/22', '54'],
    ];
    // Entered out of order: the series is by period, not by the order recorded.
    let last: IndicatorData | undefined;
    for (const [financialYear, v] of [...series].reverse())
      last = (await value(indicator.fte, { kind: 'FINANCIAL_YEAR', financialYear }, v)).indicator;
    expect(last!.values.map((v) => [v.period.label, v.value])).toEqual(series);
    expect(last!.latest).toEqual({ value: '54', period: { label: '2021/22' } });
    expect(last!.assessment).toEqual({ value: '54', verdict: 'NO_THRESHOLD', range: null });
    expect(last!.direction).toEqual({ direction: 'IMPROVING', change: '-34' });
  });

  it('judges the MARAC repeat rate against the SafeLives 28-40% range: 51% outside, 36% within', async () => {
    const peak = await value(
      indicator.marac,
      { kind: 'ROLLING_12_MONTHS', end: '2020-06-30' },
      '51',
    );
    maracAt51 = peak.position;
    expect(peak.indicator.assessment).toEqual({
      value: '51',
      verdict: 'UNFAVOURABLE',
      range: { position: 'ABOVE', favourable: false },
    });
    const q4 = await value(indicator.marac, { kind: 'ROLLING_12_MONTHS', end: '2022-03-31' }, '36');
    expect(q4.indicator.values.map((v) => v.period)).toEqual([
      { label: '12 months to 2020-06-30', start: '2019-07-01', end: '2020-06-30' },
      { label: '12 months to 2022-03-31', start: '2021-04-01', end: '2022-03-31' },
    ]);
    expect(q4.indicator.assessment).toEqual({
      value: '36',
      verdict: 'FAVOURABLE',
      range: { position: 'WITHIN', favourable: true },
    });
    expect(q4.indicator.direction).toEqual({ direction: 'IMPROVING', change: '-15' });
  });

  it('records youth reoffending 0.67 (rolling year to March 2021); a retried request appends nothing', async () => {
    const send = () =>
      run<{ replayed: boolean; value: { id: string; value: string } | null }>(
        'recordIndicatorValue',
        {
          indicatorId: indicator.reoffending,
          period: { kind: 'ROLLING_12_MONTHS', end: '2021-03-31' },
          value: '0.67',
          source: PERFORMANCE,
        },
        'replayed value { id value }',
        { commandId: 'b4d1a1f0-2f6e-4c1e-9c5e-3a1d2f4e5a6b' },
      );
    const first = await send();
    const before = await server.head();
    const again = await send();
    expect(first).toMatchObject({ replayed: false, value: { value: '0.67' } });
    expect(again).toEqual({ replayed: true, value: first.value });
    expect(await server.head()).toBe(before);
  });

  it('records youth reoffending 0.26 (to March 2022) and ETE (60.0% against 60.6%: stable)', async () => {
    const reoffending = await value(
      indicator.reoffending,
      { kind: 'ROLLING_12_MONTHS', end: '2022-03-31' },
      '0.26',
    );
    expect(reoffending.indicator.direction).toEqual({ direction: 'IMPROVING', change: '-0.41' });
    await value(indicator.ete, { kind: 'ROLLING_12_MONTHS', end: '2022-03-31' }, '60.6');
    const ete = await value(
      indicator.ete,
      { kind: 'QUARTER', financialYear: '2021/22', quarter: 4 },
      '60.0',
    );
    expect(ete.indicator.latest).toEqual({ value: '60.0', period: { label: '2021/22 Q4' } });
    expect(ete.indicator.direction).toEqual({ direction: 'STABLE', change: '-0.6' });
  });

  it('says which indicators are outside their thresholds, now and as the office knew it then', async () => {
    const query = `query ($pos: Position) {
      outside: indicators(filter: { outsideRange: true }, asOfPosition: $pos) { totalCount nodes { name } }
      unfavourable: indicators(filter: { verdict: UNFAVOURABLE }, asOfPosition: $pos) { totalCount }
      all: indicators(asOfPosition: $pos) { totalCount }
    }`;
    type Answer = {
      outside: { totalCount: number; nodes: { name: string }[] };
      unfavourable: { totalCount: number };
      all: { totalCount: number };
    };
    const now = await server.ok<Answer>(query, {});
    expect(now.outside.totalCount).toBe(0);
    expect(now.unfavourable.totalCount).toBe(0);
    expect(now.all.totalCount).toBe(4);
    const then = await server.ok<Answer>(query, { pos: maracAt51 }, 'auditor');
    expect(then.outside.nodes).toEqual([{ name: 'MARAC repeat referral rate' }]);
    expect(then.unfavourable.totalCount).toBe(1);
    expect(
      await names(`query ($p: ID!) { indicators(filter: { priorityId: $p }) { nodes { name } } }`, {
        p: ids.reduceOffending,
      }),
    ).toEqual([
      'First time entrants to the criminal justice system aged 10-17',
      'Rate of re-offending by young offenders',
    ]);
  });

  it('corrects a value with a new record; the old one stays, superseded', async () => {
    const { indicator: before } = await server.ok<{ indicator: IndicatorData }>(
      `query ($id: ID!) { indicator(id: $id) { ${INDICATOR} } }`,
      { id: indicator.fte },
    );
    const old = before.values.find((v) => v.period.label === '2020/21')!;
    const corrected = await run<{
      value: { value: string; supersedesRecordId: string; correctionReason: string };
      indicator: { values: { value: string; inForce: boolean; supersededBy: string | null }[] };
    }>(
      'correctIndicatorValue',
      {
        indicatorId: indicator.fte,
        supersedesRecordId: old.id,
        value: '89',
        reason: 'Revised youth justice return',
        source: PERFORMANCE,
      },
      `value { value supersedesRecordId correctionReason }
       indicator { values(includeSuperseded: true) { value inForce supersededBy } }`,
    );
    expect(corrected.value).toEqual({
      value: '89',
      supersedesRecordId: old.id,
      correctionReason: 'Revised youth justice return',
    });
    expect(corrected.indicator.values).toHaveLength(9);
    expect(corrected.indicator.values.filter((v) => !v.inForce)).toEqual([
      { value: '88', inForce: false, supersededBy: expect.any(String) },
    ]);
  });

  it('refuses a percentage outside 0-100, a rolling period with no end, a period ending before it starts, a second value for a period', async () => {
    const percentage = await refused('recordIndicatorValue', {
      indicatorId: indicator.marac,
      period: { kind: 'ROLLING_12_MONTHS', end: '2022-06-30' },
      value: '136',
      source: PERFORMANCE,
    });
    expect(percentage.extensions?.code).toBe('BAD_USER_INPUT');
    expect(percentage.message).toMatch(/not a percentage; give a value from 0 to 100/);
    const rolling = await refused('recordIndicatorValue', {
      indicatorId: indicator.marac,
      period: { kind: 'ROLLING_12_MONTHS' },
      value: '30',
      source: PERFORMANCE,
    });
    expect(rolling.extensions?.code).toBe('BAD_USER_INPUT');
    expect(rolling.message).toMatch(/rolling 12-month period needs the date it ends on/);
    const backwards = await refused('recordIndicatorValue', {
      indicatorId: indicator.marac,
      period: { kind: 'DATE_RANGE', start: '2022-03-31', end: '2021-04-01' },
      value: '30',
      source: PERFORMANCE,
    });
    expect(backwards.extensions?.code).toBe('BAD_USER_INPUT');
    expect(backwards.message).toMatch(/ends \(2021-04-01\) before it starts/);
    const twice = await refused('recordIndicatorValue', {
      indicatorId: indicator.marac,
      period: { kind: 'ROLLING_12_MONTHS', end: '2022-03-31' },
      value: '35',
      source: PERFORMANCE,
    });
    expect(twice.extensions?.code).toBe('CONFLICT');
    expect(twice.message).toMatch(/use correctIndicatorValue/);
    const range = await refused('defineIndicator', {
      name: 'Backwards range',
      unit: 'PERCENTAGE',
      polarity: 'LOWER_IS_BETTER',
      boardId: ids.lscsb,
      thresholds: { targetRange: { low: '40', high: '28' } },
    });
    expect(range.extensions?.code).toBe('BAD_USER_INPUT');
    expect(range.message).toMatch(/give the lower bound as low/);
  });
});

describe('initiative outcomes', () => {
  const initiative = {} as Record<'engage' | 'lionheart', string>;

  beforeAll(async () => {
    const register = (title: string) =>
      idOf(
        'registerInitiative',
        { title, owningBoardId: ids.lscsb, status: 'IN_PROGRESS', registeredOn: '2016-12-08' },
        'initiative',
      );
    initiative.engage = await register('EnGage');
    initiative.lionheart = await register('Operation Lionheart');
  });

  const ENGAGE = [
    { name: 'referrals and interventions', value: '395' },
    { name: 'no further offence', value: '375' },
  ];
  const OUTCOME = 'id title figures { name value } inForce supersededBy initiative { title }';

  it('records EnGage and Operation Lionheart figures and reads them through the initiative', async () => {
    const engage = await run<{ outcome: Record<string, unknown> }>(
      'recordInitiativeOutcome',
      {
        initiativeId: initiative.engage,
        title: 'EnGage referrals',
        figures: ENGAGE,
        source: 'LSCSB 8 December 2016',
        recordedOn: '2016-12-08',
      },
      `outcome { ${OUTCOME} }`,
    );
    expect(engage.outcome).toMatchObject({
      title: 'EnGage referrals',
      figures: ENGAGE,
      inForce: true,
      initiative: { title: 'EnGage' },
    });
    await run(
      'recordInitiativeOutcome',
      {
        initiativeId: initiative.lionheart,
        title: 'Operation Lionheart enforcement stage',
        figures: [
          { name: 'warrants executed', value: '124' },
          { name: 'arrests', value: '78' },
        ],
        source: 'LSCSB 8 December 2016',
      },
      'commandId',
    );
    const data = await server.ok<{
      initiative: { outcomes: { figures: { name: string; value: string }[] }[] };
    }>(`query ($id: ID!) { initiative(id: $id) { outcomes { figures { name value } } } }`, {
      id: initiative.engage,
    });
    expect(data.initiative.outcomes).toEqual([
      {
        figures: ENGAGE,
      },
    ]);
  });

  it('corrects Lionheart’s figures: 124 warrants, 87 arrests, 82 charged; the first record stays', async () => {
    const first = await server.ok<{ initiativeOutcomes: { nodes: { id: string }[] } }>(
      `query ($id: ID!) { initiativeOutcomes(initiativeId: $id) { nodes { id } } }`,
      { id: initiative.lionheart },
    );
    await run(
      'correctInitiativeOutcome',
      {
        initiativeId: initiative.lionheart,
        supersedesRecordId: first.initiativeOutcomes.nodes[0]!.id,
        reason: 'Arrests misread; charges added',
        title: 'Operation Lionheart enforcement stage',
        figures: [
          { name: 'warrants executed', value: '124' },
          { name: 'arrests', value: '87' },
          { name: 'charged', value: '82' },
        ],
        source: 'LSCSB 8 December 2016',
      },
      'commandId',
    );
    const data = await server.ok<{
      current: { totalCount: number; nodes: { figures: { name: string; value: string }[] }[] };
      all: { nodes: { id: string; inForce: boolean; supersededBy: string | null }[] };
    }>(
      `query ($id: ID!) {
        current: initiativeOutcomes(initiativeId: $id) { totalCount nodes { figures { name value } } }
        all: initiativeOutcomes(initiativeId: $id, includeSuperseded: true) { nodes { id inForce supersededBy } }
      }`,
      { id: initiative.lionheart },
    );
    expect(data.current.totalCount).toBe(1);
    expect(data.current.nodes[0]!.figures).toEqual([
      { name: 'warrants executed', value: '124' },
      { name: 'arrests', value: '87' },
      { name: 'charged', value: '82' },
    ]);
    expect(data.all.nodes.map((n) => n.inForce)).toEqual([false, true]);
    const [superseded, correction] = data.all.nodes.map((n) => n.id);
    expect(await historyOf(superseded!)).toEqual({
      type: 'InitiativeOutcome',
      events: ['InitiativeOutcomeRecorded', 'InitiativeOutcomeCorrected'],
    });
    expect((await historyOf(correction!)).events).toEqual(['InitiativeOutcomeCorrected']);
  });

  it('refuses outcomes for an unknown initiative, without figures, or correcting a superseded record', async () => {
    const unknown = await refused('recordInitiativeOutcome', {
      initiativeId: '99999999-9999-4999-8999-999999999999',
      figures: [{ name: 'referrals', value: '1' }],
      source: 'nowhere',
    });
    expect(unknown.extensions?.code).toBe('NOT_FOUND');
    const empty = await refused('recordInitiativeOutcome', {
      initiativeId: initiative.engage,
      figures: [],
      source: 'LSCSB',
    });
    expect(empty.extensions?.code).toBe('BAD_USER_INPUT');
    expect(empty.message).toMatch(/give at least one figure/);
    const all = await server.ok<{ initiativeOutcomes: { nodes: { id: string }[] } }>(
      `query ($id: ID!) { initiativeOutcomes(initiativeId: $id, includeSuperseded: true) { nodes { id } } }`,
      { id: initiative.lionheart },
    );
    const stale = await refused('correctInitiativeOutcome', {
      initiativeId: initiative.lionheart,
      supersedesRecordId: all.initiativeOutcomes.nodes[0]!.id,
      reason: 'again',
      figures: [{ name: 'arrests', value: '88' }],
      source: 'LSCSB',
    });
    expect(stale.extensions?.code).toBe('CONFLICT');
    expect(stale.message).toMatch(/already corrected/);
  });
});
