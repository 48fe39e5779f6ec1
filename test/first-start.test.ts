import { type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { request, spawnServer } from './support/server';

/**
 * The server as a newcomer starts it: a real process on a fresh data directory, with no
 * keys configured. It creates a local development key, prints it with an example, and
 * that key works.
 */
const running: ChildProcess[] = [];
afterEach(() => {
  for (const child of running.splice(0)) child.kill('SIGTERM');
});

function start(env: Record<string, string>, args: string[] = []) {
  const server = spawnServer(env, args);
  running.push(server.child);
  return server;
}

describe('first start in a fresh clone', () => {
  it('creates a development key, prints a sign-in link that holds it in the fragment, and the key works', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'tracker-first-'));
    const server = start({
      PORT: '0',
      TRACKER_DB: path.join(dir, 'tracker.db'),
      TRACKER_SEED: 'off',
      TRACKER_API_KEYS: '',
    });
    // The key travels in the fragment, which a browser never sends to the server.
    const [, url, key] = await server.seen(
      /^\s+(http:\/\/127\.0\.0\.1:\d+)\/sign-in#key=(dev-[0-9a-f]+)$/m,
    );
    const stored = JSON.parse(fs.readFileSync(path.join(dir, 'api-keys.json'), 'utf8'));
    expect(stored.keys).toEqual([{ key, actor: 'local-developer', role: 'office' }]);
    expect(fs.statSync(path.join(dir, 'api-keys.json')).mode & 0o077).toBe(0);
    const response = await request(`${url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${key}` },
      body: JSON.stringify({
        query: 'mutation { establishBoard(input: { name: "SPB" }) { board { name } } }',
      }),
    });
    expect(response.body).toEqual({ data: { establishBoard: { board: { name: 'SPB' } } } });
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('beyond loopback with no keys it refuses to start, and creates no development key', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'tracker-public-'));
    const server = start({
      HOST: '0.0.0.0',
      TRACKER_PUBLIC_HOSTS: 'tracker.example',
      PORT: '0',
      TRACKER_DB: path.join(dir, 'tracker.db'),
      TRACKER_SEED: 'off',
      TRACKER_API_KEYS: '',
    });
    const [line] = await server.seen(/Cannot start: .*/);
    expect(line).toMatch(/beyond loopback and has no API keys: set TRACKER_API_KEYS/);
    expect(fs.existsSync(path.join(dir, 'api-keys.json'))).toBe(false);
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('--help lists the settings', async () => {
    const help = start({}, ['--help']);
    const [text] = await help.seen(/Settings[\s\S]*LOG_LEVEL.*/);
    expect(text).toContain('PORT');
    expect(text).toContain('TRACKER_DB');
    expect(text).toContain('TRACKER_API_KEYS');
    expect(text).toContain('EVENTSTORE_CONNECTION_STRING');
  });

  it('a data directory that cannot be created stops the start with a message that says so', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'tracker-bad-'));
    const blocker = path.join(dir, 'not-a-dir');
    fs.writeFileSync(blocker, 'a file where the data directory should be');
    const server = start({
      PORT: '0',
      TRACKER_DB: path.join(blocker, 'tracker.db'),
      TRACKER_SEED: 'off',
      TRACKER_API_KEYS: 'k-0123456789abcdef=a:office',
    });
    const [line] = await server.seen(/Cannot start: .*/);
    expect(line).toMatch(/not-a-dir/);
    fs.rmSync(dir, { recursive: true, force: true });
  });
});
