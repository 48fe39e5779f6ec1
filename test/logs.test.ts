import { beforeAll, describe, expect, it } from 'vitest';
import {
  establishBoard,
  mutation,
  readEvents,
  readerCount,
  refusal,
  registerOrganisation,
} from './support/portfolio-setup';
import { useServer } from './support/server';

/**
 * The action log and the issue log over HTTP: the LSCSB Action Log as the agenda pack of
 * 17 June 2022 prints it, and the SPB Issues Log of June 2018.
 */

const server = useServer();
let lscsb = '';
let spb = '';
const OPCC = '7a1f0c2e-1d2b-4c3d-8e4f-000000000011';
const POLICE = '7a1f0c2e-1d2b-4c3d-8e4f-000000000012';

const ACTION_FIELDS = `action { id number raisedOn action responsibleOfficers dueOn status rag open
  completedOn comments { comment commentedOn } ragHistory { rag previousRag setOn } board { name } }`;
const LOG_ACTION = mutation('logAction', ACTION_FIELDS);
const COMMENT = mutation('commentOnAction', ACTION_FIELDS);
const SET_RAG = mutation('setActionRag', ACTION_FIELDS);
const COMPLETE = mutation('completeAction', ACTION_FIELDS);

interface ActionData {
  id: string;
  number: number;
  status: string;
  [k: string]: unknown;
}

/** The log as printed: number, date raised, action, officers, comment, status, and a due date read from the action's words. */
const JUNE_2022_LOG: [number, string, string, string[], string, 'AMBER' | null, string | null][] = [
  [
    1,
    '2020-06-26',
    'Leicestershire Police to provide a report to a future meeting of the Board regarding lessons learned from the Covid-19 pandemic and how the Force will operate in future.',
    ['Rik Basra', 'Adam Slonecki'],
    'This will be an item for a future Board meeting. This will form, part of a broader discussion to include all districts.',
    'AMBER',
    null,
  ],
  [
    2,
    '2021-06-18',
    'Arrange for LSCSB members to attend Glen Parva Prison site visit',
    ['Nick Dann', 'Raj Singh'],
    'Site visit to be postponed and rearranged due to Covid restrictions.',
    'AMBER',
    null,
  ],
  [
    3,
    '2021-09-24',
    'Further presentation from Warning Zone in September 2022',
    ['Elaine Stevenson'],
    '',
    null,
    '2022-09-30',
  ],
  [
    4,
    '2021-12-10',
    'Regular updates on work of ASB System Governance Coordination officer to come to Board including March 2022 meeting.',
    ['Rik Basra', 'Charlotte Keedwell'],
    'Further update on the June 2022 agenda.',
    'AMBER',
    '2022-03-18',
  ],
  [
    5,
    '2021-12-10',
    'Update on DSVa service in particular case management system to come to Board in 6 months time',
    ['Joshna Mavji'],
    'This is on the June 2022 agenda',
    'AMBER',
    '2022-06-10',
  ],
  [
    7,
    '2022-03-18',
    'Training on Modern Slavery to be arranged for local authority officers and LSCSB members.',
    ['Gary Bee', 'Rik Basra'],
    "Gary Bee has agreed a bespoke training session and this will be arranged shortly subject to Gary's availability.",
    'AMBER',
    null,
  ],
  [
    8,
    '2022-03-18',
    'Invite Kevin Wright/Lucy Batchelor to a future meeting of the Board to explain how the MARAC repeat referral rate has been reduced. Agenda item to also cover the results of the MARAC review.',
    ['Rik Basra'],
    'This is on the June 2022 agenda',
    'AMBER',
    null,
  ],
  [
    9,
    '2022-03-18',
    'Regional Prevent Advisor to attend a future Board meeting once the outcome of the Lord Shawcross review is known to set out the implications for Prevent in the region.',
    ['Rik Basra', 'Ian Stubbs'],
    'Noted; Ian has agreed to attend and update in the future per the request.',
    'AMBER',
    null,
  ],
];

/** The status column of the June 2022 log, number by number (6 was done and dropped). */
const AS_PRINTED = JUNE_2022_LOG.map(([number, , , , , rag]) => [number, rag ?? 'NOT_RATED']);

