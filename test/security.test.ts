import { request as httpRequest } from 'node:http';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createLogger, createTracker } from '@tracker/api';
import { loadConfig } from '@tracker/composition';
import { describe, expect, it } from 'vitest';
import { KEYS, request, startServer, useServer } from './support/server';

/**
 * The HTTP surface as an attacker on this machine, or a page of another site in a developer's
 * browser, would probe it: no response carries a key, no other origin or Host name is served,
 * internals stay inside, and only JSON operations are read.
 */

const QUERY = JSON.stringify({ query: '{ boards { totalCount } }' });
const json = { 'content-type': 'application/json' };
const bearer = (key: string) => ({ authorization: `Bearer ${key}` });

/** A POST to /graphql with exactly these headers (by default the boards query). */
const post = (url: string, headers: Record<string, string>, body: string = QUERY) =>
  request(`${url}/graphql`, { method: 'POST', headers, body });

/** A request with a Host header of the test's choosing (fetch always sends the URL's own). */
function withHost(url: string, host: string, pathname: string, body?: string) {
  return new Promise<{ status: number; body: string }>((resolve, reject) => {
    const req = httpRequest(
      {
        host: '127.0.0.1',
        port: new URL(url).port,
        path: pathname,
        method: body === undefined ? 'GET' : 'POST',
        headers: { host, ...json, ...bearer(KEYS.office) },
      },
      (res) => {
        let text = '';
        res.on('data', (c: Buffer) => (text += c.toString()));
        res.on('end', () => resolve({ status: res.statusCode!, body: text }));
      },
    );
    req.on('error', reject);
    req.end(body);
  });
}

function parse(text: string): { errors?: { message: string; extensions?: { code?: string } }[] } {
  try {
    return JSON.parse(text);
  } catch {
    return {};
  }
}

