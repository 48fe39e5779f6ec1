import { type ChildProcess } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { rebuild } from '@tracker/projection-runner';
import { allProjections } from '@tracker/projections';
import { afterAll, describe, expect, it } from 'vitest';
import { KEYS, postGraphQL, spawnServer, startServer } from './support/server';

/**
 * A crash under load: the server process is killed (SIGKILL, no shutdown) while 32 clients
 * record boards. On restart every acknowledged command is there, nothing is half written (the
 * hash chain verifies), and the read models resume to equal a rebuild from zero.
 */

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'tracker-crash-'));
const db = path.join(dir, 'tracker.db');
let child: ChildProcess | undefined;

afterAll(() => {
  child?.kill('SIGKILL');
  fs.rmSync(dir, { recursive: true, force: true });
});

async function startProcess(): Promise<string> {
  const server = spawnServer({
    PORT: '0',
    TRACKER_DB: db,
    TRACKER_SEED: 'off',
    TRACKER_API_KEYS: `${KEYS.office}=crash-test:office`,
    LOG_LEVEL: 'info',
  });
  child = server.child;
  const [, url] = await server.seen(/"url":"(http:\/\/127\.0\.0\.1:\d+)\/graphql"/);
  return url!;
}

describe('kill -9 under load', () => {
  it('keeps every acknowledged command, verifies, and resumes read models equal to a rebuild', async () => {
    const url = await startProcess();
    const acknowledged: string[] = [];
    let stop = false;
    const client = async () => {
      while (!stop) {
        const boardId = randomUUID();
        try {
          const answer = await postGraphQL(
            url,
            `mutation { establishBoard(input: { boardId: "${boardId}", name: "Board ${boardId}" }) { board { id } } }`,
            {},
            KEYS.office,
          );
          if (answer.data) acknowledged.push(boardId);
        } catch {
          return; // the server is gone
        }
      }
    };
    const clients = Array.from({ length: 32 }, client);
    await new Promise((resolve) => setTimeout(resolve, 1_500));
    child!.kill('SIGKILL');
    stop = true;
    await Promise.all(clients);
    expect(acknowledged.length).toBeGreaterThan(32);

    const server = await startServer({ TRACKER_DB: db });
    try {
      // Every acknowledged board, asked for by id, 50 at a time.
      const missing: string[] = [];
      for (let i = 0; i < acknowledged.length; i += 50) {
        const ids = acknowledged.slice(i, i + 50);
        const data = await server.ok<{ nodes: ({ id: string } | null)[] }>(
          'query ($ids: [ID!]!) { nodes(ids: $ids) { id } }',
          { ids },
        );
        ids.forEach((id, k) => {
          if (data.nodes[k]?.id !== id) missing.push(id);
        });
      }
      expect(missing).toEqual([]);
      const { integrity } = await server.ok<{ integrity: { ok: boolean; checked: number } }>(
        '{ integrity { ok checked } }',
        {},
        'auditor',
      );
      expect(integrity).toEqual({
        ok: true,
        checked: await server.head(),
      });
      const { store, runner } = server.tracker.services;
      for (const projection of allProjections)
        expect(await rebuild(store, projection), projection.name).toEqual(runner.state(projection));
    } finally {
      await server.tracker.close();
    }
  }, 120_000);
});