const actionIds: Record<number, string> = {};

async function listActions(filter: Record<string, unknown>) {
  const data = await server.ok<{
    actions: { totalCount: number; nodes: { number: number }[] };
  }>(`query ($filter: ActionFilter) { actions(filter: $filter) { totalCount nodes { number } } }`, {
    filter,
  });
  return data.actions.nodes.map((a) => a.number);
}

beforeAll(async () => {
  lscsb = await establishBoard(server, 'Leicestershire Safer Communities Strategy Board');
  spb = await establishBoard(server, 'Strategic Partnership Board');
  await registerOrganisation(
    server,
    OPCC,
    'Office of the Police and Crime Commissioner',
    'OPCC',
    'OPCC',
  );
  await registerOrganisation(server, POLICE, 'Leicestershire Police', 'POLICE');
});

describe('the LSCSB action log of June 2022', () => {
  it('logs each action with its number, officers and due date, comments and RAG', async () => {
    for (const [
      number,
      raisedOn,
      action,
      responsibleOfficers,
      comment,
      rag,
      dueOn,
    ] of JUNE_2022_LOG) {
      const logged = await server.ok<{ logAction: { action: ActionData } }>(LOG_ACTION, {
        input: { boardId: lscsb, number, raisedOn, action, responsibleOfficers, dueOn },
        options: { occurredAt: raisedOn },
      });
      actionIds[number] = logged.logAction.action.id;
      expect(logged.logAction.action).toMatchObject({
        number,
        raisedOn,
        responsibleOfficers,
        dueOn,
        status: 'NOT_RATED',
        open: true,
        board: { name: 'Leicestershire Safer Communities Strategy Board' },
      });
      if (comment)
        await server.ok(COMMENT, {
          input: { boardId: lscsb, number, comment, commentedOn: '2022-06-17' },
        });
      if (rag) {
        const rated = await server.ok<{ setActionRag: { action: ActionData } }>(SET_RAG, {
          input: { boardId: lscsb, actionId: actionIds[number], rag, setOn: '2022-06-17' },
        });
        expect(rated.setActionRag.action).toMatchObject({
          number,
          status: 'AMBER',
          rag: 'AMBER',
          ragHistory: [{ rag: 'AMBER', previousRag: null, setOn: '2022-06-17' }],
        });
      }
    }
  });

  it('lists the log in number order, gaps kept, with the status column', async () => {
    const data = await server.ok<{
      actions: {
        totalCount: number;
        nodes: { number: number; status: string; comments: unknown[] }[];
      };
    }>(
      `query ($filter: ActionFilter) { actions(filter: $filter) { totalCount nodes { number status comments { comment } } } }`,
      { filter: { boardId: lscsb } },
    );
    expect(data.actions.totalCount).toBe(8);
    expect(data.actions.nodes.map((a) => [a.number, a.status])).toEqual(AS_PRINTED);
    expect(data.actions.nodes[2]!.comments).toEqual([]);
  });

  it('filters by owner and by what was overdue on a date', async () => {
    expect(await listActions({ owner: 'rik basra' })).toEqual([1, 4, 7, 8, 9]);
    expect(await listActions({ overdueAt: '2022-06-17' })).toEqual([4, 5]);
    expect(await listActions({ overdueAt: '2022-06-10' })).toEqual([4]);
    expect(await listActions({ overdueAt: '2022-10-01' })).toEqual([3, 4, 5]);
    expect(await listActions({ status: ['NOT_RATED'] })).toEqual([3]);
  });

  it('completes the actions presented on the June 2022 agenda', async () => {
    for (const number of [4, 5, 8]) {
      const done = await server.ok<{ completeAction: { action: ActionData } }>(COMPLETE, {
        input: {
          boardId: lscsb,
          number,
          completedOn: '2022-06-17',
          comment: 'Presented to the Board on 17 June 2022',
        },
      });
      expect(done.completeAction.action).toMatchObject({
        number,
        status: 'COMPLETE',
        rag: 'AMBER',
        open: false,
        completedOn: '2022-06-17',
      });
    }
    expect(await listActions({ open: true })).toEqual([1, 2, 3, 7, 9]);
    expect(await listActions({ open: false })).toEqual([4, 5, 8]);
    // Overdue is judged as things stood on the day: completed on 17 June, overdue until then.
    expect(await listActions({ overdueAt: '2022-06-16' })).toEqual([4, 5]);
    expect(await listActions({ overdueAt: '2022-06-17' })).toEqual([]);
    expect(await listActions({ boardId: spb })).toEqual([]);
  });

  it('reads one action with its comments, overdue on a date, and its own history only', async () => {
    const data = await server.ok<{
      action: {
        number: number;
        overdue: boolean;
        notYet: boolean;
        comments: { comment: string; commentedOn: string }[];
        history: { nodes: { eventType: string; data: { number: number } }[] };
      };
    }>(
      `query ($id: ID!) { action(id: $id) {
        number overdue(on: "2022-06-16") notYet: overdue(on: "2022-06-10")
        comments { comment commentedOn } history { nodes { eventType data } } } }`,
      { id: actionIds[5] },
      'auditor',
    );
    expect(data.action).toMatchObject({ number: 5, overdue: true, notYet: false });
    expect(data.action.comments).toEqual([
      { comment: 'This is on the June 2022 agenda', commentedOn: '2022-06-17' },
      { comment: 'Presented to the Board on 17 June 2022', commentedOn: '2022-06-17' },
    ]);
    expect(data.action.history.nodes.map((c) => c.eventType)).toEqual([
      'ActionLogged',
      'ActionCommented',
      'ActionRagSet',
      'ActionCompleted',
    ]);
    expect(data.action.history.nodes.every((c) => c.data.number === 5)).toBe(true);
    const node = await server.ok<{ node: { __typename: string; number: number } }>(
      `query ($id: ID!) { node(id: $id) { __typename ... on Action { number } } }`,
      { id: actionIds[9] },
    );
    expect(node.node).toEqual({ __typename: 'Action', number: 9 });
  });

  it('lists the action and issue logs of a board from the board', async () => {
    const data = await server.ok<{
      board: { actions: { nodes: { number: number }[] }; issues: { totalCount: number } };
    }>(
      `query ($id: ID!) { board(id: $id) {
        actions(filter: { open: true, owner: "Rik Basra" }) { nodes { number } }
        issues { totalCount }
      } }`,
      { id: lscsb },
    );
    expect(data.board.actions.nodes.map((a) => a.number)).toEqual([1, 7, 9]);
    expect(data.board.issues.totalCount).toBe(0);
  });

  it('a retried logAction appends nothing and answers the same action', async () => {
    const variables = {
      input: {
        boardId: lscsb,
        number: 12,
        raisedOn: '2022-06-17',
        action: 'Share the Prevent update with district councils',
        responsibleOfficers: ['Ian Stubbs'],
      },
      options: { commandId: '3b7c9e2a-6d4f-4a1b-8c5e-9f0a1b2c3d4e' },
    };
    type Logged = { logAction: { replayed: boolean; action: ActionData } };
    const first = await server.ok<Logged>(LOG_ACTION, variables);
    // Another action changes the log in between: the retry still answers its own action.
    await server.ok(COMMENT, { input: { boardId: lscsb, number: 1, comment: 'Reviewed' } });
    const before = await server.head();
    const retry = await server.ok<Logged>(LOG_ACTION, variables);
    expect(retry.logAction.replayed).toBe(true);
    expect(retry.logAction.action).toEqual(first.logAction.action);
    expect(retry.logAction.action.number).toBe(12);
    expect(await server.head()).toBe(before);
  });

  it('takes the next number when none is given', async () => {
    const logged = await server.ok<{ logAction: { action: ActionData } }>(LOG_ACTION, {
      input: {
        boardId: lscsb,
        raisedOn: '2022-06-17',
        action: 'Circulate the MARAC review findings to Board members',
        responsibleOfficers: ['Rik Basra'],
      },
    });
    expect(logged.logAction.action.number).toBe(13);
  });
});

