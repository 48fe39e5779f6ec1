import { execFile } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { openSqliteEventStore } from '@tracker/event-store';
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startServer, useServer } from './support/server';

/**
 * Proof nothing was altered, as auditors ask for it: the `integrity` query and
 * `npm run tracker -- verify` walk the hash chain and name the first broken link, show the
 * head to publish, and check the log against a head published earlier.
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
const AGAINST = `query ($expectHead: String) { integrity(expectHead: $expectHead) {
  ok checked firstBroken { position streamId revision problem } head { position globalHash published } } }`;

interface Integrity {
  integrity: {
    ok: boolean;
    checked: number;
    firstBroken: { position: number; streamId: string; revision: number; problem: string } | null;
    head?: { position: number; globalHash: string; published: string } | null;
  };
}

/** The CLI's answer whatever its exit code. */
const outcome = (file: string, ...args: string[]) =>
  tracker(file, ...args).then(
    (done) => ({ code: 0, ...done }),
    (error: { code: number; stdout: string; stderr: string }) => error,
  );

const copies: string[] = [];
afterAll(() => {
  for (const dir of copies) fs.rmSync(dir, { recursive: true, force: true });
});

/** A copy of a live store (its WAL too), for the CLI to read or for tampering on the side. */
function copyOf(file: string): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'tracker-verify-'));
  copies.push(dir);
  const copy = path.join(dir, 't.db');
  fs.copyFileSync(file, copy);
  for (const suffix of ['-wal', '-shm'])
    if (fs.existsSync(file + suffix)) fs.copyFileSync(file + suffix, copy + suffix);
  return copy;
}

/** Runs SQL on a store file directly, as someone with the file but not the tracker would. */
function tamper(file: string, sql: string, ...params: unknown[]): void {
  const db = new Database(file);
  db.prepare(sql).run(...params);
  db.close();
}

const server = useServer();
let db: string;
beforeAll(async () => {
  db = path.join(server.dir, 'tracker.db');
  for (const name of ['Strategic Partnership Board', 'SPB Executive', 'Vulnerability Executive'])
    await server.ok(`mutation { establishBoard(input: { name: "${name}" }) { board { id } } }`);
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
    file.close();
    tamper(
      db,
      "UPDATE events SET data = replace(data, 'SPB Executive', 'SPB Exec') WHERE position = ?",
      target.position,
    );

    const data = await server.ok<Integrity>(INTEGRITY, {}, 'auditor');
    expect(data.integrity.ok).toBe(false);
    expect(data.integrity.checked).toBe(1);
    expect(data.integrity.firstBroken).toEqual({
      position: target.position,
      streamId: target.stream_id,
      revision: 0,
      problem: expect.stringMatching(/data were changed/),
    });

    const failed = await outcome(copyOf(db), 'verify');
    expect(failed.code).toBe(1);
    expect(failed.stderr).toContain(
      `BROKEN at position ${target.position} (${target.stream_id}, revision 0)`,
    );
    expect(failed.stdout).toBe('');
  });

  it('an erasures row for the edited event does not hide the edit: the forgery is named', async () => {
    // Erasure is not built: no erasure event can match, so any row in erasures is tampering.
    tamper(
      db,
      "INSERT INTO erasures (position, erased_at, erasure_event_id) VALUES (2, '2026-11-23T00:00:00Z', 'forged')",
    );
    const data = await server.ok<Integrity>(AGAINST, {}, 'auditor');
    expect(data.integrity).toMatchObject({ ok: false, checked: 1, head: null });
    expect(data.integrity.firstBroken).toMatchObject({ position: 2, revision: 0 });
    expect(data.integrity.firstBroken?.problem).toMatch(
      /listed in erasures.*the log holds no event forged, the erasure event the row names: the data may have been changed and the erasure forged/,
    );
    const failed = await outcome(copyOf(db), 'verify');
    expect(failed.code).toBe(1);
    expect(failed.stderr).toMatch(/BROKEN at position 2 \(.*\): it is listed in erasures/);
  });
});

