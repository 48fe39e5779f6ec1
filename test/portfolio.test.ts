import { beforeAll, describe, expect, it, vi } from 'vitest';
import {
  agreePriority,
  establishBoard,
  mutation,
  readEvents,
  readerCount,
  refusal,
  registerOrganisation,
  runCommand,
} from './support/portfolio-setup';
import { useServer } from './support/server';

/**
 * The SPB portfolio over HTTP, entered as the LSCSB OPCC update of 19 March 2021 reports it
 * (paras 5-29 and Annex A): mutations, the portfolio queries and their filters, the counts, the
 * dashboard, refusals, and the portfolioChanged subscription over server-sent events.
 */

const server = useServer();
const ids = {
  spb: '',
  exec: '',
  vulnerability: '',
  childhoodTrauma: '',
  approved: '',
  opcc: '7a1f0c2e-1d2b-4c3d-8e4f-000000000001',
  nps: '7a1f0c2e-1d2b-4c3d-8e4f-000000000002',
  lcc: '7a1f0c2e-1d2b-4c3d-8e4f-000000000003',
  trauma: '',
  female: '',
  volunteering: '',
  packs: '',
  youth: '',
  peopleZones: '',
};

const INITIATIVE_FIELDS = /* GraphQL */ `
  id
  title
  status
  statusSince
  nextStatuses
  board {
    name
  }
  owningBoard {
    name
  }
  priorities {
    title
  }
  leadOrganisationIds
  leadOfficers {
    name
    role
  }
  transferLead {
    name
    role
  }
  confidence {
    rating
    previous
    comment
    assessedOn
  }
  milestones {
    id
    title
    dueOn
    originalDueOn
    redatings {
      previousDueOn
      dueOn
      reason
    }
    completedOn
    completedLate
  }
  nextSteps {
    text
    asOf
  }
  lastChanged {
    at
    by
  }
`;

const onInitiative = (name: string) => mutation(name, `initiative { ${INITIATIVE_FIELDS} }`);
const REGISTER = onInitiative('registerInitiative');
const CHANGE_STATUS = onInitiative('changeInitiativeStatus');
const SET_CONFIDENCE = onInitiative('setDeliveryConfidence');
const ADD_MILESTONE = onInitiative('addMilestone');
const REDATE_MILESTONE = onInitiative('redateMilestone');
const COMPLETE_MILESTONE = onInitiative('completeMilestone');
const RECORD_NEXT_STEPS = onInitiative('recordNextSteps');

interface InitiativeData {
  id: string;
  title: string;
  status: string;
  board: { name: string };
  milestones: { id: string; [k: string]: unknown }[];
  [k: string]: unknown;
}
type Payload<K extends string> = Record<K, { initiative: InitiativeData; [k: string]: unknown }>;

const PAPER = { occurredAt: '2021-03-19' };

async function register(input: Record<string, unknown>): Promise<InitiativeData> {
  const data = await server.ok<Payload<'registerInitiative'>>(REGISTER, {
    input: { registeredOn: '2021-03-19', ...input },
    options: PAPER,
  });
  return data.registerInitiative.initiative;
}

const titles = (connection: { nodes: { title: string }[] }) => connection.nodes.map((n) => n.title);

async function list(filter: Record<string, unknown>) {
  const data = await server.ok<{ initiatives: { totalCount: number; nodes: { title: string }[] } }>(
    `query ($filter: InitiativeFilter) { initiatives(filter: $filter) { totalCount nodes { title } } }`,
    { filter },
  );
  return data.initiatives;
}