describe('action log refusals answer a coded error and append nothing', () => {
  it('a number already on the log is a CONFLICT naming the next free number', async () => {
    const refused = await refusal(server, LOG_ACTION, {
      input: {
        boardId: lscsb,
        number: 5,
        raisedOn: '2022-06-17',
        action: 'Duplicate',
        responsibleOfficers: ['Rik Basra'],
      },
    });
    expect(refused).toMatchObject({ code: 'CONFLICT', appended: 0 });
    expect(refused.message).toMatch(/action 5 is already on the log .* e\.g\. 14/);
  });

  it('an action not on the log (6 was dropped) is NOT_FOUND', async () => {
    const refused = await refusal(server, SET_RAG, {
      input: { boardId: lscsb, number: 6, rag: 'GREEN' },
    });
    expect(refused).toMatchObject({ code: 'NOT_FOUND', appended: 0 });
    expect(refused.message).toMatch(/action 6 is not on the action log/);
  });

  it('rating a completed action, or the same rating again, is a CONFLICT', async () => {
    const completed = await refusal(server, SET_RAG, {
      input: { boardId: lscsb, number: 4, rag: 'GREEN' },
    });
    expect(completed).toMatchObject({ code: 'CONFLICT', appended: 0 });
    expect(completed.message).toMatch(/action 4 was completed on 2022-06-17; it cannot be rated/);
    const same = await refusal(server, SET_RAG, {
      input: { boardId: lscsb, number: 9, rag: 'AMBER' },
    });
    expect(same).toMatchObject({ code: 'CONFLICT', appended: 0 });
    expect(same.message).toMatch(/action 9 is already AMBER/);
  });

  it('no responsible officer, or a due date before the date raised, is BAD_USER_INPUT', async () => {
    const noOfficer = await refusal(server, LOG_ACTION, {
      input: { boardId: lscsb, raisedOn: '2022-06-17', action: 'X', responsibleOfficers: [] },
    });
    expect(noOfficer).toMatchObject({ code: 'BAD_USER_INPUT', appended: 0 });
    expect(noOfficer.message).toMatch(/responsibleOfficers: must name at least one/);
    const early = await refusal(server, LOG_ACTION, {
      input: {
        boardId: lscsb,
        raisedOn: '2022-06-17',
        action: 'X',
        responsibleOfficers: ['Rik Basra'],
        dueOn: '2022-01-01',
      },
    });
    expect(early).toMatchObject({ code: 'BAD_USER_INPUT', appended: 0 });
    expect(early.message).toMatch(/dueOn/);
  });

  it('a reader key gets FORBIDDEN on action mutations but reads the log', async () => {
    const refused = await refusal(
      server,
      COMMENT,
      { input: { boardId: lscsb, number: 1, comment: 'From another system' } },
      'reader',
    );
    expect(refused).toMatchObject({ code: 'FORBIDDEN', appended: 0 });
    expect(await readerCount(server, 'actions')).toBe(10);
  });
});

