import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createInterface } from 'node:readline';
import { Worker } from 'node:worker_threads';
import { auditServer } from 'graphql-http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { KEYS } from './support/server';
import { ensureWebAppBuilt } from './support/web-build';

/**
 * The compiled build `npm start` runs (node dist/server.js, built by scripts/build-server.ts
 * as setup does): it passes the GraphQL-over-HTTP audit, serves the demo data, the past and
 * the web app, and its threads load as compiled modules.
 */

const root = path.resolve(import.meta.dirname, '..');
const dist = path.join(root, 'dist');
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'tracker-compiled-'));
let server: ChildProcess | undefined;
let url = '';

/** Starts dist/server.js and reads its log until it says where it listens. */
async function startCompiled(): Promise<string> {
  const child = spawn(process.execPath, ['--enable-source-maps', path.join(dist, 'server.js')], {
    cwd: dir,
    env: {
      ...process.env,
      // As `npm start` runs it here; under NODE_ENV=production the audit's variables checks
      // ask __type, which production refuses to reader keys (the tsx server the same).
      NODE_ENV: 'development',
      HOST: '127.0.0.1',
      PORT: '0',
      TRACKER_DB: path.join(dir, 'tracker.db'),
      TRACKER_SEED: 'on',
      TRACKER_API_KEYS: `${KEYS.reader}=compiled-test-reader:reader`,
      LOG_LEVEL: 'info',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  server = child;
  let stderr = '';
  child.stderr!.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  for await (const line of createInterface({ input: child.stdout! })) {
    const entry = line.startsWith('{') ? (JSON.parse(line) as { msg?: string; url?: string }) : {};
    if (entry.msg === 'Partnership Tracker is listening')
      return entry.url!.replace(/\/graphql$/, '');
  }
  throw new Error(`dist/server.js exited before listening:\n${stderr}`);
}

const asReader = (input: RequestInfo | URL, init?: RequestInit) => {
  const headers = new Headers(init?.headers);
  headers.set('authorization', `Bearer ${KEYS.reader}`);
  return fetch(input, { ...init, headers });
};

beforeAll(async () => {
  const build = spawnSync(
    path.join(root, 'node_modules/.bin/tsx'),
    ['scripts/build-server.ts', '--quiet'],
    { cwd: root, encoding: 'utf8' },
  );
  if (build.status !== 0) throw new Error(`tsx scripts/build-server.ts failed:\n${build.stderr}`);
  ensureWebAppBuilt();
  url = await startCompiled();
}, 120_000);

afterAll(async () => {
  if (server && server.exitCode === null) {
    const exited = new Promise((resolve) => server!.once('exit', resolve));
    server.kill('SIGTERM');
    await exited;
  }
  fs.rmSync(dir, { recursive: true, force: true });
});

describe('the compiled server (dist/server.js)', () => {
  it('passes every audit of graphql-http', async () => {
    const results = await auditServer({ url: `${url}/graphql`, fetchFn: asReader });
    expect(results.length).toBeGreaterThanOrEqual(61);
    expect(results.filter((r) => r.status !== 'ok').map((r) => `${r.status}: ${r.name}`)).toEqual(
      [],
    );
  });

  it('serves the demo data', async () => {
    const response = await asReader(`${url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json' },
      body: JSON.stringify({ query: '{ initiatives { totalCount } boards { totalCount } }' }),
    });
    const { data, errors } = (await response.json()) as {
      data?: { initiatives: { totalCount: number }; boards: { totalCount: number } };
      errors?: unknown[];
    };
    expect(errors).toBeUndefined();
    expect(data!.initiatives.totalCount).toBeGreaterThan(0);
    expect(data!.boards.totalCount).toBeGreaterThan(0);
  });

  it('answers the past on its as-of thread, compiled', async () => {
    // onDate is open to reader keys; the answers come from dist/as-of-worker.js.
    const count = async (onDate?: string) => {
      const response = await asReader(`${url}/graphql`, {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          accept: 'application/graphql-response+json',
        },
        body: JSON.stringify({
          query: 'query ($onDate: Date) { initiatives(onDate: $onDate) { totalCount } }',
          variables: { onDate },
        }),
      });
      const { data, errors } = (await response.json()) as {
        data?: { initiatives: { totalCount: number } };
        errors?: unknown[];
      };
      expect(errors).toBeUndefined();
      return data!.initiatives.totalCount;
    };
    const now = await count();
    expect(now).toBeGreaterThan(0);
    expect(await count('2099-01-01')).toBe(now);
    expect(await count('1999-01-01')).toBe(0);
  });

  it('serves the web app from services/web/dist', async () => {
    const response = await fetch(`${url}/`, { headers: { accept: 'text/html' } });
    expect(response.status).toBe(200);
    expect(await response.text()).toMatch(/<div id="root"|<script type="module"/);
  });

  it('runs its threads from their compiled modules', async () => {
    const file = path.join(dir, 'tracker.db');
    for (const [module, workerData] of [
      ['commit-thread-worker.js', { file, busyTimeoutMs: 1000 }],
      ['read-ahead-worker.js', { file }],
      ['as-of-worker.js', { dbFile: file, snapshotsFile: path.join(dir, 'snapshots.db') }],
    ] as const) {
      const worker = new Worker(path.join(dist, module), { workerData });
      const first = await new Promise((resolve, reject) => {
        worker.once('message', resolve);
        worker.once('error', reject);
      });
      await worker.terminate();
      expect(first, module).toMatchObject({ kind: 'ready' });
    }
  });
});
