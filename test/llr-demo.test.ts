import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { allProjections, rebuild } from '@tracker/projections';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startServer, type TestServer } from './support/server';

/**
 * The LLR demo data as a newcomer meets it: the server starts on an empty store with the
 * seed on (the default), and the queries answer what the board papers say. Every figure
 * here is traceable to a paper and paragraph in packages/seed/src/data/.
 */

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'tracker-llr-'));
const db = path.join(dir, 'tracker.db');
let server: TestServer;

beforeAll(async () => {
  server = await startServer({ TRACKER_DB: db, TRACKER_SEED: 'on' });
}, 120_000);
afterAll(async () => {
  await server?.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

interface BoardNode {
  name: string;
  subBoards: { name: string }[];
}

describe('the seeded partnership', () => {
  it('has the SPB at the top, with its Executive under it', async () => {
    const data = await server.ok<{ boards: { nodes: BoardNode[] } }>(
      '{ boards(filter: { topLevel: true }) { nodes { name subBoards { name } } } }',
    );
    const spb = data.boards.nodes.find((b) => b.name === 'Strategic Partnership Board (SPB)');
    // Paper 004 (2016) and 001 (2018): the SPB and its Executive.
    expect(spb?.subBoards.map((b) => b.name)).toContain(
      'Strategic Partnership Board Executive (SPB Executive)',
    );
  });

  it('places the 2019 sub-groups and the 2022 boards under the SPB Executive', async () => {
    const data = await server.ok<{ boards: { nodes: BoardNode[] } }>(
      '{ boards(filter: { text: "Strategic Partnership Board Executive" }) { nodes { name subBoards { name } } } }',
    );
    const executive = data.boards.nodes.find(
      (b) => b.name === 'Strategic Partnership Board Executive (SPB Executive)',
    );
    const under = executive?.subBoards.map((b) => b.name) ?? [];
    // Paper 000 (2019): the sub-groups; paper 003 (2022): the restructure.
    expect(under).toEqual(
      expect.arrayContaining([
        'Strategic Offender Management and MAPPA Board (SOMMB)',
        'Vulnerability Executive',
        'People and Place Board (P&P Board)',
        'Prevention and Early Intervention Board',
        'Adolescence Safety and Diversion Board',
      ]),
    );
  });

  it('records the seed under its own actor, each change citing its paper', async () => {
    const data = await server.ok<{
      boards: { nodes: { history: { nodes: { actor: string; reason: string }[] } }[] };
    }>('{ boards(first: 1) { nodes { history(first: 1) { nodes { actor reason } } } } }');
    const [change] = data.boards.nodes[0]!.history.nodes;
    expect(change?.actor).toBe('llr-seed');
    expect(change?.reason).toMatch(/\(paper 00[0-4]\)/);
  });

  it('keeps every read model equal to a rebuild from zero', async () => {
    const { store, runner } = server.tracker.services;
    for (const projection of allProjections) {
      expect(await rebuild(store, projection), projection.name).toEqual(runner.state(projection));
    }
  });

  it('adds nothing when the server starts again on the same store', async () => {
    const head = await server.tracker.services.store.headPosition();
    expect(head).toBeGreaterThan(300);
    await server.tracker.close();
    server = await startServer({ TRACKER_DB: db, TRACKER_SEED: 'on' });
    expect(await server.tracker.services.store.headPosition()).toBe(head);
  }, 120_000);
});

describe('a store with recorded work', () => {
  it('is never given the demo data', async () => {
    const own = await startServer({ TRACKER_SEED: 'off' });
    try {
      await own.ok('mutation { establishBoard(input: { name: "Our board" }) { board { id } } }');
      const head = await own.tracker.services.store.headPosition();
      const file = path.join(own.dir, 'tracker.db');
      await own.tracker.close();
      const again = await startServer({ TRACKER_DB: file, TRACKER_SEED: 'on' });
      expect(await again.tracker.services.store.headPosition()).toBe(head);
      const data = await again.ok<{ boards: { totalCount: number } }>('{ boards { totalCount } }');
      expect(data.boards.totalCount).toBe(1);
      await again.close();
    } finally {
      fs.rmSync(own.dir, { recursive: true, force: true });
    }
  }, 120_000);
});
