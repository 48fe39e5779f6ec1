import { handleCommand } from '@tracker/command-handler';
import { commands, type CommandName, type OrganisationKind } from '@tracker/domain';
import { expect } from 'vitest';
import { KEYS, type TestServer } from './server';

/**
 * Setup the portfolio and log tests share: boards established through GraphQL, and
 * organisations registered through GraphQL (the organisation registry is one stream, so the
 * id is read back from the organisations query by name).
 */

export async function establishBoard(
  server: TestServer,
  name: string,
  parentBoardId: string | null = null,
  occurredAt = '2016-12-08',
): Promise<string> {
  const data = await server.ok<{ establishBoard: { board: { id: string } } }>(
    `mutation ($input: EstablishBoardInput!, $options: CommandOptions) {
      establishBoard(input: $input, options: $options) { board { id } }
    }`,
    { input: { name, ...(parentBoardId && { parentBoardId }) }, options: { occurredAt } },
  );
  return data.establishBoard.board.id;
}

export async function agreePriority(
  server: TestServer,
  boardId: string,
  title: string,
  agreedAt: string,
): Promise<string> {
  const data = await server.ok<{ agreePriority: { priority: { id: string } } }>(
    `mutation ($input: AgreePriorityInput!) { agreePriority(input: $input) { priority { id } } }`,
    { input: { boardId, title, agreedAt } },
  );
  return data.agreePriority.priority.id;
}

/** The totalCount of a top-level connection as a reader key (another system) sees it. */
export async function readerCount(server: TestServer, field: string): Promise<number> {
  const data = await server.ok<Record<string, { totalCount: number }>>(
    `{ ${field} { totalCount } }`,
    {},
    'reader',
  );
  return data[field]!.totalCount;
}

/** Posts an operation that must be refused; answers the first error's code and message. */
export async function refusal(
  server: TestServer,
  query: string,
  variables: Record<string, unknown>,
  as: 'office' | 'auditor' | 'reader' = 'office',
): Promise<{ code: string | undefined; message: string; appended: number }> {
  const before = await server.head();
  const result = await server.gql(query, variables, as);
  const error = result.errors?.[0];
  if (!error) throw new Error(`expected a refusal, got ${JSON.stringify(result.data)}`);
  return {
    code: error.extensions?.code,
    message: error.message,
    appended: (await server.head()) - before,
  };
}

/**
 * Runs a domain command on the server's store and waits for the read models: for the other
 * areas' records the portfolio only cites (organisations, meetings and decisions).
 */
export async function runCommand(
  server: TestServer,
  name: CommandName,
  input: Record<string, unknown>,
  occurredAt = '2016-12-08',
): Promise<string> {
  const { store, runner } = server.tracker.services;
  const result = await handleCommand(store, commands[name], input, {
    actor: 'test-office',
    role: 'office',
    occurredAt,
  });
  await runner.waitFor(result.position);
  return result.id;
}

/** Registers an organisation with the id given (the registry is one stream). */
export async function registerOrganisation(
  server: TestServer,
  organisationId: string,
  name: string,
  kind: OrganisationKind,
  shortName?: string,
): Promise<string> {
  await runCommand(server, 'registerOrganisation', { organisationId, name, kind, shortName });
  return organisationId;
}

/** A mutation named as its command (input type `<Name>Input`), answering the result and `fields`. */
export const mutation = (name: string, fields: string) =>
  `mutation ($input: ${name[0]!.toUpperCase()}${name.slice(1)}Input!, $options: CommandOptions) {
    ${name}(input: $input, options: $options) { commandId position version replayed ${fields} }
  }`;

/**
 * Opens a subscription over server-sent events with a reader key (once the server has answered
 * with the stream's headers) and answers the first `count` events' payloads, then hangs up.
 */
export async function readEvents(
  server: TestServer,
  query: string,
  variables: Record<string, unknown>,
  count: number,
): Promise<unknown[]> {
  const controller = new AbortController();
  const response = await fetch(`${server.url}/graphql`, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      accept: 'text/event-stream',
      authorization: `Bearer ${KEYS.reader}`,
    },
    body: JSON.stringify({ query, variables }),
    signal: controller.signal,
  });
  expect(response.status).toBe(200);
  expect(response.headers.get('content-type')).toMatch(/text\/event-stream/);
  const events: unknown[] = [];
  const received = (async () => {
    const decoder = new TextDecoder();
    let buffer = '';
    for await (const chunk of response.body as unknown as AsyncIterable<Uint8Array>) {
      buffer += decoder.decode(chunk, { stream: true });
      let end: number;
      while ((end = buffer.indexOf('\n\n')) >= 0) {
        const message = buffer.slice(0, end);
        buffer = buffer.slice(end + 2);
        const data = message
          .split('\n')
          .filter((l) => l.startsWith('data:'))
          .map((l) => l.slice(5).trim())
          .join('');
        if (data) events.push(JSON.parse(data));
        if (events.length >= count) {
          controller.abort();
          return events;
        }
      }
    }
    return events;
  })();
  return received.catch((error: unknown) => {
    if ((error as Error).name === 'AbortError') return events;
    throw error;
  });
}