describe('a head published earlier', () => {
  const live = useServer();
  let file: string;
  let published: string;
  beforeAll(async () => {
    file = path.join(live.dir, 'tracker.db');
    for (const name of ['Strategic Partnership Board', 'SPB Executive', 'Vulnerability Executive'])
      await live.ok(`mutation { establishBoard(input: { name: "${name}" }) { board { id } } }`);
  });

  it('integrity and verify show the head to publish, POSITION:HASH', async () => {
    const { integrity } = await live.ok<Integrity>(AGAINST, {}, 'auditor');
    expect(integrity).toMatchObject({ ok: true, checked: 3, firstBroken: null });
    const head = integrity.head!;
    expect(head.position).toBe(3);
    expect(head.globalHash).toMatch(/^[0-9a-f]{64}$/);
    expect(head.published).toBe(`3:${head.globalHash}`);
    published = head.published;

    const cli = await outcome(copyOf(file), 'verify');
    expect(cli.code).toBe(0);
    expect(cli.stdout).toBe(`${published}\n`);
    expect(cli.stderr).toContain(`Head: position 3, global hash ${head.globalHash}.`);
    expect(cli.stderr).toContain(`npm run tracker -- verify --expect-head ${published}`);
  });

  it('a malformed head is refused with the format to write', async () => {
    const result = await live.gql(AGAINST, { expectHead: '3:abc' }, 'auditor');
    expect(result.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(result.errors?.[0]?.message).toMatch(
      /^expectHead: "3:abc" is not a chain head; write POSITION:HASH/,
    );
    const cli = await outcome(copyOf(file), 'verify', '--expect-head', 'latest');
    expect(cli.code).toBe(2);
    expect(cli.stderr).toMatch(/^--expect-head: "latest" is not a chain head; write POSITION:HASH/);
  });

  it('a log that only grew since still holds it', async () => {
    await live.ok(
      'mutation { establishBoard(input: { name: "Reducing Reoffending Board" }) { board { id } } }',
    );
    const { integrity } = await live.ok<Integrity>(AGAINST, { expectHead: published }, 'auditor');
    expect(integrity).toMatchObject({ ok: true, checked: 4, head: { position: 4 } });
    const cli = await outcome(copyOf(file), 'verify', '--expect-head', published);
    expect(cli.code).toBe(0);
    expect(cli.stderr).toContain(
      '4 events verified: the history is as it was recorded, and it still holds the head published at position 3.',
    );
  });

  it('a log rewritten with every hash recomputed passes alone, not against the head', async () => {
    // The whole log entered again through the store, one board renamed: a chain that holds.
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'tracker-forged-'));
    copies.push(dir);
    const forged = path.join(dir, 'tracker.db');
    const original = new Database(file, { readonly: true });
    const rows = original
      .prepare('SELECT id, stream_id, type, data, metadata FROM events ORDER BY position')
      .all() as { id: string; stream_id: string; type: string; data: string; metadata: string }[];
    original.close();
    const store = openSqliteEventStore({ path: forged });
    for (const row of rows) {
      const data = row.data.replace('SPB Executive', 'SPB Exec');
      await store.append(row.stream_id, [
        { id: row.id, type: row.type, data: JSON.parse(data), metadata: JSON.parse(row.metadata) },
      ]);
    }
    await store.close();

    expect((await outcome(forged, 'verify')).code).toBe(0);
    const cli = await outcome(forged, 'verify', '--expect-head', published);
    expect(cli.code).toBe(1);
    expect(cli.stderr).toMatch(
      /BROKEN at position 3 \(.*, revision 0\): its global hash is [0-9a-f]{64}, not [0-9a-f]{64} as published for this position: the log was rewritten/,
    );

    const server = await startServer({ TRACKER_DB: forged });
    try {
      const { integrity } = await server.ok<Integrity>(
        AGAINST,
        { expectHead: published },
        'auditor',
      );
      expect(integrity).toMatchObject({
        ok: false,
        checked: 2,
        head: null,
        firstBroken: { position: 3 },
      });
    } finally {
      await server.close();
    }
  });

  it('the newest events deleted and the chain head rolled back: caught against the head', async () => {
    tamper(file, 'DELETE FROM events WHERE position > 2');
    tamper(
      file,
      `UPDATE chain_head SET (position, global_hash, stream_id, revision) =
         (SELECT position, global_hash, stream_id, revision FROM events WHERE position = 2)`,
    );
    // Without the published head the shorter log looks whole: that is why it is published.
    const alone = await live.ok<Integrity>(AGAINST, {}, 'auditor');
    expect(alone.integrity).toMatchObject({ ok: true, checked: 2, head: { position: 2 } });

    const { integrity } = await live.ok<Integrity>(AGAINST, { expectHead: published }, 'auditor');
    expect(integrity).toMatchObject({ ok: false, checked: 2, head: null });
    expect(integrity.firstBroken).toEqual({
      position: 3,
      streamId: '',
      revision: -1,
      problem: expect.stringMatching(
        /published at position 3 but the log ends at 2: events recorded before it was published were deleted/,
      ),
    });
    const cli = await outcome(copyOf(file), 'verify', '--expect-head', published);
    expect(cli.code).toBe(1);
    expect(cli.stderr).toContain(
      'BROKEN at position 3: a head was published at position 3 but the log ends at 2',
    );
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
