import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createTracker, createLogger, loadConfig, type Tracker } from '@tracker/api';

/**
 * Starts the real server in this process on a free loopback port, on a fresh SQLite file
 * in a temp directory, with one key per role. `gql` posts an operation with a role's key.
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

export interface TestServer {
  url: string;
  dir: string;
  tracker: Tracker;
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
  close(): Promise<void>;
}

export async function startServer(env: Record<string, string> = {}): Promise<TestServer> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'tracker-e2e-'));
  const config = loadConfig({
    PORT: '0',
    HOST: '127.0.0.1',
    TRACKER_DB: path.join(dir, 'tracker.db'),
    TRACKER_SEED: 'off',
    TRACKER_API_KEYS: Object.entries(KEYS)
      .map(([role, key]) => `${key}=test-${role}:${role}`)
      .join(','),
    LOG_LEVEL: 'silent',
    ...env,
  });
  const tracker = await createTracker(config, createLogger(config.logLevel));
  const { url } = await tracker.listen();
  const gql: TestServer['gql'] = async (query, variables, as = 'office') => {
    const response = await fetch(`${url}/graphql`, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        accept: 'application/graphql-response+json',
        ...(as ? { authorization: `Bearer ${KEYS[as]}` } : {}),
      },
      body: JSON.stringify({ query, variables }),
    });
    return { status: response.status, ...((await response.json()) as object) };
  };
  return {
    url,
    dir,
    tracker,
    gql,
    ok: async (query, variables, as = 'office') => {
      const result = await gql(query, variables, as);
      if (result.errors?.length || !result.data) {
        throw new Error(`GraphQL errors: ${JSON.stringify(result.errors ?? result)}`);
      }
      return result.data as never;
    },
    close: async () => {
      await tracker.close();
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
}
