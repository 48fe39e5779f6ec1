import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createLogger, createTracker, loadConfig, type Tracker } from '@tracker/api';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

/**
 * Links resolve through per-request DataLoaders: a page of boards with their parents asks the
 * boards read model once, whatever the page size. The switch that turns batching off exists
 * for the bench's reference row, and shows what batching saves.
 */

const KEY = 'test-office-key-0123456789';
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'tracker-batching-'));
const file = path.join(dir, 'tracker.db');

async function open(readModelBatching: boolean) {
  const seen: Record<string, number>[] = [];
  const config = loadConfig({
    PORT: '0',
    TRACKER_DB: file,
    TRACKER_SEED: 'off',
    TRACKER_API_KEYS: `${KEY}=tester:office`,
    LOG_LEVEL: 'silent',
  });
  const tracker = await createTracker(config, createLogger('silent'), {
    readModelBatching,
    observeBatches: (batches) => seen.push({ ...batches }),
  });
  const { url } = await tracker.listen();
  const ask = async (query: string) => {
    const response = await fetch(`${url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${KEY}` },
      body: JSON.stringify({ query }),
    });
    const body = (await response.json()) as { data?: unknown; errors?: unknown };
    expect(body.errors).toBeUndefined();
    return seen.at(-1)!;
  };
  return { tracker, ask };
}

const SPB = '0b9f3e9c-86a5-4c4e-9e57-0a5d1c2b7e11';
const PAGE = (first: number) =>
  `{ boards(first: ${first}, filter: { parentBoardId: "${SPB}" }) { nodes { name parent { name } } } }`;

let open_: Tracker | undefined;
beforeAll(async () => {
  const { tracker, ask } = await open(true);
  await ask(
    `mutation { establishBoard(input: { boardId: "${SPB}", name: "SPB" }) { board { id } } }`,
  );
  for (let i = 0; i < 12; i++)
    await ask(
      `mutation { establishBoard(input: { name: "Sub-board ${i}", parentBoardId: "${SPB}" }) { board { id } } }`,
    );
  await tracker.close();
});
afterAll(async () => {
  await open_?.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

async function reopen(batching: boolean) {
  await open_?.close();
  const opened = await open(batching);
  open_ = opened.tracker;
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
