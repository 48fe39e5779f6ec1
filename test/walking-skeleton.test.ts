import { describe, expect, it } from 'vitest';
import { KEYS, useServer } from './support/server';

/** The walking skeleton over HTTP: mutation -> command -> events -> projection -> query. */

const server = useServer();

const ESTABLISH = /* GraphQL */ `
  mutation ($input: EstablishBoardInput!, $options: CommandOptions) {
    establishBoard(input: $input, options: $options) {
      commandId
      position
      version
      replayed
      board {
        id
        name
        purpose
        chair {
          name
          role
        }
        parent {
          id
          name
        }
        established {
          at
          by
        }
      }
    }
  }
`;

const AGREE = /* GraphQL */ `
  mutation ($input: AgreePriorityInput!) {
    agreePriority(input: $input) {
      priority {
        id
        title
        agreedAt
        board {
          name
        }
      }
    }
  }
`;

interface Established {
  establishBoard: {
    commandId: string;
    position: number;
    version: number;
    replayed: boolean;
    board: {
      id: string;
      name: string;
      parent: { id: string; name: string } | null;
      [k: string]: unknown;
    };
  };
}

describe('establishing boards and agreeing priorities', () => {
  let spbId: string;

  it('establishes the SPB and answers with the board as the read model now has it', async () => {
    const data = await server.ok<Established>(ESTABLISH, {
      input: {
        name: 'Strategic Partnership Board',
        purpose: 'Provides strategic leadership for community safety across LLR',
        chair: { name: 'Lord Bach', role: 'Police and Crime Commissioner' },
      },
      options: { occurredAt: '2016-12-08' },
    });
    const { board, version, replayed } = data.establishBoard;
    spbId = board.id;
    expect(board).toMatchObject({
      name: 'Strategic Partnership Board',
      chair: { name: 'Lord Bach', role: 'Police and Crime Commissioner' },
      parent: null,
      established: { at: '2016-12-08', by: 'test-office' },
    });
    expect(version).toBe(0);
    expect(replayed).toBe(false);
  });

  it('establishes a sub-board and shows it in the tree', async () => {
    const data = await server.ok<Established>(ESTABLISH, {
      input: { name: 'SPB Executive', parentBoardId: spbId },
    });
    expect(data.establishBoard.board.parent).toEqual({
      id: spbId,
      name: 'Strategic Partnership Board',
    });
    const tree = await server.ok<{ board: { subBoards: { name: string }[] } }>(
      `query ($id: ID!) { board(id: $id) { subBoards { name } } }`,
      { id: spbId },
    );
    expect(tree.board.subBoards).toEqual([{ name: 'SPB Executive' }]);
  });

  it('agrees a priority and reads it straight back through the board (read-your-writes)', async () => {
    const agreed = await server.ok<{
      agreePriority: { priority: { title: string; board: { name: string } } };
    }>(AGREE, {
      input: {
        boardId: spbId,
        title: 'Childhood trauma',
        rationale: 'ACEs drive later harm',
        agreedAt: '2021-02-25',
      },
    });
    expect(agreed.agreePriority.priority).toMatchObject({
      title: 'Childhood trauma',
      board: { name: 'Strategic Partnership Board' },
    });
    const read = await server.ok<{
      board: { priorities: { totalCount: number; nodes: { title: string }[] } };
    }>(`query ($id: ID!) { board(id: $id) { priorities { totalCount nodes { title } } } }`, {
      id: spbId,
    });
    expect(read.board.priorities).toEqual({
      totalCount: 1,
      nodes: [{ title: 'Childhood trauma' }],
    });
  });

  it('lists boards as a connection with totalCount and pages with cursors', async () => {
    const first = await server.ok<{
      boards: {
        totalCount: number;
        nodes: { name: string }[];
        pageInfo: { hasNextPage: boolean; endCursor: string };
      };
    }>(`{ boards(first: 1) { totalCount nodes { name } pageInfo { hasNextPage endCursor } } }`);
    expect(first.boards.totalCount).toBe(2);
    expect(first.boards.nodes).toEqual([{ name: 'Strategic Partnership Board' }]);
    expect(first.boards.pageInfo.hasNextPage).toBe(true);
    const second = await server.ok<{
      boards: { nodes: { name: string }[]; pageInfo: { hasNextPage: boolean } };
    }>(
      `query ($after: String) { boards(first: 1, after: $after) { nodes { name } pageInfo { hasNextPage } } }`,
      { after: first.boards.pageInfo.endCursor },
    );
    expect(second.boards).toEqual({
      nodes: [{ name: 'SPB Executive' }],
      pageInfo: { hasNextPage: false },
    });
  });

  it('finds any entity with node(id)', async () => {
    const data = await server.ok<{ node: { __typename: string; name: string } }>(
      `query ($id: ID!) { node(id: $id) { __typename ... on Board { name } } }`,
      { id: spbId },
    );
    expect(data.node).toEqual({ __typename: 'Board', name: 'Strategic Partnership Board' });
  });

  it('appends nothing twice when a request is retried with the same commandId', async () => {
    const commandId = '5d3c1a8e-2f4b-4c6d-9e8f-0a1b2c3d4e5f';
    const variables = {
      input: { name: 'Serious and Organised Crime', parentBoardId: spbId },
      options: { commandId },
    };
    const first = await server.ok<Established>(ESTABLISH, variables);
    const before = await server.head();
    const retry = await server.ok<Established>(ESTABLISH, variables);
    expect(retry.establishBoard.replayed).toBe(true);
    expect(retry.establishBoard.board.id).toBe(first.establishBoard.board.id);
    expect(await server.head()).toBe(before);
  });

  it('refuses a stale expectedVersion with CONFLICT', async () => {
    const result = await server.gql(ESTABLISH, {
      input: { boardId: spbId, name: 'Strategic Partnership Board' },
      options: { expectedVersion: 7 },
    });
    expect(result.errors?.[0]?.extensions?.code).toBe('CONFLICT');
    expect(result.errors?.[0]?.message).toMatch(/expected version 7 but it is at 0/);
  });
});

