import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startServer, type TestServer } from './support/server';

/**
 * Free text over HTTP: a control character or half a surrogate pair in any text field,
 * the command's reason included, is refused naming the field, and nothing is recorded.
 */
let server: TestServer;
beforeAll(async () => {
  server = await startServer();
});
afterAll(async () => {
  await server?.close();
});

const establish = (name: string, reason?: string) =>
  server.gql(
    'mutation ($name: String!, $reason: String) { establishBoard(input: { name: $name }, options: { reason: $reason }) { commandId } }',
    { name, reason },
  );

async function expectRefused(
  answer: Awaited<ReturnType<typeof establish>>,
  field: string,
  message: RegExp,
) {
  const error = answer.errors![0]!;
  expect(error.extensions?.code).toBe('BAD_USER_INPUT');
  expect(error.extensions?.['details']).toEqual({
    issues: [{ path: [field], message: expect.stringMatching(message) }],
  });
  expect(error.message).toContain(`${field}: `);
}

describe('free text', () => {
  it('refuses a NUL in a name, saying where, and records nothing', async () => {
    const head = await server.tracker.services.store.headPosition();
    await expectRefused(
      await establish('Community\u0000Safety Partnership'),
      'name',
      /^holds a control character \(U\+0000\) at position 10; remove it$/,
    );
    expect(await server.tracker.services.store.headPosition()).toBe(head);
  });

  it('refuses half a surrogate pair, which is not text at all', async () => {
    await expectRefused(
      await establish('Board \ud800'),
      'name',
      /^holds half a surrogate pair \(U\+D800\) at position 7; remove it$/,
    );
  });

  it("holds the command's reason to the same rules and limit", async () => {
    const head = await server.tracker.services.store.headPosition();
    await expectRefused(
      await establish('Reducing Reoffending Board', 'Agreed\u0007'),
      'reason',
      /U\+0007/,
    );
    await expectRefused(
      await establish('Reducing Reoffending Board', 'x'.repeat(2001)),
      'reason',
      /^must be at most 2000 characters$/,
    );
    expect(await server.tracker.services.store.headPosition()).toBe(head);
  });

  it('records text a person types: accents, emoji, line breaks', async () => {
    const answer = await establish('Bwrdd Partneriaeth 🛡️ Strategol', 'Agreed at SPB\non 19 March');
    expect(answer.errors).toBeUndefined();
  });
});