beforeAll(async () => {
  ids.spb = await establishBoard(server, 'Strategic Partnership Board');
  ids.exec = await establishBoard(server, 'SPB Executive', ids.spb);
  ids.vulnerability = await establishBoard(server, 'Vulnerability Executive', ids.exec);
  ids.childhoodTrauma = await agreePriority(server, ids.spb, 'Childhood trauma', '2021-02-25');
  await registerOrganisation(
    server,
    ids.opcc,
    'Office of the Police and Crime Commissioner',
    'OPCC',
    'OPCC',
  );
  const meetingId = await runCommand(
    server,
    'scheduleMeeting',
    {
      boardId: ids.spb,
      date: '2021-02-25',
      theme: 'Childhood trauma: approach to prevention and mitigation',
    },
    '2021-02-25',
  );
  ids.approved = await runCommand(
    server,
    'recordDecision',
    {
      meetingId,
      boardId: ids.spb,
      kind: 'APPROVED',
      resolution: 'The outline strategy was presented to the Board and approved',
    },
    '2021-02-25',
  );
  await registerOrganisation(server, ids.nps, 'National Probation Service', 'JUSTICE', 'NPS');
  await registerOrganisation(
    server,
    ids.lcc,
    'Leicestershire County Council',
    'LOCAL_AUTHORITY_TIER1',
  );
});

