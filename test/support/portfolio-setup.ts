import { handleCommand } from '@tracker/command-handler';
import { commands, type OrganisationKind } from '@tracker/domain';
import type { TestServer } from './server';

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

/** The store's head: a refused command must leave it where it was. */
export const headOf = (server: TestServer) => server.tracker.services.store.headPosition();

/** Posts an operation that must be refused; answers the first error's code and message. */
export async function refusal(
  server: TestServer,
  query: string,
  variables: Record<string, unknown>,
  as: 'office' | 'auditor' | 'reader' = 'office',
): Promise<{ code: string | undefined; message: string; appended: number }> {
  const before = await headOf(server);
  const result = await server.gql(query, variables, as);
  const error = result.errors?.[0];
  if (!error) throw new Error(`expected a refusal, got ${JSON.stringify(result.data)}`);
  return {
    code: error.extensions?.code,
    message: error.message,
    appended: (await headOf(server)) - before,
  };
}

/**
 * Registers an organisation by running the domain command on the server's store (organisations
 * are another area's mutations; the portfolio only cites them), then waits for the read models.
 */
export async function registerOrganisation(
  server: TestServer,
  organisationId: string,
  name: string,
  kind: OrganisationKind,
  shortName?: string,
): Promise<string> {
  const { store, runner } = server.tracker.services;
  const result = await handleCommand(
    store,
    commands.registerOrganisation,
    { organisationId, name, kind, shortName },
    { actor: 'test-office', role: 'office', occurredAt: '2016-12-08' },
  );
  await runner.waitFor(result.position);
  return organisationId;
}

/** A mutation named as its command (input type `<Name>Input`), answering the result and `fields`. */
export const mutation = (name: string, fields: string) =>
  `mutation ($input: ${name[0]!.toUpperCase()}${name.slice(1)}Input!, $options: CommandOptions) {
    ${name}(input: $input, options: $options) { commandId position version replayed ${fields} }
  }`;
