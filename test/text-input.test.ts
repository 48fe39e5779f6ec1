import { beforeAll, describe, expect, it } from 'vitest';
import { useServer, type GraphQLResponse } from './support/server';

/**
 * Free text over HTTP: a control character or half a surrogate pair in any text field (a name,
 * a title, an input's reason, the command's own reason) is refused as BAD_USER_INPUT naming the
 * field, and nothing is recorded; a text over its limit is refused with the limit.
 */
const server = useServer();
let boardId: string;
let initiativeId: string;
beforeAll(async () => {
  const board = await server.ok<{ establishBoard: { board: { id: string } } }>(
    'mutation { establishBoard(input: { name: "Strategic Partnership Board" }) { board { id } } }',
  );
  boardId = board.establishBoard.board.id;
  const initiative = await registerInitiative('Trauma Informed Strategy');
  initiativeId = (initiative.data as { registerInitiative: { initiative: { id: string } } })
    .registerInitiative.initiative.id;
});

const establish = (name: string, reason?: string) =>
  server.gql(
    'mutation ($name: String!, $reason: String) { establishBoard(input: { name: $name }, options: { reason: $reason }) { commandId } }',
    { name, reason },
  );

function registerInitiative(title: string) {
  return server.gql(
    'mutation ($input: RegisterInitiativeInput!) { registerInitiative(input: $input) { initiative { id } } }',
    { input: { title, owningBoardId: boardId } },
  );
}

const closeInitiative = (reason: string) =>
  server.gql(
    'mutation ($input: ChangeInitiativeStatusInput!) { changeInitiativeStatus(input: $input) { commandId } }',
    { input: { initiativeId, status: 'CLOSED', reason } },
  );

function expectRefused(answer: GraphQLResponse, field: string, message: RegExp) {
  const error = answer.errors![0]!;
  expect(error.extensions?.code).toBe('BAD_USER_INPUT');
  expect(error.extensions?.['details']).toEqual({
    issues: [{ path: [field], message: expect.stringMatching(message) }],
  });
  expect(error.message).toContain(`${field}: `);
}

/** The event log's head and what the read models show: neither moves on a refusal. */
const recorded = async () => ({
  head: await server.head(),
  read: await server.ok(
    `{ boards { totalCount } initiatives { totalCount nodes { title status } } }`,
  ),
});

describe('free text', () => {
  it('refuses a NUL in a name, saying where, and records nothing', async () => {
    const before = await recorded();
    expectRefused(
      await establish('Community\u0000Safety Partnership'),
      'name',
      /^holds a control character \(U\+0000\) at position 10; remove it$/,
    );
    expect(await recorded()).toEqual(before);
  });

  it('refuses a NUL or half a surrogate pair in a title, and records nothing', async () => {
    const before = await recorded();
    expectRefused(
      await registerInitiative('Youth \u0000Perception Survey'),
      'title',
      /^holds a control character \(U\+0000\) at position 7; remove it$/,
    );
    expectRefused(
      await registerInitiative('Youth Perception Survey \ud800'),
      'title',
      /^holds half a surrogate pair \(U\+D800\) at position 25; remove it$/,
    );
    expectRefused(
      await registerInitiative('Youth Perception\nSurvey'),
      'title',
      /^holds a line break \(U\+000A\) at position 17; this field is one line; remove it$/,
    );
    expect(await recorded()).toEqual(before);
  });

  it("refuses them in an input's reason and in the command's reason", async () => {
    const before = await recorded();
    expectRefused(
      await closeInitiative('Superseded\u0000'),
      'reason',
      /^holds a control character \(U\+0000\) at position 11; remove it$/,
    );
    expectRefused(
      await closeInitiative('\ud800 superseded'),
      'reason',
      /^holds half a surrogate pair \(U\+D800\) at position 1; remove it$/,
    );
    expectRefused(
      await establish('Reducing Reoffending Board', 'Agreed\u0007'),
      'reason',
      /U\+0007/,
    );
    expectRefused(
      await establish('Reducing Reoffending Board', 'Agreed \udc00'),
      'reason',
      /U\+DC00/,
    );
    expect(await recorded()).toEqual(before);
  });

  it('refuses a text over its limit, saying the limit', async () => {
    const before = await recorded();
    expectRefused(
      await registerInitiative('x'.repeat(301)),
      'title',
      /^must be at most 300 characters; it has 301, shorten it$/,
    );
    expectRefused(
      await establish('Reducing Reoffending Board', 'x'.repeat(5001)),
      'reason',
      /^must be at most 5000 characters; it has 5001, shorten it$/,
    );
    expect(await recorded()).toEqual(before);
  });

  it('records text a person types: accents, emoji, line breaks where prose has them', async () => {
    const answer = await establish('Bwrdd Partneriaeth 🛡️ Strategol', 'Agreed at SPB\non 19 March');
    expect(answer.errors).toBeUndefined();
    expect((await closeInitiative('Merged into the\r\n\tVRN strategy ✓')).errors).toBeUndefined();
  });
});
