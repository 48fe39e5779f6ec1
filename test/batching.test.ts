import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startServer, type TestServer } from './support/server';

/**
 * Links resolve through per-request DataLoaders: a page of boards with their parents asks the
 * boards read model once, whatever the page size. The switch that turns batching off exists
 * for the bench's reference row, and shows what batching saves.
 */

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'tracker-batching-'));
const file = path.join(dir, 'tracker.db');

async function open(readModelBatching: boolean) {
  const seen: Record<string, number>[] = [];
  const server = await startServer(
    { TRACKER_DB: file },
    { overrides: { readModelBatching, observeBatches: (batches) => seen.push({ ...batches }) } },
  );
  const ask = async (query: string) => {
    const body = await server.gql(query);
    expect(body.errors).toBeUndefined();
    return seen.at(-1)!;
  };
  return { server, ask };
}

const SPB = '0b9f3e9c-86a5-4c4e-9e57-0a5d1c2b7e11';
const PAGE = (first: number) =>
  `{ boards(first: ${first}, filter: { parentBoardId: "${SPB}" }) { nodes { name parent { name } } } }`;

let open_: TestServer | undefined;
beforeAll(async () => {
  const { server, ask } = await open(true);
  await ask(
    `mutation { establishBoard(input: { boardId: "${SPB}", name: "SPB" }) { board { id } } }`,
  );
  for (let i = 0; i < 12; i++)
    await ask(
      `mutation { establishBoard(input: { name: "Sub-board ${i}", parentBoardId: "${SPB}" }) { board { id } } }`,
    );
  await server.close();
});
afterAll(async () => {
  await open_?.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

async function reopen(batching: boolean) {
  await open_?.close();
  const opened = await open(batching);
  open_ = opened.server;
  return opened.ask;
}

describe('per-request DataLoaders', () => {
  it('look up a page’s parents in one batch, whatever the page size', async () => {
    const ask = await reopen(true);
    expect(await ask(PAGE(3))).toEqual({ boards: 1 });
    expect(await ask(PAGE(12))).toEqual({ boards: 1 });
  });

  it('without batching, make one lookup per link', async () => {
    const ask = await reopen(false);
    expect(await ask(PAGE(3))).toEqual({ boards: 3 });
    expect(await ask(PAGE(12))).toEqual({ boards: 12 });
  });
});
