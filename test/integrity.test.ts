import { execFile } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startServer, type TestServer } from './support/server';

/**
 * Proof nothing was altered, as auditors ask for it: the `integrity` query and
 * `npm run tracker -- verify` walk the hash chain and name the first broken link.
 */

const root = path.resolve(import.meta.dirname, '..');
const run = promisify(execFile);
const tracker = (db: string, ...args: string[]) =>
  run(
    path.join(root, 'node_modules/.bin/tsx'),
    [path.join(root, 'services/cli/src/main.ts'), ...args],
    {
      env: { ...process.env, TRACKER_DB: db, LOG_LEVEL: 'silent' },
    },
  );

const INTEGRITY = '{ integrity { ok checked firstBroken { position streamId revision problem } } }';

interface Integrity {
  integrity: {
    ok: boolean;
    checked: number;
    firstBroken: { position: number; streamId: string; revision: number; problem: string } | null;
  };
}

let server: TestServer;
let db: string;
beforeAll(async () => {
  server = await startServer();
  db = path.join(server.dir, 'tracker.db');
  for (const name of ['Strategic Partnership Board', 'SPB Executive', 'Vulnerability Executive'])
    await server.ok(`mutation { establishBoard(input: { name: "${name}" }) { board { id } } }`);
});
afterAll(async () => {
  await server?.close();
});

describe('the integrity query', () => {
  it('reports a clean history with every event checked', async () => {
    const data = await server.ok<Integrity>(INTEGRITY, {}, 'auditor');
    expect(data.integrity).toEqual({ ok: true, checked: 3, firstBroken: null });
  });

  it('is refused to reader keys', async () => {
    const result = await server.gql(INTEGRITY, {}, 'reader');
    expect(result.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect(result.errors?.[0]?.message).toMatch(/role OFFICE or AUDITOR/i);
  });

  it('names the event whose data were edited in the file, and the CLI says the same', async () => {
    const file = new Database(db);
    const target = file
      .prepare<[], { position: number; stream_id: string }>(
        'SELECT position, stream_id FROM events ORDER BY position LIMIT 1 OFFSET 1',
      )
      .get()!;
    file
      .prepare(
        "UPDATE events SET data = replace(data, 'SPB Executive', 'SPB Exec') WHERE position = ?",
      )
      .run(target.position);
    file.close();

    const data = await server.ok<Integrity>(INTEGRITY, {}, 'auditor');
    expect(data.integrity.ok).toBe(false);
    expect(data.integrity.checked).toBe(1);
    expect(data.integrity.firstBroken).toEqual({
      position: target.position,
      streamId: target.stream_id,
      revision: 0,
      problem: expect.stringMatching(/data were changed/),
    });

    const copy = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'tracker-verify-')), 't.db');
    fs.copyFileSync(db, copy);
    for (const suffix of ['-wal', '-shm'])
      if (fs.existsSync(db + suffix)) fs.copyFileSync(db + suffix, copy + suffix);
    const failed = await tracker(copy, 'verify').then(
      () => undefined,
      (error: { code: number; stderr: string }) => error,
    );
    expect(failed?.code).toBe(1);
    expect(failed?.stderr).toContain(
      `BROKEN at position ${target.position} (${target.stream_id}, revision 0)`,
    );
    fs.rmSync(path.dirname(copy), { recursive: true, force: true });
  });
});

describe('tracker verify and seed on the command line', () => {
  it('seeds a new store, then verifies every event of it', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'tracker-cli-'));
    const file = path.join(dir, 'tracker.db');
    try {
      const seeded = await tracker(file, 'seed');
      const [, total, now] = seeded.stderr.match(/(\d+) seed commands: (\d+) recorded now/) ?? [];
      expect(Number(total)).toBeGreaterThan(300);
      expect(now).toBe(total);
      const again = await tracker(file, 'seed');
      expect(again.stderr).toContain(`${total} seed commands: 0 recorded now`);
      const verified = await tracker(file, 'verify');
      expect(verified.stderr).toMatch(/\d+ events verified: the history is as it was recorded/);

      // Export: the whole read model as JSON, one row per entity as CSV, and as it stood at a
      // past position (the first two events of the seed are organisations, not boards).
      const json = JSON.parse((await tracker(file, 'export', 'boards')).stdout) as {
        byId: Record<string, { name: string }>;
      };
      const names = Object.values(json.byId).map((b) => b.name);
      expect(names).toContain('Strategic Partnership Board (SPB)');
      const csv = (await tracker(file, 'export', 'boards', '--format', 'csv')).stdout.split('\n');
      expect(csv[0]).toMatch(/^id,name,/);
      expect(csv.filter((line) => line.includes('Strategic Partnership Board (SPB)'))).toHaveLength(
        1,
      );
      const early = await tracker(file, 'export', 'boards', '--position', '2');
      expect(JSON.parse(early.stdout).byId).toEqual({});
      expect(early.stderr).toContain('replayed to position 2; 0 boards exported');

      // Rebuild replaces the snapshots; refusals say what to fix.
      const rebuilt = await tracker(file, 'rebuild');
      expect(rebuilt.stderr).toMatch(/read models rebuilt to position \d+/);
      const unknown = await tracker(file, 'export', 'nothing').catch((e: { stderr: string }) => e);
      expect(unknown.stderr).toMatch(/no read model is named "nothing"; choose one of: .*boards/);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  }, 120_000);
});