const ISSUE_FIELDS = `issue { id title category status raisedOn board { name }
  raisedBy { organisationId person organisation { name } } assignee { organisationId person }
  assignments { assignee { organisationId person } previousAssignee { organisationId } assignedOn }
  resolution { text resolvedOn } closure { reason closedOn from } }`;
const LOG_ISSUE = mutation('logIssue', ISSUE_FIELDS);
const ASSIGN = mutation('assignIssue', ISSUE_FIELDS);
const RESOLVE = mutation('resolveIssue', ISSUE_FIELDS);
const CLOSE = mutation('closeIssue', ISSUE_FIELDS);

describe('the SPB issues log of June 2018', () => {
  const issues: Record<string, string> = {};
  const logIssue = async (key: string, title: string, category: string, description: string) => {
    const data = await server.ok<{ logIssue: { issue: { id: string } } }>(LOG_ISSUE, {
      input: {
        boardId: spb,
        title,
        description,
        category,
        raisedBy: { organisationId: OPCC },
        raisedOn: '2018-06-08',
      },
    });
    issues[key] = data.logIssue.issue.id;
    return data.logIssue.issue;
  };

  it('logs the issues the programme office gathered', async () => {
    const demand = await logIssue(
      'demand',
      'Managing inter-agency reactive demand',
      'Reactive demand',
      'Services deal with a short term issue without addressing the underlying problem',
    );
    expect(demand).toMatchObject({
      title: 'Managing inter-agency reactive demand',
      status: 'OPEN',
      raisedOn: '2018-06-08',
      board: { name: 'Strategic Partnership Board' },
      raisedBy: {
        organisationId: OPCC,
        person: null,
        organisation: { name: 'Office of the Police and Crime Commissioner' },
      },
      assignee: null,
    });
    await logIssue(
      'change',
      'Internally focussed change disrupting partner organisations',
      'Change and transformation',
      'Change programmes across SPB member organisations may disrupt partners',
    );
    await logIssue(
      'infrastructure',
      'Insufficient SPB infrastructure to deliver its ambitions',
      'Infrastructure',
      'The OPCC secretariat has not enabled the SPB to build longer term plans',
    );
  });

  it('assigns, resolves and closes issues, keeping every step', async () => {
    await server.ok(ASSIGN, {
      input: {
        issueId: issues['demand'],
        assignee: { organisationId: POLICE },
        assignedOn: '2018-07-10',
      },
    });
    const reassigned = await server.ok<{ assignIssue: { issue: Record<string, unknown> } }>(
      ASSIGN,
      {
        input: {
          issueId: issues['demand'],
          assignee: { person: 'People Zones project lead' },
          assignedOn: '2018-09-01',
        },
      },
    );
    expect(reassigned.assignIssue.issue).toMatchObject({
      assignee: { organisationId: null, person: 'People Zones project lead' },
      assignments: [
        {
          assignee: { organisationId: POLICE, person: null },
          previousAssignee: null,
          assignedOn: '2018-07-10',
        },
        {
          assignee: { organisationId: null, person: 'People Zones project lead' },
          previousAssignee: { organisationId: POLICE },
          assignedOn: '2018-09-01',
        },
      ],
    });
    const resolved = await server.ok<{ resolveIssue: { issue: Record<string, unknown> } }>(
      RESOLVE,
      {
        input: {
          issueId: issues['infrastructure'],
          resolution:
            'The OPCC has built a programme office capability, with a dedicated resource from April 2018',
          resolvedOn: '2018-06-08',
        },
      },
    );
    expect(resolved.resolveIssue.issue).toMatchObject({
      status: 'RESOLVED',
      resolution: { resolvedOn: '2018-06-08' },
    });
    const closed = await server.ok<{ closeIssue: { issue: Record<string, unknown> } }>(CLOSE, {
      input: {
        issueId: issues['change'],
        reason: 'A Change and Transformation Board has been established',
        closedOn: '2018-07-10',
      },
    });
    expect(closed.closeIssue.issue).toMatchObject({
      status: 'CLOSED',
      closure: {
        reason: 'A Change and Transformation Board has been established',
        closedOn: '2018-07-10',
        from: 'OPEN',
      },
    });
  });

  it('lists the log filtered by board, status and category', async () => {
    const list = async (filter: Record<string, unknown>) =>
      (
        await server.ok<{ issues: { totalCount: number; nodes: { title: string }[] } }>(
          `query ($filter: IssueFilter) { issues(filter: $filter) { totalCount nodes { title } } }`,
          { filter },
        )
      ).issues.nodes.map((i) => i.title);
    expect(await list({ boardId: spb })).toEqual([
      'Managing inter-agency reactive demand',
      'Internally focussed change disrupting partner organisations',
      'Insufficient SPB infrastructure to deliver its ambitions',
    ]);
    expect(await list({ status: ['OPEN', 'RESOLVED'] })).toEqual([
      'Managing inter-agency reactive demand',
      'Insufficient SPB infrastructure to deliver its ambitions',
    ]);
    expect(await list({ category: 'reactive demand' })).toEqual([
      'Managing inter-agency reactive demand',
    ]);
    expect(await list({ boardId: lscsb })).toEqual([]);
    const one = await server.ok<{ issue: { title: string; history: { totalCount: number } } }>(
      `query ($id: ID!) { issue(id: $id) { title history { totalCount } } }`,
      { id: issues['demand'] },
    );
    expect(one.issue).toEqual({
      title: 'Managing inter-agency reactive demand',
      history: { totalCount: 3 },
    });
  });

  it('refuses with codes and appends nothing', async () => {
    const again = await refusal(server, RESOLVE, {
      input: { issueId: issues['infrastructure'], resolution: 'Again' },
    });
    expect(again).toMatchObject({ code: 'CONFLICT', appended: 0 });
    expect(again.message).toMatch(/was resolved on 2018-06-08, so it cannot be resolved again/);
    const nobody = await refusal(server, ASSIGN, {
      input: { issueId: issues['demand'], assignee: {} },
    });
    expect(nobody).toMatchObject({ code: 'BAD_USER_INPUT', appended: 0 });
    expect(nobody.message).toMatch(/name the organisation \(organisationId\) or the person/);
    const unknown = '0b5a4c1e-7d7e-4a57-9b38-1d2b8f1c9a00';
    const missing = await refusal(server, CLOSE, { input: { issueId: unknown, reason: 'x' } });
    expect(missing).toEqual({
      code: 'NOT_FOUND',
      message: `issue ${unknown} does not exist; check the id`,
      appended: 0,
    });
    const reader = await refusal(
      server,
      LOG_ISSUE,
      {
        input: {
          boardId: spb,
          title: 'X',
          description: 'X',
          category: 'X',
          raisedBy: { person: 'A reader' },
        },
      },
      'reader',
    );
    expect(reader).toMatchObject({ code: 'FORBIDDEN', appended: 0 });
  });
});