describe('entering the March 2021 portfolio', () => {
  it('registers the Trauma Informed Strategy with its priority, leads and board', async () => {
    const trauma = await register({
      title: 'Trauma Informed Strategy',
      description:
        'A strategic approach to prevent and mitigate the impact of childhood trauma across LLR',
      owningBoardId: ids.spb,
      priorityIds: [ids.childhoodTrauma],
      leadOrganisationIds: [ids.opcc],
      leadOfficers: [
        { name: 'Grace Strong', role: 'VRN' },
        { name: 'Paul Hindson', role: 'OPCC' },
        { name: 'Matthew Wakely' },
      ],
      status: 'IN_PROGRESS',
      registeredOn: '2021-02-25',
      decisionId: ids.approved,
    });
    ids.trauma = trauma.id;
    expect(trauma).toMatchObject({
      title: 'Trauma Informed Strategy',
      status: 'IN_PROGRESS',
      statusSince: '2021-02-25',
      nextStatuses: ['EMBEDDED', 'TRANSFERRED', 'COMPLETED', 'CLOSED'],
      board: { name: 'Strategic Partnership Board' },
      owningBoard: { name: 'Strategic Partnership Board' },
      priorities: [{ title: 'Childhood trauma' }],
      leadOrganisationIds: [ids.opcc],
      leadOfficers: [
        { name: 'Grace Strong', role: 'VRN' },
        { name: 'Paul Hindson', role: 'OPCC' },
        { name: 'Matthew Wakely', role: '' },
      ],
      transferLead: null,
      confidence: null,
      milestones: [],
      nextSteps: null,
      lastChanged: { at: '2021-03-19', by: 'test-office' },
    });
    const cited = await server.ok<{
      initiative: { decision: { kind: string; resolution: string; decidedOn: string } };
    }>(`query ($id: ID!) { initiative(id: $id) { decision { kind resolution decidedOn } } }`, {
      id: ids.trauma,
    });
    expect(cited.initiative.decision).toEqual({
      kind: 'APPROVED',
      resolution: 'The outline strategy was presented to the Board and approved',
      decidedOn: '2021-02-25',
    });
  });

  it('registers the rest of the portfolio the paper reports', async () => {
    const rest: [keyof typeof ids, Record<string, unknown>][] = [
      [
        'female',
        {
          title: 'Female Offender Strategy',
          description: 'To embed the Female Offender Strategy (MOJ 2018) across the whole of LLR',
          owningBoardId: ids.exec,
          leadOrganisationIds: [ids.opcc, ids.nps],
          leadOfficers: [
            { name: 'Liz McDermott', role: 'OPCC' },
            { name: 'Claire Morley', role: 'NPS' },
          ],
          status: 'IN_PROGRESS',
        },
      ],
      [
        'volunteering',
        {
          title: 'Volunteer Strategy (Public Sector Volunteering)',
          description: 'Public sector organisations across LLR exploring the Lancashire model',
          owningBoardId: ids.spb,
          leadOrganisationIds: [ids.lcc, ids.opcc],
          status: 'NOT_STARTED',
        },
      ],
      [
        'packs',
        {
          title: 'CSPs / Partnerships – Performance Packs',
          owningBoardId: ids.spb,
          leadOrganisationIds: [ids.opcc],
          status: 'IN_PROGRESS',
        },
      ],
      [
        'youth',
        {
          title: 'Youth Perception Survey',
          description:
            "An annual youth perception survey, part of the PCC's drive to increase engagement with young people",
          owningBoardId: ids.spb,
          leadOrganisationIds: [ids.opcc],
          status: 'PROPOSED',
        },
      ],
      [
        'peopleZones',
        {
          title: 'People Zones',
          description: 'Geographically defined areas where services work together',
          owningBoardId: ids.spb,
          status: 'EMBEDDED',
        },
      ],
    ];
    for (const [key, input] of rest) ids[key] = (await register(input)).id;
    const all = await list({});
    expect(all.totalCount).toBe(6);
  });

  it('transfers the Trauma Informed Strategy to the Vulnerability Executive with a lead', async () => {
    const data = await server.ok<Payload<'changeInitiativeStatus'>>(CHANGE_STATUS, {
      input: {
        initiativeId: ids.trauma,
        status: 'TRANSFERRED',
        targetBoardId: ids.vulnerability,
        lead: { name: 'Grace Strong', role: 'VRN' },
        reason: 'A Leadership Group drawn from the Vulnerability Executive takes it forward',
        effectiveOn: '2021-03-19',
      },
    });
    expect(data.changeInitiativeStatus.initiative).toMatchObject({
      status: 'TRANSFERRED',
      board: { name: 'Vulnerability Executive' },
      owningBoard: { name: 'Strategic Partnership Board' },
      transferLead: { name: 'Grace Strong', role: 'VRN' },
    });
    const history = await server.ok<{
      initiative: { statusHistory: Record<string, unknown>[] };
    }>(
      `query ($id: ID!) { initiative(id: $id) { statusHistory {
        from to on board { name } targetBoard { name } lead { name } reason
      } } }`,
      { id: ids.trauma },
    );
    expect(history.initiative.statusHistory).toEqual([
      {
        from: null,
        to: 'IN_PROGRESS',
        on: '2021-02-25',
        board: { name: 'Strategic Partnership Board' },
        targetBoard: null,
        lead: null,
        reason: '',
      },
      {
        from: 'IN_PROGRESS',
        to: 'TRANSFERRED',
        on: '2021-03-19',
        board: { name: 'Vulnerability Executive' },
        targetBoard: { name: 'Vulnerability Executive' },
        lead: { name: 'Grace Strong' },
        reason: 'A Leadership Group drawn from the Vulnerability Executive takes it forward',
      },
    ]);
  });

  it('records the Female Offender Strategy next steps, confidence and a milestone', async () => {
    const steps = await server.ok<Payload<'recordNextSteps'>>(RECORD_NEXT_STEPS, {
      input: {
        initiativeId: ids.female,
        nextSteps:
          'Deliver two workshops over the next two months; devise a project plan which covers the next 12 months',
        asOf: '2021-03-19',
      },
    });
    expect(steps.recordNextSteps.initiative.nextSteps).toEqual({
      text: 'Deliver two workshops over the next two months; devise a project plan which covers the next 12 months',
      asOf: '2021-03-19',
    });
    await server.ok(SET_CONFIDENCE, {
      input: {
        initiativeId: ids.female,
        confidence: 'AMBER',
        comment: 'Project plan not yet devised',
        assessedOn: '2021-03-19',
      },
    });
    const rated = await server.ok<Payload<'setDeliveryConfidence'>>(SET_CONFIDENCE, {
      input: {
        initiativeId: ids.female,
        confidence: 'AMBER_GREEN',
        comment: 'Two steering group meetings held; workshops planned',
        assessedOn: '2021-03-20',
      },
    });
    expect(rated.setDeliveryConfidence.initiative.confidence).toEqual({
      rating: 'AMBER_GREEN',
      previous: 'AMBER',
      comment: 'Two steering group meetings held; workshops planned',
      assessedOn: '2021-03-20',
    });
    const added = await server.ok<Payload<'addMilestone'>>(ADD_MILESTONE, {
      input: {
        initiativeId: ids.female,
        title: 'Project plan covering the next 12 months agreed',
        dueOn: '2021-05-31',
        addedOn: '2021-03-19',
      },
    });
    expect(added.addMilestone.initiative.milestones).toEqual([
      expect.objectContaining({
        title: 'Project plan covering the next 12 months agreed',
        dueOn: '2021-05-31',
        originalDueOn: '2021-05-31',
        completedOn: null,
        completedLate: false,
      }),
    ]);
  });

  it('the dashboard shows the milestone overdue after its date, and counts by status', async () => {
    const query = `query ($on: Date, $filter: InitiativeFilter) { portfolioDashboard(on: $on, filter: $filter) {
      on
      counts { total byStatus { status count } byConfidence { confidence count } }
      withOverdueMilestones { title }
    } }`;
    const june = await server.ok<{
      portfolioDashboard: {
        on: string;
        counts: {
          total: number;
          byStatus: { status: string; count: number }[];
          byConfidence: { confidence: string | null; count: number }[];
        };
        withOverdueMilestones: { title: string }[];
      };
    }>(query, { on: '2021-06-01' });
    expect(june.portfolioDashboard.on).toBe('2021-06-01');
    expect(june.portfolioDashboard.withOverdueMilestones).toEqual([
      { title: 'Female Offender Strategy' },
    ]);
    expect(june.portfolioDashboard.counts.total).toBe(6);
    expect(june.portfolioDashboard.counts.byStatus).toEqual([
      { status: 'PROPOSED', count: 1 },
      { status: 'NOT_STARTED', count: 1 },
      { status: 'IN_PROGRESS', count: 2 },
      { status: 'EMBEDDED', count: 1 },
      { status: 'TRANSFERRED', count: 1 },
      { status: 'COMPLETED', count: 0 },
      { status: 'CLOSED', count: 0 },
    ]);
    expect(june.portfolioDashboard.counts.byConfidence).toContainEqual({
      confidence: 'AMBER_GREEN',
      count: 1,
    });
    expect(june.portfolioDashboard.counts.byConfidence).toContainEqual({
      confidence: null,
      count: 5,
    });
    const may = await server.ok<typeof june>(query, { on: '2021-05-31' });
    expect(may.portfolioDashboard.withOverdueMilestones).toEqual([]);
    const spbOnly = await server.ok<typeof june>(query, {
      on: '2021-06-01',
      filter: { boardId: ids.spb },
    });
    expect(spbOnly.portfolioDashboard.counts.total).toBe(4);
    expect(spbOnly.portfolioDashboard.withOverdueMilestones).toEqual([]);
  });

  it('redates the milestone (keeping the date first promised) and completes it late', async () => {
    const before = await server.ok<{ initiative: InitiativeData }>(
      `query ($id: ID!) { initiative(id: $id) { ${INITIATIVE_FIELDS} } }`,
      { id: ids.female },
    );
    const milestoneId = before.initiative.milestones[0]!.id;
    await server.ok(REDATE_MILESTONE, {
      input: {
        initiativeId: ids.female,
        milestoneId,
        dueOn: '2021-07-31',
        reason: 'Work paused over the PCC election period',
        redatedOn: '2021-05-20',
      },
    });
    const done = await server.ok<Payload<'completeMilestone'>>(COMPLETE_MILESTONE, {
      input: { initiativeId: ids.female, milestoneId, completedOn: '2021-07-15' },
    });
    expect(done.completeMilestone.initiative.milestones[0]).toEqual({
      id: milestoneId,
      title: 'Project plan covering the next 12 months agreed',
      dueOn: '2021-07-31',
      originalDueOn: '2021-05-31',
      redatings: [
        {
          previousDueOn: '2021-05-31',
          dueOn: '2021-07-31',
          reason: 'Work paused over the PCC election period',
        },
      ],
      completedOn: '2021-07-15',
      completedLate: true,
    });
  });
});

