import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { Writable } from 'node:stream';
import { pathToFileURL } from 'node:url';
import { createTracker, createLogger, type Tracker, type TrackerOverrides } from '@tracker/api';
import { loadConfig } from '@tracker/composition';
import { afterAll, beforeAll } from 'vitest';

/**
 * The end-to-end tests' one harness: the real server started in this process on a free
 * loopback port, on a fresh SQLite file in a temp directory, with one key per role (or as a
 * process of its own where only a process shows it), and the one way to ask it: `gql` posts
 * an operation with a role's key, `request` sends raw HTTP where a test checks statuses,
 * headers or bodies.
 */
export const KEYS = {
  office: 'test-office-key-0123456789',
  auditor: 'test-auditor-key-0123456789',
  reader: 'test-reader-key-0123456789',
} as const;

export type RoleName = keyof typeof KEYS;

export interface GraphQLResponse<T = Record<string, unknown>> {
  status: number;
  data?: T | null;
  errors?: {
    message: string;
    path?: string[];
    extensions?: { code?: string; [k: string]: unknown };
  }[];
}

/** A raw answer: its status, headers and text, and the text read as JSON ({} if it is not). */
export interface HttpAnswer {
  status: number;
  headers: Headers;
  text: string;
  body: {
    data?: unknown;
    errors?: { message: string; extensions?: { code?: string; [k: string]: unknown } }[];
    [k: string]: unknown;
  };
}

/** Sends a request with exactly the headers given (none added) and reads the whole answer. */
export async function request(url: string, init: RequestInit = {}): Promise<HttpAnswer> {
  const response = await fetch(url, init);
  const text = await response.text();
  let body: HttpAnswer['body'] = {};
  try {
    body = JSON.parse(text);
  } catch {
    // not JSON: the body stays {}
  }
  return { status: response.status, headers: response.headers, text, body };
}

/** Posts a GraphQL operation to the server at `url` with a key (none when null). */
export async function postGraphQL<T = Record<string, unknown>>(
  url: string,
  query: string,
  variables?: Record<string, unknown>,
  key?: string | null,
): Promise<GraphQLResponse<T>> {
  const response = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      accept: 'application/graphql-response+json',
      ...(key ? { authorization: `Bearer ${key}` } : {}),
    },
    body: JSON.stringify({ query, variables }),
  });
  return { status: response.status, ...((await response.json()) as object) };
}

export interface TestServer {
  url: string;
  dir: string;
  tracker: Tracker;
  /** The server's log lines, kept when started with `keepLog` (at info level). */
  log: Record<string, unknown>[];
  gql<T = Record<string, unknown>>(
    query: string,
    variables?: Record<string, unknown>,
    as?: RoleName | null,
  ): Promise<GraphQLResponse<T>>;
  /** Posts and fails the test unless the answer has data and no errors. */
  ok<T = Record<string, unknown>>(
    query: string,
    variables?: Record<string, unknown>,
    as?: RoleName,
  ): Promise<T>;
  /** Raw HTTP to a path of this server, with exactly the headers given. */
  request(pathname: string, init?: RequestInit): Promise<HttpAnswer>;
  /** The store's head: a refused command leaves it where it was. */
  head(): Promise<number>;
  close(): Promise<void>;
}

export interface ServerOptions {
  /** Passed to createTracker: another store, batching off, a web build, shorter checks. */
  overrides?: TrackerOverrides;
  /** Keep the log lines (at info level) in `log`. */
  keepLog?: boolean;
}

/**
 * Starts a server. `env` is the settings over the defaults (loopback, a fresh database, no
 * demo data, the three keys of KEYS, no log): `{ TRACKER_SEED: 'on' }` for the demo data,
 * `{ TRACKER_API_KEYS: '' }` for none.
 */
