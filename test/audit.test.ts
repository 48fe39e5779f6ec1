import { beforeAll, describe, expect, it } from 'vitest';
import { useServer } from './support/server';

/**
 * The auditor's view over HTTP: an initiative of the March 2021 portfolio (paper 002) moved
 * three times on three dates; its history with who, when and why; the portfolio as it stood
 * between the second and third change; what a decision changed; reader keys refused.
 */

const server = useServer();
let initiativeId: string;
let decisionId: string;
const tick = () => new Promise((resolve) => setTimeout(resolve, 5));

interface Change {
  eventType: string;
  actor: string;
  role: string;
  reason: string | null;
  occurredAt: string;
  recordedAt: string;
  position: number;
  decisionId: string | null;
  data: { status?: string; to?: string };
}

const CHANGE_FIELDS = 'eventType actor role reason occurredAt recordedAt position decisionId data';

async function run<T>(query: string, variables: Record<string, unknown>): Promise<T> {
  return server.ok<T>(query, variables);
}

beforeAll(async () => {
  const board = await run<{ establishBoard: { board: { id: string } } }>(
    'mutation { establishBoard(input: { name: "Strategic Partnership Board" }, options: { occurredAt: "2016-12-08" }) { board { id } } }',
    {},
  );
  const boardId = board.establishBoard.board.id;
  const meeting = await run<{ scheduleMeeting: { meeting: { id: string } } }>(
    `mutation ($boardId: ID!) { scheduleMeeting(input: { boardId: $boardId, date: "2021-03-19", theme: "Portfolio review" }) { meeting { id } } }`,
    { boardId },
  );
  const decision = await run<{ recordDecision: { decision: { id: string } } }>(
    `mutation ($boardId: ID!, $meetingId: ID!) {
      recordDecision(input: { boardId: $boardId, meetingId: $meetingId, kind: AGREED,
        resolution: "The Trauma Informed Strategy is embedded in partners' practice", concerns: [] },
        options: { occurredAt: "2021-03-19" }) { decision { id } } }`,
    { boardId, meetingId: meeting.scheduleMeeting.meeting.id },
  );
  decisionId = decision.recordDecision.decision.id;
  const registered = await run<{ registerInitiative: { initiative: { id: string } } }>(
    `mutation ($boardId: ID!) {
      registerInitiative(input: { title: "Trauma Informed Strategy", owningBoardId: $boardId,
        status: NOT_STARTED, registeredOn: "2020-09-01" }, options: { occurredAt: "2020-09-01" }) {
        initiative { id } } }`,
    { boardId },
  );
  initiativeId = registered.registerInitiative.initiative.id;
  const moves: [string, string, string, string | null][] = [
    ['IN_PROGRESS', '2020-10-15', 'Strategy drafting began', null],
    ['EMBEDDED', '2021-02-25', 'Adopted by the Vulnerability Executive', null],
    ['COMPLETED', '2021-03-19', 'Signed off at the SPB', decisionId],
  ];
  for (const [status, on, reason, cited] of moves) {
    await tick();
    await run(
      `mutation ($id: ID!, $status: InitiativeStatus!, $on: String!, $reason: String!, $decisionId: ID) {
        changeInitiativeStatus(input: { initiativeId: $id, status: $status, effectiveOn: $on, decisionId: $decisionId },
          options: { occurredAt: $on, reason: $reason }) { initiative { status } } }`,
      { id: initiativeId, status, on, reason, decisionId: cited },
    );
  }
});

async function history(): Promise<Change[]> {
  const data = await server.ok<{ initiative: { history: { nodes: Change[] } } }>(
    `query ($id: ID!) { initiative(id: $id) { history { nodes { ${CHANGE_FIELDS} } } } }`,
    { id: initiativeId },
    'auditor',
  );
  return data.initiative.history.nodes;
}