describe('portfolioChanged tells other systems of action changes', () => {
  it('sends each change to an action, with the action id, and leaves out kinds not asked for', async () => {
    const after = await server.head();
    const events = readEvents(
      server,
      `subscription ($after: Position) {
        portfolioChanged(kinds: [ACTION], after: $after) { kind entityId eventType position }
      }`,
      { after },
      2,
    );
    await server.ok(COMMENT, {
      input: { boardId: lscsb, number: 2, comment: 'Site visit to be rearranged for autumn 2022' },
    });
    await server.ok(LOG_ISSUE, {
      input: {
        boardId: spb,
        title: 'Not an action',
        description: 'An issue, which a subscriber to actions is not told of',
        category: 'Test',
        raisedBy: { organisationId: OPCC },
      },
    });
    await server.ok(COMPLETE, {
      input: { boardId: lscsb, number: 2, completedOn: '2022-09-30' },
    });
    const received = (await events) as { data: { portfolioChanged: Record<string, unknown> } }[];
    expect(received.map((e) => e.data.portfolioChanged)).toEqual([
      { kind: 'ACTION', entityId: actionIds[2], eventType: 'ActionCommented', position: after + 1 },
      { kind: 'ACTION', entityId: actionIds[2], eventType: 'ActionCompleted', position: after + 3 },
    ]);
  });
});