describe('a first start with no keys configured (npm start)', () => {
  const server = useServer({ TRACKER_API_KEYS: '' });

  it('makes a development key, and no page or response carries it', async () => {
    const key = server.tracker.keys.developmentKey;
    expect(key).toMatch(/^dev-[0-9a-f]{36}$/);
    const page = await fetch(`${server.url}/graphql`, { headers: { accept: 'text/html' } });
    const html = await page.text();
    expect(page.status).toBe(200);
    expect(html).toContain('Partnership Tracker');
    expect(html).not.toContain(key!);
    // GraphiQL comes whole from the server: no script or style from a CDN.
    expect(html).not.toMatch(/<(script|link)[^>]+(src|href)="https?:/);
    // It reads the signed-in key from this origin's session storage.
    expect(html).toContain('sessionStorage.getItem("partnership-tracker.api-key")');
    for (const probe of [
      await post(server.url, json),
      await post(server.url, { ...json, ...bearer(key!) }),
      await post(server.url, { ...json, ...bearer(key!) }, 'not json'),
    ])
      expect(probe.text).not.toContain(key!);
  });

  it('the development key works for the office', async () => {
    const answer = await post(server.url, {
      ...json,
      ...bearer(server.tracker.keys.developmentKey!),
    });
    expect(answer.body).toEqual({ data: { boards: { totalCount: 0 } } });
  });
});

describe('other sites and other host names', () => {
  const server = useServer();

  it('a page of another site gets no CORS permission and is refused, preflight or not', async () => {
    const preflight = await fetch(`${server.url}/graphql`, {
      method: 'OPTIONS',
      headers: {
        origin: 'https://evil.example',
        'access-control-request-method': 'POST',
        'access-control-request-headers': 'content-type, authorization',
      },
    });
    expect(preflight.headers.get('access-control-allow-origin')).toBeNull();
    expect(preflight.status).toBe(403);
    const simple = await post(server.url, {
      ...json,
      ...bearer(KEYS.office),
      origin: 'https://evil.example',
    });
    expect(simple.headers.get('access-control-allow-origin')).toBeNull();
    expect(simple.status).toBe(403);
    expect(simple.body.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect(simple.body.errors?.[0]?.message).toMatch(/CORS_ORIGINS/);
  });

  it("the server's own pages are served", async () => {
    const own = await post(server.url, { ...json, ...bearer(KEYS.office), origin: server.url });
    expect(own.body).toEqual({ data: { boards: { totalCount: 0 } } });
  });

  it('a Host header that is not a name of this server is refused (DNS rebinding)', async () => {
    const port = new URL(server.url).port;
    const ask = (host: string) => withHost(server.url, host, '/graphql', QUERY);
    const rebound = await ask(`evil.example:${port}`);
    expect(rebound.status).toBe(421);
    expect(parse(rebound.body).errors?.[0]).toMatchObject({
      message: expect.stringMatching(/evil\.example.*not a name of this server/),
      extensions: { code: 'FORBIDDEN' },
    });
    for (const name of ['localhost', '127.0.0.1']) {
      const ok = await ask(`${name}:${port}`);
      expect(ok.status).toBe(200);
    }
  });
});

describe('CORS_ORIGINS', () => {
  const server = useServer({ CORS_ORIGINS: 'https://dashboard.example' });

  it('allows exactly the origins it names', async () => {
    const named = await fetch(`${server.url}/graphql`, {
      method: 'OPTIONS',
      headers: { origin: 'https://dashboard.example', 'access-control-request-method': 'POST' },
    });
    expect(named.headers.get('access-control-allow-origin')).toBe('https://dashboard.example');
    const other = await post(server.url, {
      ...json,
      ...bearer(KEYS.reader),
      origin: 'https://other.example',
    });
    expect(other.status).toBe(403);
    expect(other.headers.get('access-control-allow-origin')).toBeNull();
  });
});

describe('internals never reach a client', () => {
  const server = useServer({ NODE_ENV: 'development' });

  it('an internal fault in development answers a masked error with no message, path or stack', async () => {
    // Break the store under the server, as a failing disk would.
    server.tracker.services.store.append = () => {
      throw new Error('disk fault at /secret/path/tracker.db');
    };
    const answer = await post(
      server.url,
      { ...json, ...bearer(KEYS.office) },
      JSON.stringify({ query: 'mutation { establishBoard(input: { name: "SPB" }) { version } }' }),
    );
    expect(answer.text).not.toMatch(/secret|stack|\.ts:|at /);
    expect(answer.body.errors?.[0]?.message).toBe('Unexpected error.');
  });

  it('a body that is not JSON is refused without the parser’s error', async () => {
    const answer = await post(server.url, { ...json }, '{"query": ');
    expect(answer.text).not.toMatch(/originalError|SyntaxError|position/);
    expect(answer.body.errors?.[0]).toMatchObject({
      message: expect.stringMatching(/not valid JSON/),
      extensions: { code: 'BAD_USER_INPUT' },
    });
  });

  it('every refusal has a body with a code: 406, 415, CSRF and the validation limits', async () => {
    const notAcceptable = await post(server.url, { ...json, accept: 'image/png' });
    expect(notAcceptable.status).toBe(406);
    expect(notAcceptable.body.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(notAcceptable.body.errors?.[0]?.message).toMatch(/application\/graphql-response\+json/);

    const unsupported = await post(
      server.url,
      { 'content-type': 'text/csv', ...bearer(KEYS.office) },
      'a,b',
    );
    expect(unsupported.status).toBe(415);
    expect(unsupported.body.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');

    const csrf = await server.request(`/graphql?query=${encodeURIComponent('{ __typename }')}`);
    const csrfBody = csrf.body;
    expect(csrf.status).toBe(403);
    expect(csrfBody.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');

    const manyErrors = `{ ${Array.from({ length: 120 }, (_, i) => `nope${i}`).join(' ')} }`;
    const aborted = await post(
      server.url,
      { ...json, ...bearer(KEYS.office) },
      JSON.stringify({ query: manyErrors }),
    );
    const last = aborted.body.errors?.at(-1);
    expect(last?.message).toMatch(/more than 100 validation errors/);
    expect(last?.extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
  });
});

describe('TRACKER_DEBUG_ERRORS', () => {
  it('shows internals on loopback when set, and is refused beyond loopback', async () => {
    const server = await startServer({ TRACKER_DEBUG_ERRORS: 'on' });
    try {
      server.tracker.services.store.append = () => {
        throw new Error('disk fault for debugging');
      };
      const answer = await post(
        server.url,
        { ...json, ...bearer(KEYS.office) },
        JSON.stringify({
          query: 'mutation { establishBoard(input: { name: "SPB" }) { version } }',
        }),
      );
      expect(answer.text).toMatch(/disk fault for debugging/);
    } finally {
      await server.close();
    }
    expect(() =>
      loadConfig({
        HOST: '0.0.0.0',
        TRACKER_PUBLIC_HOSTS: 'tracker.example',
        TRACKER_DEBUG_ERRORS: 'on',
      }),
    ).toThrow(/TRACKER_DEBUG_ERRORS=on .* refused .* beyond loopback/);
  });
});

describe('operations arrive as JSON only', () => {
  const server = useServer();

  const mutation = 'mutation { establishBoard(input: { name: "Forged board" }) { version } }';

  it('refuses a mutation sent as a form, multipart or application/graphql, and records nothing', async () => {
    const form = new URLSearchParams({ query: mutation }).toString();
    const multipart = new FormData();
    multipart.set('operations', JSON.stringify({ query: mutation }));
    const attempts = [
      await post(
        server.url,
        { 'content-type': 'application/x-www-form-urlencoded', ...bearer(KEYS.office) },
        form,
      ),
      await post(
        server.url,
        { 'content-type': 'application/graphql', ...bearer(KEYS.office) },
        mutation,
      ),
    ];
    attempts.push(
      await server.request('/graphql', {
        method: 'POST',
        headers: bearer(KEYS.office),
        body: multipart,
      }),
    );
    for (const attempt of attempts) {
      expect(attempt.status).toBe(415);
      expect(attempt.body.errors?.[0]).toMatchObject({
        message: expect.stringMatching(/Content-Type: application\/json/),
        extensions: { code: 'BAD_USER_INPUT' },
      });
    }
    expect(await server.ok('{ boards { totalCount } }', {}, 'reader')).toEqual({
      boards: { totalCount: 0 },
    });
  });

  it('refuses introspection to a caller with no key, outside production too', async () => {
    const answer = await post(
      server.url,
      json,
      JSON.stringify({ query: '{ __schema { queryType { name } } }' }),
    );
    expect(answer.body.errors?.[0]?.message).toMatch(/introspection has been disabled/);
    expect(await server.ok('{ __schema { queryType { name } } }', {}, 'reader')).toEqual({
      __schema: { queryType: { name: 'Query' } },
    });
  });
});

describe('keys that are revoked, expire or are guessed', () => {
  it('a key removed from the key file stops working without a restart', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'tracker-keyfile-'));
    const keyFile = path.join(dir, 'keys.json');
    const write = (keys: object[]) => fs.writeFileSync(keyFile, JSON.stringify({ keys }));
    const alice = { key: 'alice-office-key-0123456789', actor: 'alice', role: 'office' };
    const bob = { key: 'bob-reader-key-0123456789ab', actor: 'bob', role: 'reader' };
    write([alice, bob]);
    const server = await startServer(
      { TRACKER_API_KEYS: '', TRACKER_KEY_FILE: keyFile },
      { keepLog: true, overrides: { keyFileCheckMs: 0 } },
    );
    try {
      expect((await post(server.url, { ...json, ...bearer(bob.key) })).body).toEqual({
        data: { boards: { totalCount: 0 } },
      });
      write([alice]);
      const revoked = await post(server.url, { ...json, ...bearer(bob.key) });
      expect(revoked.body.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
      expect((await post(server.url, { ...json, ...bearer(alice.key) })).body).toEqual({
        data: { boards: { totalCount: 0 } },
      });
      // A key file broken by an edit grants nothing (and says so in the log) until mended.
      fs.writeFileSync(keyFile, '{ "keys": [');
      const broken = await post(server.url, { ...json, ...bearer(alice.key) });
      expect(broken.body.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
      expect(server.log.some((l) => /cannot be read/.test(String(l['msg'])))).toBe(true);
    } finally {
      await server.close();
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  it('a key past its expiry is refused, saying when it expired', async () => {
    const server = await startServer({
      TRACKER_API_KEYS:
        'old-office-key-0123456789=carol:office:2020-01-31,new-office-key-0123456789=dan:office:2999-12-31T00:00:00Z',
    });
    try {
      const old = await post(server.url, { ...json, ...bearer('old-office-key-0123456789') });
      expect(old.body.errors?.[0]).toMatchObject({
        message: expect.stringMatching(/expired \(2020-01-31\)/),
        extensions: { code: 'UNAUTHENTICATED' },
      });
      expect(
        (await post(server.url, { ...json, ...bearer('new-office-key-0123456789') })).body,
      ).toEqual({
        data: { boards: { totalCount: 0 } },
      });
    } finally {
      await server.close();
    }
  });

  it('failed authentications are logged without the key, and limited per client', async () => {
    const server = await startServer(
      { TRACKER_API_KEYS: `${KEYS.office}=test-office:office` },
      { keepLog: true, overrides: { authenticationFailures: { limit: 3, windowMs: 60_000 } } },
    );
    try {
      const guesses = [];
      for (let i = 0; i < 5; i++)
        guesses.push(
          await post(server.url, { ...json, ...bearer(`guess-number-${i}-0123456789`) }),
        );
      expect(guesses.map((g) => g.status)).toEqual([200, 200, 200, 429, 429]);
      expect(guesses[4]!.body.errors?.[0]?.extensions?.code).toBe('RATE_LIMITED');
      // A working key is never held back by others' guesses.
      expect((await post(server.url, { ...json, ...bearer(KEYS.office) })).body).toEqual({
        data: { boards: { totalCount: 0 } },
      });
      const failures = server.log.filter((l) => l['msg'] === 'authentication failed');
      expect(failures.length).toBe(5);
      expect(failures[0]).toMatchObject({
        client: expect.stringMatching(/127\.0\.0\.1/),
        reason: 'unknown key',
      });
      expect(JSON.stringify(server.log)).not.toMatch(/guess-number/);
    } finally {
      await server.close();
    }
  });
});

describe('beyond loopback', () => {
  it('refuses to start without keys, and never creates a development key', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'tracker-public-'));
    const env = {
      HOST: '0.0.0.0',
      TRACKER_PUBLIC_HOSTS: 'tracker.example',
      PORT: '0',
      TRACKER_DB: path.join(dir, 'tracker.db'),
      TRACKER_SEED: 'off',
    };
    try {
      await expect(createTracker(loadConfig(env), createLogger('silent'))).rejects.toThrow(
        /beyond loopback and has no API keys/,
      );
      expect(fs.existsSync(path.join(dir, 'api-keys.json'))).toBe(false);
      // A development key made by a loopback start is not accepted there either.
      fs.writeFileSync(
        path.join(dir, 'api-keys.json'),
        JSON.stringify({
          keys: [{ key: 'dev-0123456789abcdef0123', actor: 'local-developer', role: 'office' }],
        }),
      );
      await expect(createTracker(loadConfig(env), createLogger('silent'))).rejects.toThrow(
        /development key is refused beyond loopback/,
      );
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  it('needs the names clients reach it by', () => {
    expect(() => loadConfig({ HOST: '0.0.0.0' })).toThrow(/set TRACKER_PUBLIC_HOSTS/);
  });

  it('answers only to its public names once started with keys', async () => {
    const server = await startServer({
      HOST: '0.0.0.0',
      TRACKER_PUBLIC_HOSTS: 'tracker.example',
      TRACKER_API_KEYS: `${KEYS.office}=test-office:office`,
    });
    try {
      const port = new URL(server.url).port;
      const status = async (host: string) => (await withHost(server.url, host, '/healthz')).status;
      expect(await status('tracker.example')).toBe(200);
      expect(await status(`localhost:${port}`)).toBe(200);
      expect(await status('evil.example')).toBe(421);
    } finally {
      await server.close();
    }
  });
});

describe('docker compose up, as documented', () => {
  const root = path.resolve(import.meta.dirname, '..');
  const compose = async () => {
    const { parse: parseYaml } = await import('yaml');
    return parseYaml(fs.readFileSync(path.join(root, 'docker-compose.yml'), 'utf8')) as {
      services: Record<string, { environment: Record<string, string>; ports: string[] }>;
    };
  };
  /** Compose's interpolation: ${NAME:-default}, and ${NAME:?message} which stops without NAME. */
  const interpolate = (value: string, shell: Record<string, string>) =>
    value.replace(
      /\$\{(\w+)(?::([-?])([^}]*))?\}/g,
      (_, name: string, kind?: string, rest?: string) => {
        if (shell[name]) return shell[name]!;
        if (kind === '?') throw new Error(`compose stops: ${rest}`);
        return kind === '-' ? (rest ?? '') : '';
      },
    );

  it('starts only with the keys you set: no development key, no CORS, ports on loopback', async () => {
    const { services } = await compose();
    const api = services['api']!;
    const env = (shell: Record<string, string>) =>
      Object.fromEntries(
        Object.entries(api.environment).map(([k, v]) => [k, interpolate(String(v), shell)]),
      );
    expect(() => env({})).toThrow(/compose stops: set TRACKER_API_KEYS/);
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'tracker-compose-'));
    try {
      const config = loadConfig({
        ...env({ TRACKER_API_KEYS: `${KEYS.office}=alice:office` }),
        // The embedded store and a free port stand in for the EventStoreDB container here.
        EVENTSTORE_CONNECTION_STRING: '',
        PORT: '0',
        TRACKER_DB: path.join(dir, 'tracker.db'),
        TRACKER_SEED: 'off',
        LOG_LEVEL: 'silent',
      });
      expect(config).toMatchObject({
        loopback: false,
        production: true,
        corsOrigins: [],
        debugErrors: false,
      });
      const tracker = await createTracker(config, createLogger('silent'));
      expect(tracker.keys.developmentKey).toBeUndefined();
      expect(tracker.keys.size).toBe(1);
      expect(fs.existsSync(path.join(dir, 'api-keys.json'))).toBe(false);
      await tracker.close();
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
    for (const service of Object.values(services))
      for (const port of service.ports ?? []) expect(port).toMatch(/^127\.0\.0\.1:/);
  });
});