describe('reading the portfolio', () => {
  it('filters by status, board, priority, lead organisation, confidence and text', async () => {
    expect(titles(await list({ status: ['IN_PROGRESS'] }))).toEqual([
      'Female Offender Strategy',
      'CSPs / Partnerships – Performance Packs',
    ]);
    expect(titles(await list({ status: ['NOT_STARTED', 'PROPOSED'] }))).toEqual([
      'Volunteer Strategy (Public Sector Volunteering)',
      'Youth Perception Survey',
    ]);
    expect(titles(await list({ boardId: ids.vulnerability }))).toEqual([
      'Trauma Informed Strategy',
    ]);
    expect(titles(await list({ priorityId: ids.childhoodTrauma }))).toEqual([
      'Trauma Informed Strategy',
    ]);
    expect(titles(await list({ leadOrganisationId: ids.nps }))).toEqual([
      'Female Offender Strategy',
    ]);
    const leads = await server.ok<{ initiative: { leadOrganisations: { name: string }[] } }>(
      `query ($id: ID!) { initiative(id: $id) { leadOrganisations { name } } }`,
      { id: ids.female },
    );
    expect(leads.initiative.leadOrganisations).toEqual([
      { name: 'Office of the Police and Crime Commissioner' },
      { name: 'National Probation Service' },
    ]);
    expect((await list({ leadOrganisationId: ids.opcc })).totalCount).toBe(5);
    expect(titles(await list({ confidence: ['AMBER_GREEN', 'GREEN'] }))).toEqual([
      'Female Offender Strategy',
    ]);
    expect((await list({ unassessed: true })).totalCount).toBe(5);
    expect(titles(await list({ text: 'young people' }))).toEqual(['Youth Perception Survey']);
    expect(titles(await list({ text: 'WORKSHOPS' }))).toEqual(['Female Offender Strategy']);
    expect(await list({ status: ['IN_PROGRESS'], boardId: ids.exec })).toEqual({
      totalCount: 1,
      nodes: [{ title: 'Female Offender Strategy' }],
    });
  });

  it('lists initiatives from their board, priority and lead organisation', async () => {
    const data = await server.ok<{
      board: { initiatives: { nodes: { title: string }[] } };
      priority: { initiatives: { totalCount: number } };
      organisation: { leadsInitiatives: { nodes: { title: string }[] } };
    }>(
      `query ($board: ID!, $priority: ID!, $organisation: ID!) {
        board(id: $board) { initiatives(filter: { status: [IN_PROGRESS] }) { nodes { title } } }
        priority: node(id: $priority) { ... on Priority { initiatives { totalCount } } }
        organisation: node(id: $organisation) { ... on Organisation { leadsInitiatives { nodes { title } } } }
      }`,
      { board: ids.spb, priority: ids.childhoodTrauma, organisation: ids.lcc },
    );
    expect(titles(data.board.initiatives)).toEqual(['CSPs / Partnerships – Performance Packs']);
    expect(data.priority.initiatives.totalCount).toBe(1);
    expect(titles(data.organisation.leadsInitiatives)).toEqual([
      'Volunteer Strategy (Public Sector Volunteering)',
    ]);
  });

  it('pages the portfolio as a connection', async () => {
    const first = await server.ok<{
      initiatives: {
        totalCount: number;
        edges: { node: { title: string } }[];
        pageInfo: { hasNextPage: boolean; endCursor: string };
      };
    }>(
      `{ initiatives(first: 4) { totalCount edges { node { title } } pageInfo { hasNextPage endCursor } } }`,
    );
    expect(first.initiatives.totalCount).toBe(6);
    expect(first.initiatives.edges).toHaveLength(4);
    expect(first.initiatives.pageInfo.hasNextPage).toBe(true);
    const rest = await server.ok<{ initiatives: { nodes: { title: string }[] } }>(
      `query ($after: String) { initiatives(first: 4, after: $after) { nodes { title } } }`,
      { after: first.initiatives.pageInfo.endCursor },
    );
    expect(titles(rest.initiatives)).toEqual(['Youth Perception Survey', 'People Zones']);
  });

  it('counts by status and confidence through initiativeCounts', async () => {
    const data = await server.ok<{
      initiativeCounts: { total: number; byStatus: { status: string; count: number }[] };
    }>(
      `query ($filter: InitiativeFilter) { initiativeCounts(filter: $filter) { total byStatus { status count } } }`,
      { filter: { leadOrganisationId: ids.opcc } },
    );
    expect(data.initiativeCounts.total).toBe(5);
    expect(data.initiativeCounts.byStatus.filter((s) => s.count > 0)).toEqual([
      { status: 'PROPOSED', count: 1 },
      { status: 'NOT_STARTED', count: 1 },
      { status: 'IN_PROGRESS', count: 2 },
      { status: 'TRANSFERRED', count: 1 },
    ]);
  });

  it('finds an initiative with node(id) and gives auditors its history', async () => {
    const data = await server.ok<{
      node: {
        __typename: string;
        title: string;
        history: { totalCount: number; nodes: { eventType: string }[] };
      };
    }>(
      `query ($id: ID!) { node(id: $id) { __typename ... on Initiative { title history { totalCount nodes { eventType } } } } }`,
      { id: ids.trauma },
      'auditor',
    );
    expect(data.node).toEqual({
      __typename: 'Initiative',
      title: 'Trauma Informed Strategy',
      history: {
        totalCount: 2,
        nodes: [{ eventType: 'InitiativeRegistered' }, { eventType: 'InitiativeStatusChanged' }],
      },
    });
    const reader = await server.gql(
      `query ($id: ID!) { initiative(id: $id) { title history { totalCount } } }`,
      { id: ids.trauma },
      'reader',
    );
    expect(reader.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });

  it('answers the portfolio as it stood at an earlier position (asOfPosition)', async () => {
    const registered = await server.ok<{
      initiative: { history: { nodes: { position: number }[] } };
    }>(`query ($id: ID!) { initiative(id: $id) { history { nodes { position } } } }`, {
      id: ids.trauma,
    });
    const [registeredAt] = registered.initiative.history.nodes;
    const then = await server.ok<{ initiative: { status: string; board: { name: string } } }>(
      `query ($id: ID!, $at: Position) { initiative(id: $id, asOfPosition: $at) { status board { name } } }`,
      { id: ids.trauma, at: registeredAt!.position },
    );
    expect(then.initiative).toEqual({
      status: 'IN_PROGRESS',
      board: { name: 'Strategic Partnership Board' },
    });
  });

  it('an unknown initiative id answers null', async () => {
    const data = await server.ok<{ initiative: null }>(
      `{ initiative(id: "0b5a4c1e-7d7e-4a57-9b38-1d2b8f1c9a00") { title } }`,
    );
    expect(data.initiative).toBeNull();
  });
});

describe('refusals answer a coded error and append nothing', () => {
  it('a forbidden status transition is a CONFLICT naming the statuses allowed', async () => {
    const refused = await refusal(server, CHANGE_STATUS, {
      input: { initiativeId: ids.trauma, status: 'EMBEDDED' },
    });
    expect(refused).toEqual({
      code: 'CONFLICT',
      message:
        'initiative "Trauma Informed Strategy" is TRANSFERRED and cannot move to EMBEDDED; ' +
        'allowed next statuses: IN_PROGRESS, TRANSFERRED, COMPLETED, CLOSED',
      appended: 0,
    });
    const answer = await server.gql(CHANGE_STATUS, {
      input: { initiativeId: ids.trauma, status: 'EMBEDDED' },
    });
    expect(answer.errors?.[0]?.extensions?.['details']).toEqual({
      from: 'TRANSFERRED',
      to: 'EMBEDDED',
      allowed: ['IN_PROGRESS', 'TRANSFERRED', 'COMPLETED', 'CLOSED'],
    });
  });

  it('a transfer without a lead, or a closure without a reason, is BAD_USER_INPUT', async () => {
    const noLead = await refusal(server, CHANGE_STATUS, {
      input: { initiativeId: ids.packs, status: 'TRANSFERRED', targetBoardId: ids.vulnerability },
    });
    expect(noLead).toMatchObject({ code: 'BAD_USER_INPUT', appended: 0 });
    expect(noLead.message).toMatch(/lead: a transfer names the lead/);
    const noReason = await refusal(server, CHANGE_STATUS, {
      input: { initiativeId: ids.packs, status: 'CLOSED' },
    });
    expect(noReason).toMatchObject({ code: 'BAD_USER_INPUT', appended: 0 });
    expect(noReason.message).toMatch(/reason: closing an initiative needs a reason/);
  });

  it('an unknown initiative, board or priority is NOT_FOUND', async () => {
    const unknown = '0b5a4c1e-7d7e-4a57-9b38-1d2b8f1c9a00';
    const noInitiative = await refusal(server, SET_CONFIDENCE, {
      input: { initiativeId: unknown, confidence: 'RED', comment: 'x' },
    });
    expect(noInitiative).toEqual({
      code: 'NOT_FOUND',
      message: `initiative ${unknown} does not exist; check the id`,
      appended: 0,
    });
    const noPriority = await refusal(server, REGISTER, {
      input: { title: 'X', owningBoardId: ids.spb, priorityIds: [unknown] },
    });
    expect(noPriority).toMatchObject({ code: 'NOT_FOUND', appended: 0 });
    expect(noPriority.message).toMatch(`priority ${unknown} does not exist`);
  });

  it('a completed milestone cannot be redated (CONFLICT); an empty title is BAD_USER_INPUT', async () => {
    const female = await server.ok<{ initiative: InitiativeData }>(
      `query ($id: ID!) { initiative(id: $id) { ${INITIATIVE_FIELDS} } }`,
      { id: ids.female },
    );
    const redate = await refusal(server, REDATE_MILESTONE, {
      input: {
        initiativeId: ids.female,
        milestoneId: female.initiative.milestones[0]!.id,
        dueOn: '2021-09-30',
        reason: 'x',
      },
    });
    expect(redate).toMatchObject({ code: 'CONFLICT', appended: 0 });
    expect(redate.message).toMatch(/was completed on 2021-07-15; it cannot be redated/);
    const blank = await refusal(server, REGISTER, {
      input: { title: '   ', owningBoardId: ids.spb },
    });
    expect(blank).toMatchObject({ code: 'BAD_USER_INPUT', appended: 0 });
    expect(blank.message).toMatch(/title: must not be empty/);
  });

  it('a reader key may read the portfolio but gets FORBIDDEN on every mutation', async () => {
    const refused = await refusal(
      server,
      REGISTER,
      { input: { title: 'Reader initiative', owningBoardId: ids.spb } },
      'reader',
    );
    expect(refused).toMatchObject({ code: 'FORBIDDEN', appended: 0 });
    expect(await readerCount(server, 'initiatives')).toBe(6);
  });
});

describe('portfolioChanged over server-sent events', () => {
  const SUBSCRIPTION = `subscription ($kinds: [PortfolioEntityKind!], $after: Position) {
    portfolioChanged(kinds: $kinds, after: $after) { kind entityId eventType position actor }
  }`;

  it('tells a reader of each initiative change once the read models include it', async () => {
    const after = await server.head();
    const events = readEvents(server, SUBSCRIPTION, { kinds: ['INITIATIVE'], after }, 2);
    await server.ok(RECORD_NEXT_STEPS, {
      input: { initiativeId: ids.youth, nextSteps: 'Agree the questions with the force and CSPs' },
    });
    await server.ok(SET_CONFIDENCE, {
      input: { initiativeId: ids.youth, confidence: 'GREEN', comment: 'In the initial stages' },
    });
    const received = (await events) as { data: { portfolioChanged: Record<string, unknown> } }[];
    expect(received.map((e) => e.data.portfolioChanged)).toEqual([
      {
        kind: 'INITIATIVE',
        entityId: ids.youth,
        eventType: 'NextStepsRecorded',
        position: after + 1,
        actor: 'test-office',
      },
      {
        kind: 'INITIATIVE',
        entityId: ids.youth,
        eventType: 'DeliveryConfidenceSet',
        position: after + 2,
        actor: 'test-office',
      },
    ]);
  });

  it('closes its store subscription when the subscriber hangs up', async () => {
    const store = server.tracker.services.store;
    const subscribeToAll = store.subscribeToAll;
    let opened = 0;
    let closed = 0;
    store.subscribeToAll = (options) => {
      opened++;
      const subscription = subscribeToAll.call(store, options);
      const close = subscription.close.bind(subscription);
      subscription.close = () => {
        closed++;
        return close();
      };
      return subscription;
    };
    try {
      const after = await server.head();
      const events = readEvents(server, SUBSCRIPTION, { after }, 1);
      await server.ok(RECORD_NEXT_STEPS, {
        input: { initiativeId: ids.youth, nextSteps: 'Pilot the survey in two CSP areas' },
      });
      expect(await events).toHaveLength(1);
      await vi.waitFor(() => expect(closed).toBe(1));
      expect(opened).toBe(1);
    } finally {
      store.subscribeToAll = subscribeToAll;
    }
  });

  it('a subscription without a key is refused', async () => {
    const { text } = await server.request('/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'text/event-stream' },
      body: JSON.stringify({ query: SUBSCRIPTION, variables: {} }),
    });
    expect(text).toMatch(/UNAUTHENTICATED/);
  });
});