describe('an initiative’s history', () => {
  it('shows every change with who made it, when (business and recorded), why and under which decision', async () => {
    const changes = await history();
    expect(
      changes.map((c) => [
        c.eventType,
        c.data.to ?? c.data.status ?? null,
        c.occurredAt,
        c.reason,
        c.actor,
      ]),
    ).toEqual([
      ['InitiativeRegistered', 'NOT_STARTED', '2020-09-01', null, 'test-office'],
      [
        'InitiativeStatusChanged',
        'IN_PROGRESS',
        '2020-10-15',
        'Strategy drafting began',
        'test-office',
      ],
      [
        'InitiativeStatusChanged',
        'EMBEDDED',
        '2021-02-25',
        'Adopted by the Vulnerability Executive',
        'test-office',
      ],
      [
        'InitiativeStatusChanged',
        'COMPLETED',
        '2021-03-19',
        'Signed off at the SPB',
        'test-office',
      ],
    ]);
    expect(changes.every((c) => c.role === 'OFFICE')).toBe(true);
    expect(changes.map((c) => c.decisionId)).toEqual([null, null, null, decisionId]);
    const recorded = changes.map((c) => Date.parse(c.recordedAt));
    expect([...recorded].sort((a, b) => a - b)).toEqual(recorded);
  });

  it('pages, oldest first', async () => {
    const data = await server.ok<{
      initiative: {
        history: { totalCount: number; nodes: Change[]; pageInfo: { hasNextPage: boolean } };
      };
    }>(
      `query ($id: ID!) { initiative(id: $id) { history(first: 2) { totalCount pageInfo { hasNextPage } nodes { ${CHANGE_FIELDS} } } } }`,
      { id: initiativeId },
      'auditor',
    );
    expect(data.initiative.history.totalCount).toBe(4);
    expect(data.initiative.history.pageInfo.hasNextPage).toBe(true);
    expect(data.initiative.history.nodes.map((c) => c.eventType)).toEqual([
      'InitiativeRegistered',
      'InitiativeStatusChanged',
    ]);
  });
});

describe('as of a past point', () => {
  const STATUS_AS_OF = `query ($id: ID!, $asOf: DateTime, $asOfPosition: Position) {
    initiative(id: $id, asOf: $asOf, asOfPosition: $asOfPosition) { status statusSince } }`;

  it('answers with the initiative as the office knew it between the second and third change', async () => {
    const [, , second, third] = await history();
    expect(Date.parse(third!.recordedAt)).toBeGreaterThan(Date.parse(second!.recordedAt));
    const byTime = await server.ok<{ initiative: { status: string; statusSince: string } }>(
      STATUS_AS_OF,
      { id: initiativeId, asOf: second!.recordedAt },
      'auditor',
    );
    expect(byTime.initiative).toEqual({ status: 'EMBEDDED', statusSince: '2021-02-25' });
    const byPosition = await server.ok<{ initiative: { status: string } }>(
      STATUS_AS_OF,
      { id: initiativeId, asOfPosition: third!.position - 1 },
      'auditor',
    );
    expect(byPosition.initiative.status).toBe('EMBEDDED');
    const now = await server.ok<{ initiative: { status: string } }>(STATUS_AS_OF, {
      id: initiativeId,
    });
    expect(now.initiative.status).toBe('COMPLETED');
  });

  it('knows nothing of the initiative before it was recorded', async () => {
    const [registered] = await history();
    const before = await server.ok<{ initiative: null }>(
      STATUS_AS_OF,
      { id: initiativeId, asOfPosition: registered!.position - 1 },
      'auditor',
    );
    expect(before.initiative).toBeNull();
  });
});

describe('what a decision changed', () => {
  it('lists every change recorded under it, across entities', async () => {
    const data = await server.ok<{
      decision: { changes: { totalCount: number; nodes: Change[] } };
    }>(
      `query ($id: ID!) { decision(id: $id) { changes { totalCount nodes { ${CHANGE_FIELDS} } } } }`,
      { id: decisionId },
      'auditor',
    );
    expect(data.decision.changes.totalCount).toBe(1);
    expect(data.decision.changes.nodes[0]).toMatchObject({
      eventType: 'InitiativeStatusChanged',
      decisionId,
      reason: 'Signed off at the SPB',
      data: { from: 'EMBEDDED', to: 'COMPLETED' },
    });
  });
});

describe('reader keys', () => {
  it('are refused history, decision changes and time travel', async () => {
    const queries: [string, Record<string, unknown>][] = [
      ['query ($id: ID!) { initiative(id: $id) { history { totalCount } } }', { id: initiativeId }],
      ['query ($id: ID!) { decision(id: $id) { changes { totalCount } } }', { id: decisionId }],
      [
        'query ($id: ID!) { initiative(id: $id, asOfPosition: 1) { status } }',
        { id: initiativeId },
      ],
    ];
    for (const [query, variables] of queries) {
      const result = await server.gql(query, variables, 'reader');
      expect(result.errors?.[0]?.extensions?.code, query).toBe('FORBIDDEN');
    }
    const current = await server.ok<{ initiative: { status: string } }>(
      'query ($id: ID!) { initiative(id: $id) { status } }',
      { id: initiativeId },
      'reader',
    );
    expect(current.initiative.status).toBe('COMPLETED');
  });
});