export async function startServer(
  env: Record<string, string> = {},
  { overrides = {}, keepLog = false }: ServerOptions = {},
): Promise<TestServer> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'tracker-e2e-'));
  const config = loadConfig({
    PORT: '0',
    HOST: '127.0.0.1',
    TRACKER_DB: path.join(dir, 'tracker.db'),
    TRACKER_SEED: 'off',
    TRACKER_API_KEYS: Object.entries(KEYS)
      .map(([role, key]) => `${key}=test-${role}:${role}`)
      .join(','),
    LOG_LEVEL: keepLog ? 'info' : 'silent',
    ...env,
  });
  const log: Record<string, unknown>[] = [];
  const sink = new Writable({
    write(chunk: Buffer, _encoding, done) {
      for (const line of chunk.toString().split('\n').filter(Boolean)) log.push(JSON.parse(line));
      done();
    },
  });
  const logger = keepLog ? createLogger('info', sink) : createLogger(config.logLevel);
  const tracker = await createTracker(config, logger, overrides);
  const { url } = await tracker.listen();
  const gql: TestServer['gql'] = (query, variables, as = 'office') =>
    postGraphQL(url, query, variables, as && KEYS[as]);
  return {
    url,
    dir,
    tracker,
    log,
    gql,
    ok: async (query, variables, as = 'office') => {
      const result = await gql(query, variables, as);
      if (result.errors?.length || !result.data) {
        throw new Error(`GraphQL errors: ${JSON.stringify(result.errors ?? result)}`);
      }
      return result.data as never;
    },
    request: (pathname, init) => request(`${url}${pathname}`, init),
    head: () => tracker.services.store.headPosition(),
    close: async () => {
      await tracker.close();
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
}

/**
 * A server for the tests of the enclosing file or describe block: started before them,
 * closed after. It can be used in any test or hook that runs after this call's beforeAll.
 */
export function useServer(env: Record<string, string> = {}, options: ServerOptions = {}) {
  let started: TestServer | undefined;
  beforeAll(async () => {
    started = await startServer(env, options);
  }, 120_000);
  afterAll(async () => {
    await started?.close();
  });
  return new Proxy({} as TestServer, {
    get(_, property) {
      if (!started) throw new Error('the server starts in beforeAll: use it in a test or hook');
      return started[property as keyof TestServer];
    },
    set(_, property, value) {
      if (!started) throw new Error('the server starts in beforeAll: use it in a test or hook');
      return Reflect.set(started, property, value);
    },
  });
}

const root = path.resolve(import.meta.dirname, '../..');
// tsx as a loader of node itself, so a signal sent to the child reaches the server.
const tsx = pathToFileURL(
  createRequire(path.join(root, 'services/api/package.json')).resolve('tsx/esm'),
).href;

export interface ServerProcess {
  child: ChildProcess;
  /** Waits until stdout or stderr matches; fails if the process exits first or on timeout. */
  seen(pattern: RegExp, timeoutMs?: number): Promise<RegExpMatchArray>;
  output(): string;
}

/**
 * The server as a process of its own (services/api/src/main.ts), for what only a process
 * shows: a first start as a newcomer makes it, a crash. The caller stops the child.
 */
export function spawnServer(env: Record<string, string>, args: string[] = []): ServerProcess {
  const child = spawn(
    process.execPath,
    ['--import', tsx, path.join(root, 'services/api/src/main.ts'), ...args],
    { env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] },
  );
  let output = '';
  let exited = false;
  const listeners = new Set<() => void>();
  const heard = (chunk: Buffer) => {
    output += chunk.toString();
    for (const listener of listeners) listener();
  };
  child.stdout!.on('data', heard);
  child.stderr!.on('data', heard);
  child.on('close', () => {
    exited = true;
    for (const listener of listeners) listener();
  });
  const seen = (pattern: RegExp, timeoutMs = 40_000) =>
    new Promise<RegExpMatchArray>((resolve, reject) => {
      const done = () => {
        clearTimeout(timer);
        listeners.delete(check);
      };
      const timer = setTimeout(() => {
        done();
        reject(new Error(`not seen ${pattern} in:\n${output}`));
      }, timeoutMs);
      const check = () => {
        const match = output.match(pattern);
        if (match) {
          done();
          resolve(match);
        } else if (exited) {
          done();
          reject(new Error(`exited before ${pattern}:\n${output}`));
        }
      };
      listeners.add(check);
      check();
    });
  return { child, seen, output: () => output };
}