describe('bad input is refused with a code and a message that says what to fix; nothing is appended', () => {
  const cases: [string, string, Record<string, unknown>, string, RegExp][] = [
    [
      'an empty name',
      ESTABLISH,
      { input: { name: '  ' } },
      'BAD_USER_INPUT',
      /name: must not be empty/,
    ],
    [
      'a parent id that is not a UUID',
      ESTABLISH,
      { input: { name: 'X', parentBoardId: 'spb' } },
      'BAD_USER_INPUT',
      /parentBoardId: must be a UUID/,
    ],
    [
      'an unknown parent board',
      ESTABLISH,
      { input: { name: 'X', parentBoardId: '0b5a4c1e-7d7e-4a57-9b38-1d2b8f1c9a00' } },
      'NOT_FOUND',
      /parent board 0b5a4c1e-7d7e-4a57-9b38-1d2b8f1c9a00 does not exist/,
    ],
    [
      'an unknown board for a priority',
      AGREE,
      {
        input: {
          boardId: '0b5a4c1e-7d7e-4a57-9b38-1d2b8f1c9a00',
          title: 'Suicide',
          agreedAt: '2021-03-22',
        },
      },
      'NOT_FOUND',
      /board 0b5a4c1e-7d7e-4a57-9b38-1d2b8f1c9a00 does not exist/,
    ],
    [
      'a date that cannot be parsed',
      AGREE,
      {
        input: {
          boardId: '0b5a4c1e-7d7e-4a57-9b38-1d2b8f1c9a00',
          title: 'Suicide',
          agreedAt: '22/03/2021',
        },
      },
      'BAD_USER_INPUT',
      /agreedAt: must be a date written YYYY-MM-DD/,
    ],
    [
      'a business time that cannot be parsed',
      ESTABLISH,
      { input: { name: 'X' }, options: { occurredAt: 'last Tuesday' } },
      'BAD_USER_INPUT',
      /occurredAt: must be a date/,
    ],
    [
      'a commandId that is not a UUID',
      ESTABLISH,
      { input: { name: 'X' }, options: { commandId: 'abc' } },
      'BAD_USER_INPUT',
      /commandId: must be a UUID/,
    ],
  ];

  it.each(cases)('%s', async (_label, query, variables, code, message) => {
    const before = await server.head();
    const result = await server.gql(query, variables);
    expect(result.errors?.[0]?.extensions?.code).toBe(code);
    expect(result.errors?.[0]?.message).toMatch(message);
    expect(await server.head()).toBe(before);
  });

  it('a missing required field is refused by GraphQL validation before any command runs', async () => {
    const result = await server.gql(`mutation { establishBoard(input: {}) { board { id } } }`);
    expect(result.errors?.[0]?.message).toMatch(/name/);
  });
});

describe('API keys and roles', () => {
  const mutation = `mutation { establishBoard(input: { name: "Unauthorised Board" }) { board { id } } }`;

  it('a mutation without a key answers UNAUTHENTICATED', async () => {
    const result = await server.gql(mutation, {}, null);
    expect(result.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('an unknown key answers UNAUTHENTICATED', async () => {
    const { body } = await server.request('/graphql', {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        authorization: 'Bearer not-a-key-of-ours-at-all',
      },
      body: JSON.stringify({ query: mutation }),
    });
    expect(body.errors![0]!.extensions!.code).toBe('UNAUTHENTICATED');
    expect(body.errors![0]!.message).toMatch(/not known/);
  });

  it('a reader key may query but a mutation answers FORBIDDEN', async () => {
    const before = await server.head();
    const result = await server.gql(mutation, {}, 'reader');
    expect(result.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect(await server.head()).toBe(before);
    const read = await server.gql(`{ boards { totalCount } }`, {}, 'reader');
    expect(read.errors).toBeUndefined();
    expect((read.data as { boards: { totalCount: number } }).boards.totalCount).toBeGreaterThan(0);
  });

  it('an auditor key may query but not run mutations', async () => {
    expect((await server.gql(mutation, {}, 'auditor')).errors?.[0]?.extensions?.code).toBe(
      'FORBIDDEN',
    );
  });

  it('X-API-Key works as well as the Authorization header', async () => {
    const response = await server.request('/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-api-key': KEYS.reader },
      body: JSON.stringify({ query: '{ boards { totalCount } }' }),
    });
    expect(response.body.errors).toBeUndefined();
  });
});

describe('health', () => {
  it('/healthz and /readyz answer once the read models have caught up', async () => {
    expect((await fetch(`${server.url}/healthz`)).status).toBe(200);
    const ready = await fetch(`${server.url}/readyz`);
    expect(ready.status).toBe(200);
    expect(await ready.json()).toMatchObject({ status: 'ready' });
  });
});