describe('the SPB portfolio in the LLR demo data (paper 002, March 2021)', () => {
  const demo = useServer({ TRACKER_SEED: 'on' });

  it('lists the initiatives the paper reports, with their boards, leads and next steps', async () => {
    const data = await demo.ok<{
      initiatives: {
        totalCount: number;
        nodes: {
          title: string;
          status: string;
          board: { name: string };
          leadOfficers: { name: string }[];
          leadOrganisations: { shortName: string | null; name: string }[];
          priorities: { title: string }[];
          nextSteps: { text: string } | null;
        }[];
      };
    }>(`{ initiatives(first: 100) { totalCount nodes {
      title status board { name } leadOfficers { name } leadOrganisations { name shortName }
      priorities { title } nextSteps { text }
    } } }`);
    const byTitle = new Map(data.initiatives.nodes.map((i) => [i.title, i]));
    expect([...byTitle.keys()]).toEqual(
      expect.arrayContaining([
        'Trauma Informed Strategy',
        'Female Offender Strategy',
        'Youth Perception Survey',
        'Volunteer Strategy (Public Sector Volunteering)',
        'CSPs / Partnerships – Performance Packs',
      ]),
    );
    const female = byTitle.get('Female Offender Strategy')!;
    expect(female.status).toBe('IN_PROGRESS');
    expect(female.board.name).toMatch(/SPB Executive/);
    expect(female.leadOfficers.map((o) => o.name)).toEqual(['Liz McDermott', 'Claire Morley']);
    expect(female.nextSteps?.text).toMatch(/Deliver two workshops over the next two months/);
    const trauma = byTitle.get('Trauma Informed Strategy')!;
    expect(trauma.leadOfficers.map((o) => o.name)).toEqual([
      'Grace Strong',
      'Paul Hindson',
      'Matthew Wakely',
    ]);
    expect(trauma.priorities.map((p) => p.title.toLowerCase())).toEqual([
      expect.stringContaining('childhood trauma'),
    ]);
    expect(female.leadOrganisations.map((o) => o.shortName ?? o.name)).toContain('OPCC');
    const counts = await demo.ok<{ initiativeCounts: { total: number } }>(
      '{ initiativeCounts { total } }',
    );
    expect(counts.initiativeCounts.total).toBe(data.initiatives.totalCount);
  });
});