describe('the logs in the LLR demo data', () => {
  const demo = useServer({ TRACKER_SEED: 'on' });

  it('holds the LSCSB action log of June 2022 as printed (paper 003)', async () => {
    const data = await demo.ok<{
      boards: {
        nodes: {
          name: string;
          actions: { nodes: { number: number; status: string; responsibleOfficers: string[] }[] };
        }[];
      };
    }>(`{ boards(first: 100, filter: { text: "Safer Communities" }) { nodes {
      name actions { nodes { number status responsibleOfficers } }
    } } }`);
    const lscsbLog = data.boards.nodes.find((b) => b.actions.nodes.length > 0)!;
    expect(lscsbLog.actions.nodes.map((a) => [a.number, a.status])).toEqual(AS_PRINTED);
    expect(
      lscsbLog.actions.nodes
        .filter((a) => a.responsibleOfficers.includes('Rik Basra'))
        .map((a) => a.number),
    ).toEqual([1, 4, 7, 8, 9]);
  });

  it('holds the SPB issues log of June 2018 (paper 001)', async () => {
    const data = await demo.ok<{ issues: { nodes: { title: string; status: string }[] } }>(
      '{ issues(first: 100) { nodes { title status } } }',
    );
    expect(data.issues.nodes).toEqual(
      expect.arrayContaining([
        { title: 'Managing inter-agency reactive demand', status: 'OPEN' },
        { title: 'Internally focussed change disrupting partner organisations', status: 'OPEN' },
        { title: 'Insufficient SPB infrastructure to deliver its ambitions', status: 'OPEN' },
      ]),
    );
  });
});
