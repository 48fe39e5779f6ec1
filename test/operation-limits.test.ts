import { describe, expect, it } from 'vitest';
import { KEYS, useServer } from './support/server';

/**
 * Every operation has depth, alias, cost and token limits, so no query can make the server do
 * unbounded work; each refusal says which limit it met. Within the limits, queries answer.
 */

const server = useServer();

const nested = (levels: number) =>
  `{ boards { nodes { ${'parent { '.repeat(levels)}name${' }'.repeat(levels)} } } }`;

async function refusal(query: string) {
  const answer = await server.gql(query, {}, 'reader');
  expect(answer.data ?? null).toBeNull();
  return answer.errors![0]!;
}

describe('operation limits', () => {
  it('answers a query within the limits', async () => {
    expect(await server.ok(nested(6), {}, 'reader')).toEqual({ boards: { nodes: [] } });
  });

  it('refuses a query nested too deep', async () => {
    const error = await refusal(nested(12));
    expect(error.message).toMatch(/^Query depth limit of 12 exceeded/);
    expect(error.extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
  });

  it('refuses too many aliases', async () => {
    const aliases = Array.from({ length: 40 }, (_, i) => `b${i}: boards { totalCount }`).join(' ');
    const error = await refusal(`{ ${aliases} }`);
    expect(error.message).toBe('Aliases limit of 30 exceeded, found 40.');
    expect(error.extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
  });

  it('refuses an operation with too many tokens', async () => {
    const fields = Array.from({ length: 6_000 }, () => 'totalCount').join(' ');
    const error = await refusal(`{ boards { ${fields} } }`);
    // The token limit is met while parsing: a parse error, worded as GraphQL words those.
    expect(error.message).toMatch(/^Syntax Error: Token limit of 5000 exceeded/);
    expect(error.extensions?.code).toBe('GRAPHQL_PARSE_FAILED');
  });

  it('refuses a costly operation, within the depth, alias and token limits', async () => {
    // Each level asks for two linked boards: 2^8 boards at the deepest of 10 levels.
    const branch = (n: number): string =>
      n === 0 ? 'name' : `subBoards { ${branch(n - 1)} } parent { ${branch(n - 1)} }`;
    const error = await refusal(`{ boards { nodes { ${branch(8)} } } }`);
    expect(error.message).toMatch(/^Query Cost limit of 20000 exceeded, found \d+\./);
    expect(error.extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
  });

  /** A mutation of a little over 2 MiB, sent as one body with its length, or in chunks. */
  const oversized = JSON.stringify({
    query: 'mutation ($name: String!) { establishBoard(input: { name: $name }) { commandId } }',
    variables: { name: 'x'.repeat(2 * 1024 * 1024) },
  });

  /** Sends a body; expects 413 with a coded error that says the limit, and nothing recorded. */
  async function expectRefusedAsTooLarge(body: BodyInit) {
    const head = await server.head();
    const response = await server.request('/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${KEYS.office}` },
      body,
      duplex: 'half',
    } as RequestInit);
    expect(response.status).toBe(413);
    // The unread rest of the body spoils the connection for a next request: it is closed.
    expect(response.headers.get('connection')).toBe('close');
    const answer = response.body;
    expect(answer.errors![0]!.extensions!.code).toBe('BAD_USER_INPUT');
    expect(answer.errors![0]!.message).toMatch(/the most this server reads is 1048576 bytes/);
    expect(await server.head()).toBe(head);
  }

  it('refuses a request body over 1 MiB with 413 and a coded error, recording nothing', async () => {
    await expectRefusedAsTooLarge(oversized);
  });

  it('refuses a body sent in chunks, with no declared length, once it passes 1 MiB', async () => {
    const bytes = new TextEncoder().encode(oversized);
    // A stream body goes out chunked: the server learns its size only by reading it.
    await expectRefusedAsTooLarge(
      new ReadableStream<Uint8Array>({
        start(controller) {
          for (let at = 0; at < bytes.length; at += 64 * 1024)
            controller.enqueue(bytes.subarray(at, at + 64 * 1024));
          controller.close();
        },
      }),
    );
  });

  describe('list arguments', () => {
    const ids = (n: number) => Array.from({ length: n }, (_, i) => `Board:missing-${i}`);
    const nodes = 'query ($ids: [ID!]!) { nodes(ids: $ids) { id } }';

    it('answers a list of 500 ids, the most one list holds', async () => {
      const answer = await server.ok<{ nodes: unknown[] }>(nodes, { ids: ids(500) }, 'reader');
      expect(answer.nodes).toHaveLength(500);
    });

    it('refuses 25,000 ids in a variable before reading any, and a query sent meanwhile answers', async () => {
      const refused = server.gql(nodes, { ids: ids(25_000) }, 'reader');
      const meanwhile = server.ok('{ boards { totalCount } }', {}, 'reader');
      const answer = await refused;
      expect(answer.data ?? null).toBeNull();
      expect(answer.errors![0]!.message).toBe(
        'nodes(ids:) holds 25000 items; a list argument holds at most 500: send the rest in further requests',
      );
      expect(answer.errors![0]!.extensions).toMatchObject({
        code: 'BAD_USER_INPUT',
        details: { argument: 'nodes(ids:)', items: 25_000, limit: 500 },
      });
      expect(await meanwhile).toEqual({ boards: { totalCount: 0 } });
    });

    it('counts a list inside an input object, literal or from a variable', async () => {
      const head = await server.head();
      const answer = await server.gql(
        'mutation ($input: RegisterInitiativeInput!) { registerInitiative(input: $input) { commandId } }',
        { input: { title: 'Too many', boardId: 'Board:x', priorityIds: ids(501) } },
      );
      expect(answer.errors![0]!.message).toMatch(
        /^registerInitiative\(input:\)\.priorityIds holds 501 items; a list argument holds at most 500/,
      );
      expect(await server.head()).toBe(head);
    });

    it("counts every use of a fragment against the operation's total", async () => {
      const aliases = ['a', 'b', 'c'].map((alias) => `${alias}: nodes(ids: $ids) { id }`).join(' ');
      const answer = await server.gql(
        `query ($ids: [ID!]!) { ...Lists } fragment Lists on Query { ${aliases} }`,
        { ids: ids(400) },
        'reader',
      );
      expect(answer.errors![0]!.message).toBe(
        "the lists in this operation's arguments hold 1200 items together; one operation's lists hold at most 1000: split it into several operations",
      );
      expect(answer.errors![0]!.extensions?.code).toBe('BAD_USER_INPUT');
    });
  });

  it('counts a page size given in a variable as it counts one written in the query', async () => {
    const page = (first: string) =>
      `query ($first: Int) { initiatives(first: ${first}) { nodes { id title description status board { name parent { name purpose } } priorities { title rationale } leadOrganisations { name shortName } } } }`;
    const literal = await refusal(page('500'));
    expect(literal.message).toMatch(/^Query Cost limit of 20000 exceeded, found \d+/);
    const variable = await server.gql(page('$first'), { first: 500 }, 'reader');
    expect(variable.data ?? null).toBeNull();
    expect(variable.errors![0]!.message).toBe(
      `${literal.message} Page sizes given in variables count as written.`,
    );
    expect(variable.errors![0]!.extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
    // A page the limit allows answers, written either way.
    expect(await server.ok(page('$first'), { first: 20 }, 'reader')).toEqual({
      initiatives: { nodes: [] },
    });
  });
});
